import { type Kysely, sql } from 'kysely';

// Frozen in time: the read model of enterprises, key units and key parts (their events live in the
// event store like every other stream; the stream is keyed by the unified social credit code).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('enterprises')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('stream_id', 'text', (c) => c.notNull().unique())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('department_code', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('risk_colour', 'text')
    .addColumn('key_parts', 'integer', (c) => c.notNull())
    .addColumn('verified_on_site', 'boolean', (c) => c.notNull())
    .addColumn('state', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('enterprises_scope_idx').on('enterprises').columns(['region_code', 'department_code']).execute();
  await db.schema.createIndex('enterprises_region_sector_idx').on('enterprises').columns(['region_code', 'sector']).execute();
  await sql`grant select, insert, update, delete on enterprises to hazard_app`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('enterprises').ifExists().execute();
}
