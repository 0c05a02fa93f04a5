import { assertNever } from '../shared/never';
import type { DrawRecord } from './draw';
import type { OversightEvent, OversightEventBody } from './events';
import type { DrawState, OversightState } from './state';

export function evolveOversight(state: OversightState | null, event: OversightEvent): OversightState {
  const at = event.metadata.occurredAt;
  const body = { type: event.type, data: event.data } as OversightEventBody;
  switch (body.type) {
    case 'SupervisionOpened': {
      const { oversightId, ...d } = body.data;
      return { kind: 'SUPERVISION', id: oversightId, version: event.version, openedAt: at, ...d, findings: [], notices: [] };
    }
    case 'InspectionOpened': {
      const { oversightId, ...d } = body.data;
      return { kind: 'INSPECTION', id: oversightId, version: event.version, openedAt: at, ...d, findings: [] };
    }
    case 'SupervisionFindingRecorded':
      if (state?.kind !== 'SUPERVISION') throw new Error(`${event.type} on a ${state?.kind ?? 'missing'} record`);
      return { ...state, version: event.version, findings: [...state.findings, { ...body.data, at }] };
    case 'SupervisionNoticeIssued':
      if (state?.kind !== 'SUPERVISION') throw new Error(`${event.type} on a ${state?.kind ?? 'missing'} record`);
      return { ...state, version: event.version, notices: [...state.notices, { ...body.data, at }] };
    case 'InspectionFindingRecorded':
      if (state?.kind !== 'INSPECTION') throw new Error(`${event.type} on a ${state?.kind ?? 'missing'} record`);
      return { ...state, version: event.version, findings: [...state.findings, { ...body.data, at }] };
    default:
      return assertNever(body);
  }
}

export function evolveDraw(_state: DrawState | null, event: { type: string; data: unknown; version: number; metadata: { recordedAt: string; actor: { sub: string } } }): DrawState {
  const { drawId, ...record } = event.data as DrawRecord;
  return { id: drawId, version: event.version, recordedAt: event.metadata.recordedAt, drawnBy: event.metadata.actor.sub, ...record };
}
