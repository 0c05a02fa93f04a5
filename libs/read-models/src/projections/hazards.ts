import type { Insertable } from 'kysely';
import { type HazardEvent, type HazardState, evolve } from '@hazard/domain';
import { foldIntoReadModel, type HazardsTable, type Projector, type ReadModel } from '@hazard/event-store';

export const HAZARD_STREAM_TYPE = 'hazard';

/** The columns hazard queries filter and sort on: plain columns, so an update that leaves them alone stays in place (HOT). */
function hazardColumns(streamId: string, state: HazardState) {
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
    origin_kind: state.origin?.kind ?? null,
    origin_source_id: state.origin?.majorHazardSourceId ?? null,
    listing_level: state.listing?.listingLevel ?? null,
    found_at: state.foundAt,
    deadline: state.deadline,
    pending_verification: state.pendingVerification,
    escalation_level: state.escalationLevel,
    rectified_at: state.rectifiedAt,
    cancelled_at: state.cancelledAt,
    updated_at: state.updatedAt,
  };
}

/** The `hazards` read model: one row per hazard, its folded state plus the columns queries filter on. */
export const HAZARD_READ_MODEL: ReadModel<HazardState> = {
  table: 'hazards',
  row: (state, streamId) => ({ ...hazardColumns(streamId, state), state }),
};

export const projectHazardEvents: Projector = (trx, events) =>
  foldIntoReadModel(trx, HAZARD_READ_MODEL, (s, e) => evolve(s, e as unknown as HazardEvent), events);

/** The row for a Kysely insert (bulk seeding): the state as JSON text. */
export function hazardRow(streamId: string, state: HazardState): Insertable<HazardsTable> {
  return { ...hazardColumns(streamId, state), state: JSON.stringify(state) };
}
