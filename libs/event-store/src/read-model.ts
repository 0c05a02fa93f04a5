import { type Kysely, type RawBuilder, type Transaction, sql } from 'kysely';
import type { Envelope } from '@hazard/domain';
import type { Database } from './schema';

/** The tables that hold one row per stream: the folded state as jsonb plus the columns queries filter on. */
export type ReadModelTable = 'hazards' | 'major_hazard_sources' | 'enterprises' | 'oversight_records' | 'incidents' | 'duty_records';

/** A row to write: column → value, JSON-ready (`state` is the state object itself). */
export interface ReadModelRow {
  table: ReadModelTable;
  values: Record<string, unknown> & { id: string; version: number };
}

/** An aggregate's read model: where its row lives and how a folded state becomes that row. */
export interface ReadModel<S> {
  table: ReadModelTable;
  row(state: S, streamId: string): ReadModelRow['values'];
}

/** A read model whose row is `id`, `stream_id`, the state and the columns derived from it. */
export function foldedReadModel<S extends { id: string; version: number }>(
  table: ReadModelTable,
  columns: (state: S, streamId: string) => Record<string, unknown>,
  id: (state: S, streamId: string) => string = (state) => state.id,
): ReadModel<S> {
  return { table, row: (state, streamId) => ({ id: id(state, streamId), stream_id: streamId, ...columns(state, streamId), version: state.version, state }) };
}

/**
 * `insert … select from jsonb_populate_record(…) on conflict (id) do update`: one statement for any
 * read-model table, taking the row as one JSON parameter. A row never goes back in version, so a
 * retried or late write cannot undo a newer one. `from` joins a CTE (the append's stream-head update)
 * so the row is written only when the events are.
 */
export function upsertReadModelSql(row: ReadModelRow, from?: string): RawBuilder<unknown> {
  const table = sql.table(row.table);
  const columns = Object.keys(row.values);
  const list = sql.join(columns.map((c) => sql.id(c)));
  const picked = sql.join(columns.map((c) => sql`r.${sql.id(c)}`));
  const updates = sql.join(columns.filter((c) => c !== 'id').map((c) => sql`${sql.id(c)} = excluded.${sql.id(c)}`));
  const source = from ? sql`${sql.table(from)}, ` : sql``;
  return sql`insert into ${table} (${list})
    select ${picked} from ${source}jsonb_populate_record(null::${table}, ${JSON.stringify(row.values)}::jsonb) r
    on conflict (id) do update set ${updates} where ${table}.version < excluded.version`;
}

export async function upsertReadModelRow(db: Kysely<Database> | Transaction<Database>, row: ReadModelRow): Promise<void> {
  await upsertReadModelSql(row).execute(db);
}

/**
 * Folds events into a read-model row from the row already stored (locked): for appends whose caller
 * did not fold the state (imports, tests) and for rebuilds. Events the row already reflects are skipped.
 */
export async function foldIntoReadModel<S extends { id: string; version: number }>(
  trx: Transaction<Database>,
  model: ReadModel<S>,
  evolve: (state: S | null, event: Envelope) => S,
  events: readonly Envelope[],
): Promise<void> {
  if (events.length === 0) return;
  const streamId = events[0].streamId;
  // The tables share (stream_id, state); Kysely cannot type a table chosen at run time.
  const db = trx as unknown as Transaction<Record<ReadModelTable, { stream_id: string; state: unknown }>>;
  const stored = await db.selectFrom(model.table).select('state').where('stream_id', '=', streamId).forUpdate().executeTakeFirst();
  let state = (stored?.state as S | undefined) ?? null;
  for (const event of events) if (!state || event.version > state.version) state = evolve(state, event);
  if (state) await upsertReadModelRow(trx, { table: model.table, values: model.row(state, streamId) });
}
