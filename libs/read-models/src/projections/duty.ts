import { type DutyLogEntry, type ResourceState, type RosterEvent, type RosterState, evolveDutyLog, evolveResource, evolveRoster } from '@hazard/domain';
import { foldedReadModel, foldIntoReadModel, type Projector } from '@hazard/event-store';

export const ROSTER_STREAM_TYPE = 'duty-roster';
export const rosterStreamId = (id: string): string => `roster-${id}`;
export const DUTY_LOG_STREAM_TYPE = 'duty-log';
export const dutyLogStreamId = (id: string): string => `dutylog-${id}`;
export const RESOURCE_STREAM_TYPE = 'emergency-resource';
export const resourceStreamId = (id: string): string => `resource-${id}`;

/** Rosters: the period they cover (first shift's start to last shift's end) is what the desk looks up. */
export const ROSTER_READ_MODEL = foldedReadModel<RosterState>('duty_records', (state, streamId) => ({
    id: streamId, // three kinds share the table: the stream id keeps their ids apart
    kind: 'ROSTER',
    version: state.version,
    region_code: state.regionCode,
    department_code: state.departmentCode,
    starts_at: state.shifts[0].startsAt,
    ends_at: state.shifts[state.shifts.length - 1].endsAt,
  }));

export const projectRosterEvents: Projector = (trx, events) =>
  foldIntoReadModel(trx, ROSTER_READ_MODEL, (s, e) => evolveRoster(s, e as unknown as RosterEvent), events);

export const DUTY_LOG_READ_MODEL = foldedReadModel<DutyLogEntry>('duty_records', (state, streamId) => ({
    id: streamId, // three kinds share the table: the stream id keeps their ids apart
    kind: 'LOG',
    version: state.version,
    region_code: state.regionCode,
    department_code: state.departmentCode,
    starts_at: state.receivedAt,
    ends_at: null,
  }));

export const projectDutyLogEvents: Projector = (trx, events) =>
  foldIntoReadModel(trx, DUTY_LOG_READ_MODEL, (s, e) => evolveDutyLog(s, e as never), events);

export const RESOURCE_READ_MODEL = foldedReadModel<ResourceState>('duty_records', (state, streamId) => ({
    id: streamId, // three kinds share the table: the stream id keeps their ids apart
    kind: state.kind,
    version: state.version,
    region_code: state.regionCode,
    department_code: state.departmentCode,
    starts_at: null,
    ends_at: null,
  }));

export const projectResourceEvents: Projector = (trx, events) =>
  foldIntoReadModel(trx, RESOURCE_READ_MODEL, (s, e) => evolveResource(s, e as never), events);
