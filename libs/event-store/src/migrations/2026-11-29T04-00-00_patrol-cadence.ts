import { type Kysely, sql } from 'kysely';

// Frozen in time: the patrol cadence of major hazard sources' responsible persons, as numbered
// versions the committee office saves (each names its source); old versions stay.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('patrol_cadences')
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('rules', 'jsonb', (c) => c.notNull())
    .addColumn('saved_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('saved_by', 'text', (c) => c.notNull())
    .execute();
  await sql`grant select, insert on patrol_cadences to hazard_app`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('patrol_cadences').ifExists().execute();
}
