import { type Kysely, sql } from 'kysely';

/**
 * Every command rewrites its stream's head and read-model row. Postgres can do that in place (a HOT
 * update: no new index entries) only when no indexed column changes and the page has room. The two
 * expression indexes on `hazards.state` changed with every command, so no update was ever in place:
 * they become plain columns, and the rows that change on every append get room on their pages.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table hazards add column origin_kind text, add column origin_source_id text`.execute(db);
  await sql`update hazards set origin_kind = state->'origin'->>'kind', origin_source_id = state->'origin'->>'majorHazardSourceId' where state ? 'origin'`.execute(db);
  await sql`drop index if exists hazards_origin_source_idx`.execute(db);
  await sql`drop index if exists hazards_origin_kind_idx`.execute(db);
  await sql`create index hazards_origin_source_idx on hazards (origin_source_id) where origin_source_id is not null`.execute(db);
  await sql`create index hazards_origin_kind_idx on hazards (origin_kind) where origin_kind is not null`.execute(db);
  for (const table of ['streams', 'hazards', 'major_hazard_sources', 'enterprises', 'oversight_records', 'incidents', 'duty_records']) {
    await sql`alter table ${sql.table(table)} set (fillfactor = 80)`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['streams', 'hazards', 'major_hazard_sources', 'enterprises', 'oversight_records', 'incidents', 'duty_records']) {
    await sql`alter table ${sql.table(table)} reset (fillfactor)`.execute(db);
  }
  await sql`drop index if exists hazards_origin_source_idx`.execute(db);
  await sql`drop index if exists hazards_origin_kind_idx`.execute(db);
  await sql`create index hazards_origin_source_idx on hazards ((state->'origin'->>'majorHazardSourceId'))`.execute(db);
  await sql`create index hazards_origin_kind_idx on hazards ((state->'origin'->>'kind'))`.execute(db);
  await sql`alter table hazards drop column origin_kind, drop column origin_source_id`.execute(db);
}
