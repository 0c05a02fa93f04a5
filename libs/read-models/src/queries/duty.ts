import type { DutyLogEntry, ResourceState, RosterState, Scope } from '@hazard/domain';
import type { Db } from '@hazard/event-store';
import { withinScope } from './scope';

/** The kinds of record the duty desk keeps in `duty_records`, and the state each holds. */
export interface DutyRecordStates {
  ROSTER: RosterState;
  LOG: DutyLogEntry;
  TEAM: ResourceState;
  DEPOT: ResourceState;
}

export interface DutyRecordQuery<K extends keyof DutyRecordStates> {
  kinds: readonly K[];
  /** Restricts rows to these regions × departments; null reads every row (auditors). */
  scope: Scope | null;
  regionCode?: string | null;
  /** Only records whose period covers this moment (rosters). */
  at?: Date | null;
  /** Only records starting at or after this moment (the duty log: received since). */
  since?: Date | null;
}

/** Duty records of the given kinds, latest start first (at most 2,000). */
export async function listDutyRecords<K extends keyof DutyRecordStates>(db: Db, query: DutyRecordQuery<K>): Promise<DutyRecordStates[K][]> {
  let q = db.selectFrom('duty_records').select('state').where('kind', 'in', [...query.kinds]).orderBy('starts_at', 'desc').orderBy('id').limit(2_000);
  if (query.regionCode) q = q.where('region_code', '=', query.regionCode);
  if (query.at) q = q.where('starts_at', '<=', query.at).where('ends_at', '>', query.at);
  if (query.since) q = q.where('starts_at', '>=', query.since);
  q = q.where(withinScope(query.scope));
  return (await q.execute()).map((r) => r.state as DutyRecordStates[K]);
}
