import type { Transaction } from 'kysely';
import { type EnterpriseEvent, type EnterpriseState, UNIT_TARGET, evolveEnterprise } from '../../../domain/src';
import type { StoredEvent } from '../append';
import type { Database } from '../schema';
import { upsertFolded } from './upsert-folded';

export const ENTERPRISE_STREAM_TYPE = 'enterprise';
export const enterpriseStreamId = (creditCode: string): string => `enterprise-${creditCode}`;

/** The read model of enterprises, key units and key parts, written in the append transaction. */
export function projectEnterpriseEvents(trx: Transaction<Database>, events: readonly StoredEvent[]): Promise<void> {
  return upsertFolded<EnterpriseState>(trx, 'enterprises', events, (s, e) => evolveEnterprise(s, e as unknown as EnterpriseEvent), (state) => ({
    version: state.version,
    name: state.name,
    region_code: state.regionCode,
    department_code: state.departmentCode,
    sector: state.sector,
    risk_colour: state.keyUnit?.riskColour ?? null,
    key_parts: state.keyParts.length,
    verified_on_site: UNIT_TARGET in state.siteVerifications,
  }));
}
