import { type HazardEvent, type HazardState } from '@hazard/domain';
import { type Db, appendDecided } from '@hazard/event-store';
import { HAZARD } from '@hazard/read-models';

export type BenchAppend = (input: { expectedVersion: number; expectedHeadHash: string; events: HazardEvent[]; state: HazardState }) => Promise<{ hashes: string[] }>;

/** The append of the "raw + append" floor: the command handler's append step, nothing around it. */
export const benchActivities = (db: Db): { benchAppend: BenchAppend } => ({
  async benchAppend({ expectedVersion, expectedHeadHash, events, state }) {
    const result = await appendDecided(db, HAZARD, { streamId: events[0].streamId, expectedVersion, expectedHeadHash, events, state });
    return { hashes: result.events.map((e) => e.hash) };
  },
});
