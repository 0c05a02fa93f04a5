import type { Scope, SourceState } from '@hazard/domain';
import type { Db } from '@hazard/event-store';
import { withinScope } from './scope';

export interface MajorHazardSourceQuery {
  /** Restricts rows to these regions × departments; null reads every row (auditors). */
  scope: Scope | null;
  regionCode?: string | null;
  departmentCode?: string | null;
  isMajor?: boolean | null;
  level?: number | null;
}

/** The register of major hazard sources by region and name (at most 5,000: a city's register, not a country's). */
export async function listMajorHazardSources(db: Db, query: MajorHazardSourceQuery): Promise<SourceState[]> {
  let q = db.selectFrom('major_hazard_sources').select('state').orderBy('region_code').orderBy('name').limit(5_000);
  if (query.regionCode) q = q.where('region_code', '=', query.regionCode);
  if (query.departmentCode) q = q.where('department_code', '=', query.departmentCode);
  if (query.isMajor !== undefined && query.isMajor !== null) q = q.where('is_major', '=', query.isMajor);
  if (query.level) q = q.where('level', '=', query.level);
  q = q.where(withinScope(query.scope));
  return (await q.execute()).map((r) => r.state);
}

/** Every registered source's id: the sources whose patrol alarms a new cadence or a major event moves. */
export async function majorHazardSourceIds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('major_hazard_sources').select('id').execute();
  return rows.map((r) => r.id);
}
