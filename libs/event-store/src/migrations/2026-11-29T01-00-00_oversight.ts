import { type Kysely, sql } from 'kysely';

// Frozen in time: legal enforcement bodies with their published inspection item lists (reference data,
// edited by the committee office), and the read model of supervisions and inspections (their events
// live in the event store like every other stream).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('enforcement_bodies')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('department_code', 'text', (c) => c.notNull())
    .addColumn('items', 'jsonb', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('oversight_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('stream_id', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('region_code', 'text')
    .addColumn('department_code', 'text')
    .addColumn('body_code', 'text')
    .addColumn('enterprise_credit_code', 'text')
    .addColumn('opened_at', 'timestamptz', (c) => c.notNull())
    .addColumn('state', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('oversight_records_enterprise_idx').on('oversight_records').columns(['body_code', 'enterprise_credit_code', 'opened_at']).execute();
  // Hazards started from a finding: filtered by the source they concern and by the kind of finding.
  await sql`create index hazards_origin_source_idx on hazards ((state->'origin'->>'majorHazardSourceId'))`.execute(db);
  await sql`create index hazards_origin_kind_idx on hazards ((state->'origin'->>'kind'))`.execute(db);
  await sql`grant select, insert, update, delete on enforcement_bodies, oversight_records to hazard_app`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists hazards_origin_source_idx`.execute(db);
  await sql`drop index if exists hazards_origin_kind_idx`.execute(db);
  await db.schema.dropTable('oversight_records').ifExists().execute();
  await db.schema.dropTable('enforcement_bodies').ifExists().execute();
}
