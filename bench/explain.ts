import { CompiledQuery, type Kysely } from 'kysely';

/** A statement as Kysely sent it (captured through `createDatabase`'s `onQuery`). */
export interface SentStatement {
  sql: string;
  parameters: readonly unknown[];
}

/** `EXPLAIN (ANALYZE, BUFFERS)` of a statement as it was sent: it runs again, so callers roll back what it writes. */
export async function explainAnalyze(db: Kysely<any>, statement: SentStatement): Promise<string> {
  const plan = await db.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain (analyze, buffers, costs off) ${statement.sql}`, [...statement.parameters]));
  return plan.rows.map((r) => r['QUERY PLAN']).join('\n');
}
