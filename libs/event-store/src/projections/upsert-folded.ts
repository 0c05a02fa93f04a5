import type { Transaction } from 'kysely';
import type { StoredEvent } from '../append';
import type { Database } from '../schema';

/** Read models of records without clocks: one row per stream holding the folded state as jsonb. */
type FoldedTable = 'major_hazard_sources' | 'enterprises' | 'oversight_records' | 'incidents' | 'duty_records';

/**
 * Folds a stream's new events into its read-model row, inside the append transaction: the row is
 * locked, events it already reflects are skipped (a retried projection is harmless), and the row is
 * written back with the columns `columns` derives from the state.
 */
export async function upsertFolded<S extends { id: string; version: number }>(
  trx: Transaction<Database>,
  table: FoldedTable,
  events: readonly StoredEvent[],
  evolve: (state: S | null, event: StoredEvent) => S,
  columns: (state: S, streamId: string) => Record<string, unknown>,
): Promise<void> {
  if (events.length === 0) return;
  const streamId = events[0].streamId;
  // The tables share (id, stream_id, state); Kysely cannot type a table chosen at run time.
  const db = trx as unknown as Transaction<Record<FoldedTable, { id: string; stream_id: string; state: unknown }>>;
  const row = await db.selectFrom(table).select('state').where('stream_id', '=', streamId).forUpdate().executeTakeFirst();
  let state = (row?.state as S | undefined) ?? null;
  for (const event of events) if (!state || event.version > state.version) state = evolve(state, event);
  if (!state) return;
  const values = { id: state.id, stream_id: streamId, ...columns(state, streamId), state: JSON.stringify(state) };
  await db.insertInto(table).values(values as never).onConflict((oc) => oc.column('id').doUpdateSet(values as never)).execute();
}
