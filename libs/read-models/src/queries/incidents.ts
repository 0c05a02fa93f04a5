import type { IncidentState, Scope } from '@hazard/domain';
import type { Db } from '@hazard/event-store';
import { withinScope } from './scope';

export interface IncidentQuery {
  /** Restricts rows to these regions × departments; null reads every row (auditors). */
  scope: Scope | null;
  open?: boolean | null;
  /** With a report past its due time and not filed (true), or none (false). */
  overdue?: boolean | null;
  regionCode?: string | null;
}

/** Incidents, newest first (at most 1,000). */
export async function listIncidents(db: Db, query: IncidentQuery): Promise<IncidentState[]> {
  let q = db.selectFrom('incidents').select('state').orderBy('occurred_at', 'desc').limit(1_000);
  if (query.open !== undefined && query.open !== null) q = q.where('closed', '=', !query.open);
  if (query.overdue === true) q = q.where('overdue_reports', '>', 0);
  if (query.overdue === false) q = q.where('overdue_reports', '=', 0);
  if (query.regionCode) q = q.where('region_code', '=', query.regionCode);
  q = q.where(withinScope(query.scope));
  return (await q.execute()).map((r) => r.state);
}
