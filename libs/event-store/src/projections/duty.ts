import type { Transaction } from 'kysely';
import { type DutyLogEntry, type ResourceState, type RosterEvent, type RosterState, evolveDutyLog, evolveResource, evolveRoster } from '../../../domain/src';
import type { StoredEvent } from '../append';
import type { Database } from '../schema';
import { upsertFolded } from './upsert-folded';

export const ROSTER_STREAM_TYPE = 'duty-roster';
export const rosterStreamId = (id: string): string => `roster-${id}`;
export const DUTY_LOG_STREAM_TYPE = 'duty-log';
export const dutyLogStreamId = (id: string): string => `dutylog-${id}`;
export const RESOURCE_STREAM_TYPE = 'emergency-resource';
export const resourceStreamId = (id: string): string => `resource-${id}`;

/** Rosters: the period they cover (first shift's start to last shift's end) is what the desk looks up. */
export function projectRosterEvents(trx: Transaction<Database>, events: readonly StoredEvent[]): Promise<void> {
  return upsertFolded<RosterState>(trx, 'duty_records', events, (s, e) => evolveRoster(s, e as unknown as RosterEvent), (state, streamId) => ({
    id: streamId, // three kinds share the table: the stream id keeps their ids apart
    kind: 'ROSTER',
    version: state.version,
    region_code: state.regionCode,
    department_code: state.departmentCode,
    starts_at: state.shifts[0].startsAt,
    ends_at: state.shifts[state.shifts.length - 1].endsAt,
  }));
}

export function projectDutyLogEvents(trx: Transaction<Database>, events: readonly StoredEvent[]): Promise<void> {
  return upsertFolded<DutyLogEntry>(trx, 'duty_records', events, (s, e) => evolveDutyLog(s, e as never), (state, streamId) => ({
    id: streamId, // three kinds share the table: the stream id keeps their ids apart
    kind: 'LOG',
    version: state.version,
    region_code: state.regionCode,
    department_code: state.departmentCode,
    starts_at: state.receivedAt,
    ends_at: null,
  }));
}

export function projectResourceEvents(trx: Transaction<Database>, events: readonly StoredEvent[]): Promise<void> {
  return upsertFolded<ResourceState>(trx, 'duty_records', events, (s, e) => evolveResource(s, e as never), (state, streamId) => ({
    id: streamId, // three kinds share the table: the stream id keeps their ids apart
    kind: state.kind,
    version: state.version,
    region_code: state.regionCode,
    department_code: state.departmentCode,
    starts_at: null,
    ends_at: null,
  }));
}
