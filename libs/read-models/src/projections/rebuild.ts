import { type HazardEvent, type HazardState, evolve } from '@hazard/domain';
import { type Db, toStoredEvent } from '@hazard/event-store';
import { hazardRow } from './hazards';

export interface RebuildProgress {
  done: number;
  total: number;
}

/**
 * Rebuilds the hazards read model from the events alone, in one transaction (readers see the old
 * table until it commits). Streams are folded one by one, so memory stays flat.
 */
export async function rebuildHazardProjection(db: Db, onProgress: (p: RebuildProgress) => void = () => undefined): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const streams = await trx.selectFrom('streams').select('stream_id').where('stream_type', '=', 'hazard').orderBy('stream_id').execute();
    await trx.deleteFrom('hazards').execute();
    let done = 0;
    onProgress({ done, total: streams.length });
    for (const { stream_id } of streams) {
      const rows = await trx.selectFrom('events').selectAll().where('stream_id', '=', stream_id).orderBy('version').execute();
      let state: HazardState | null = null;
      for (const row of rows) state = evolve(state, toStoredEvent(row) as unknown as HazardEvent);
      if (state) await trx.insertInto('hazards').values(hazardRow(stream_id, state)).execute();
      onProgress({ done: ++done, total: streams.length });
    }
    return done;
  });
}
