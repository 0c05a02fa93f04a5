import type { Transaction } from 'kysely';
import { type EnterpriseEvent, type EnterpriseState, UNIT_TARGET, evolveEnterprise } from '../../../domain/src';
import type { StoredEvent } from '../append';
import type { Database } from '../schema';

export const ENTERPRISE_STREAM_TYPE = 'enterprise';
export const enterpriseStreamId = (creditCode: string): string => `enterprise-${creditCode}`;

/** The read model of enterprises, key units and key parts, written in the append transaction. */
export async function projectEnterpriseEvents(trx: Transaction<Database>, events: readonly StoredEvent[]): Promise<void> {
  if (events.length === 0) return;
  const streamId = events[0].streamId;
  const row = await trx.selectFrom('enterprises').select('state').where('stream_id', '=', streamId).forUpdate().executeTakeFirst();
  let state = (row?.state as EnterpriseState | undefined) ?? null;
  for (const event of events) if (!state || event.version > state.version) state = evolveEnterprise(state, event as unknown as EnterpriseEvent);
  if (!state) return;
  const values = {
    id: state.id,
    stream_id: streamId,
    version: state.version,
    name: state.name,
    region_code: state.regionCode,
    department_code: state.departmentCode,
    sector: state.sector,
    risk_colour: state.keyUnit?.riskColour ?? null,
    key_parts: state.keyParts.length,
    verified_on_site: UNIT_TARGET in state.siteVerifications,
    state: JSON.stringify(state),
  };
  await trx.insertInto('enterprises').values(values).onConflict((oc) => oc.column('id').doUpdateSet(values)).execute();
}
