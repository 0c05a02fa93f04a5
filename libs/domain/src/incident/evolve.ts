import { assertNever } from '../shared/never';
import type { IncidentEvent, IncidentEventBody, Obligation } from './events';
import type { IncidentState } from './state';

export function evolveIncident(state: IncidentState | null, event: IncidentEvent): IncidentState {
  const at = event.metadata.occurredAt;
  const body = { type: event.type, data: event.data } as IncidentEventBody;
  if (body.type === 'IncidentRecorded') {
    const { incidentId, ...d } = body.data;
    return { id: incidentId, version: event.version, ...d, firedClocks: [], closedAt: null };
  }
  if (!state) throw new Error(`${event.type} before the incident was recorded`);
  const next = { ...state, version: event.version };
  const update = (key: string, change: Partial<Obligation>) => next.obligations.map((o) => (o.key === key ? { ...o, ...change } : o));
  switch (body.type) {
    case 'IncidentReportFiled':
      return { ...next, obligations: update(body.data.key, { filedAt: at, late: body.data.late }) };
    case 'CasualtiesChanged':
      return { ...next, casualties: { deaths: body.data.deaths, injuries: body.data.injuries, missing: body.data.missing } };
    case 'SupplementaryReportOpened':
      return { ...next, obligations: [...state.obligations, { key: body.data.key, kind: 'SUPPLEMENTARY', dueAt: body.data.dueAt, filedAt: null, late: false, warnedAt: null, missedAt: null }] };
    case 'IncidentReportDueSoon':
      return { ...next, obligations: update(body.data.key, { warnedAt: at }), firedClocks: [...state.firedClocks, body.data.clock] };
    case 'IncidentReportOverdue':
      return { ...next, obligations: update(body.data.key, { missedAt: at }), firedClocks: [...state.firedClocks, body.data.clock] };
    case 'IncidentClosed':
      return { ...next, closedAt: at };
    default:
      return assertNever(body);
  }
}
