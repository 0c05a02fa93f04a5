import type { Transaction } from 'kysely';
import { type HazardEvent, type HazardState, evolve } from '../../../domain/src';
import type { StoredEvent } from '../append';
import type { Database, HazardsTable } from '../schema';
import type { Insertable } from 'kysely';

export const HAZARD_STREAM_TYPE = 'hazard';

/** The `hazards` read model: one row per hazard, its folded state plus the columns queries filter on. */
export async function projectHazardEvents(trx: Transaction<Database>, events: readonly StoredEvent[]): Promise<void> {
  if (events.length === 0) return;
  const streamId = events[0].streamId;
  const row = await trx
    .selectFrom('hazards')
    .select(['state', 'version'])
    .where('stream_id', '=', streamId)
    .forUpdate()
    .executeTakeFirst();
  let state = (row?.state as HazardState | undefined) ?? null;
  for (const event of events) {
    if (state && event.version <= state.version) continue;
    state = evolve(state, event as unknown as HazardEvent);
  }
  if (!state) return;
  const values = hazardRow(streamId, state);
  await trx
    .insertInto('hazards')
    .values(values)
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}

export function hazardRow(streamId: string, state: HazardState): Insertable<HazardsTable> {
  return {
    id: state.id,
    code: state.code,
    stream_id: streamId,
    version: state.version,
    status: state.status,
    level: state.level,
    sector: state.sector,
    region_code: state.regionCode,
    department_code: state.departmentCode,
    title: state.title,
    enterprise_name: state.enterpriseName,
    enterprise_credit_code: state.enterpriseCreditCode,
    source: state.source,
    listing_level: state.listing?.listingLevel ?? null,
    found_at: state.foundAt,
    deadline: state.deadline,
    pending_verification: state.pendingVerification,
    escalation_level: state.escalationLevel,
    rectified_at: state.rectifiedAt,
    cancelled_at: state.cancelledAt,
    updated_at: state.updatedAt,
    state: JSON.stringify(state),
  };
}
