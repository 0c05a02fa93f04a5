import type { EnterpriseState, RiskColour, Scope } from '@hazard/domain';
import type { Db } from '@hazard/event-store';
import { withinScope } from './scope';

export interface EnterpriseQuery {
  /** Restricts rows to these regions × departments; null reads every row (auditors). */
  scope: Scope | null;
  regionCode?: string | null;
  departmentCode?: string | null;
  sector?: string | null;
  /** Only key units (true, those with a risk colour) or only the others (false). */
  keyUnit?: boolean | null;
  riskColour?: RiskColour | null;
  /** The unit itself verified on site (true) or never (false). */
  verifiedOnSite?: boolean | null;
}

/** Enterprises by region and name (at most 5,000). */
export async function listEnterprises(db: Db, query: EnterpriseQuery): Promise<EnterpriseState[]> {
  let q = db.selectFrom('enterprises').select('state').orderBy('region_code').orderBy('name').limit(5_000);
  if (query.regionCode) q = q.where('region_code', '=', query.regionCode);
  if (query.departmentCode) q = q.where('department_code', '=', query.departmentCode);
  if (query.sector) q = q.where('sector', '=', query.sector);
  if (query.riskColour) q = q.where('risk_colour', '=', query.riskColour);
  if (query.keyUnit === true) q = q.where('risk_colour', 'is not', null);
  if (query.keyUnit === false) q = q.where('risk_colour', 'is', null);
  if (query.verifiedOnSite !== undefined && query.verifiedOnSite !== null) q = q.where('verified_on_site', '=', query.verifiedOnSite);
  q = q.where(withinScope(query.scope));
  return (await q.execute()).map((r) => r.state);
}
