import { type IncidentEvent, type IncidentState, evolveIncident } from '@hazard/domain';
import { foldedReadModel, foldIntoReadModel, type Projector } from '@hazard/event-store';

export const INCIDENT_STREAM_TYPE = 'incident';
export const incidentStreamId = (id: string): string => `incident-${id}`;

/** The read model of incidents, written in the append transaction; `next_due_at` is the next unfiled report's due time. */
export const INCIDENT_READ_MODEL = foldedReadModel<IncidentState>('incidents', (state) => {
    const open = state.closedAt ? [] : state.obligations.filter((o) => !o.filedAt);
    return {
      version: state.version,
      level: state.level,
      sector: state.sector,
      region_code: state.regionCode,
      department_code: state.departmentCode,
      occurred_at: state.occurredAt,
      closed: state.closedAt !== null,
      next_due_at: open.length ? open.map((o) => o.dueAt).sort()[0] : null,
      overdue_reports: open.filter((o) => o.missedAt).length,
    };
  });

export const projectIncidentEvents: Projector = (trx, events) =>
  foldIntoReadModel(trx, INCIDENT_READ_MODEL, (s, e) => evolveIncident(s, e as unknown as IncidentEvent), events);
