import { type Kysely, sql } from 'kysely';

// Frozen in time: the read model of the register of major hazard sources (its events live in the
// event store like every other stream).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('major_hazard_sources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('stream_id', 'text', (c) => c.notNull().unique())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('enterprise_name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('department_code', 'text', (c) => c.notNull())
    .addColumn('is_major', 'boolean')
    .addColumn('level', 'integer')
    .addColumn('reassess_by', 'timestamptz')
    .addColumn('state', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('major_hazard_sources_scope_idx').on('major_hazard_sources').columns(['region_code', 'department_code']).execute();
  await sql`grant select, insert, update, delete on major_hazard_sources to hazard_app`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('major_hazard_sources').ifExists().execute();
}
