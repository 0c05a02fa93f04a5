import { type Kysely, sql } from 'kysely';

// Frozen in time: one read model for the duty desk's records without clocks (rosters, duty log
// entries, emergency resources); their events live in the event store like every other stream.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('duty_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('stream_id', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('department_code', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'timestamptz')
    .addColumn('ends_at', 'timestamptz')
    .addColumn('state', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('duty_records_kind_scope_idx').on('duty_records').columns(['kind', 'region_code', 'department_code']).execute();
  await db.schema.createIndex('duty_records_kind_time_idx').on('duty_records').columns(['kind', 'starts_at', 'ends_at']).execute();
  await sql`grant select, insert, update, delete on duty_records to hazard_app`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('duty_records').ifExists().execute();
}
