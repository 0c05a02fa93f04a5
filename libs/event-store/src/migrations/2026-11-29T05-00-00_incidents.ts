import { type Kysely, sql } from 'kysely';

// Frozen in time: the read model of incidents (their events live in the event store) and the
// incident reporting rules as numbered versions, each naming its source.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('incidents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('stream_id', 'text', (c) => c.notNull().unique())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('department_code', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    .addColumn('closed', 'boolean', (c) => c.notNull())
    .addColumn('next_due_at', 'timestamptz')
    .addColumn('overdue_reports', 'integer', (c) => c.notNull())
    .addColumn('state', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incidents_scope_idx').on('incidents').columns(['region_code', 'department_code']).execute();
  await db.schema.createIndex('incidents_open_due_idx').on('incidents').column('next_due_at').where(sql.ref('closed'), '=', false).execute();
  await db.schema
    .createTable('incident_rules')
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('rules', 'jsonb', (c) => c.notNull())
    .addColumn('saved_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('saved_by', 'text', (c) => c.notNull())
    .execute();
  await sql`grant select, insert, update, delete on incidents to hazard_app`.execute(db);
  await sql`grant select, insert on incident_rules to hazard_app`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('incident_rules').ifExists().execute();
  await db.schema.dropTable('incidents').ifExists().execute();
}
