import { assertNever } from '../shared/never';
import type { SourceEvent, SourceEventBody } from './events';
import type { SourceState } from './state';

export function evolveSource(state: SourceState | null, event: SourceEvent): SourceState {
  const at = event.metadata.occurredAt;
  const body = { type: event.type, data: event.data } as SourceEventBody;
  if (body.type === 'MajorHazardSourceRegistered') {
    const d = body.data;
    return {
      id: d.sourceId,
      version: event.version,
      name: d.name,
      enterpriseName: d.enterpriseName,
      enterpriseCreditCode: d.enterpriseCreditCode ?? null,
      unitKind: d.unitKind,
      location: d.location,
      regionCode: d.regionCode,
      departmentCode: d.departmentCode,
      registeredAt: at,
      assessment: null,
      assessments: 0,
      responsible: {},
      lastPatrol: {},
    };
  }
  if (!state) throw new Error(`${event.type} before the source was registered`);
  const next = { ...state, version: event.version };
  switch (body.type) {
    case 'MajorHazardSourceAssessed':
      return { ...next, assessment: { ...body.data, at }, assessments: state.assessments + 1 };
    case 'ResponsiblePersonAssigned':
      return { ...next, responsible: { ...state.responsible, [body.data.role]: { name: body.data.name, phone: body.data.phone, since: at } } };
    case 'ResponsiblePersonRelieved': {
      const responsible = { ...state.responsible };
      delete responsible[body.data.role];
      return { ...next, responsible };
    }
    case 'PatrolOverdue':
      return { ...next, patrolAlarms: { ...(state.patrolAlarms ?? {}), [body.data.role]: body.data.since } };
    case 'PatrolRecorded':
      return { ...next, lastPatrol: { ...state.lastPatrol, [body.data.role]: at } };
    case 'SourceVerifiedOnSite':
      return { ...next, siteVerification: { ...body.data, at }, siteVerifications: (state.siteVerifications ?? 0) + 1 };
    default:
      return assertNever(body);
  }
}
