import { type Kysely, sql } from 'kysely';

// Frozen in time: evidence files (README "Evidence files"). The server hashes what it received (SHA-256) and keeps
// the file by that hash; this table holds what it learned on receipt. A file is never changed or removed: a row,
// once written, is immutable, like the events that cite it. The expression index finds the events that cite a
// file (a submission's or a standby check's evidenceHashes, a site verification's), which decides who may download it.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('evidence_files')
    .addColumn('sha256', 'char(64)', (c) => c.primaryKey().check(sql`sha256 ~ '^[0-9a-f]{64}$'`))
    .addColumn('size', 'bigint', (c) => c.notNull().check(sql`size > 0`))
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('taken_at', 'timestamptz')
    .addColumn('latitude', 'double precision')
    .addColumn('longitude', 'double precision')
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_by_name', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`
    create function evidence_files_are_immutable() returns trigger language plpgsql as $$
    begin
      raise exception 'evidence files are immutable' using errcode = 'insufficient_privilege';
    end;
    $$`.execute(db);
  await sql`
    create trigger evidence_files_immutable before update or delete on evidence_files
    for each row execute function evidence_files_are_immutable()`.execute(db);
  await sql`create index events_evidence_idx on events using gin ((coalesce(data->'evidenceHashes', data->'verification'->'evidenceHashes')))`.execute(db);
  await sql`grant select, insert on evidence_files to hazard_app`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index events_evidence_idx`.execute(db);
  await db.schema.dropTable('evidence_files').execute();
  await sql`drop function evidence_files_are_immutable()`.execute(db);
}
