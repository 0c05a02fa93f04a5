import { type Kysely, sql } from 'kysely';

// Frozen in time: the roles every shift of a level must fill, as numbered versions naming their source.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('duty_role_rules')
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('rules', 'jsonb', (c) => c.notNull())
    .addColumn('saved_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('saved_by', 'text', (c) => c.notNull())
    .execute();
  await sql`grant select, insert on duty_role_rules to hazard_app`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('duty_role_rules').ifExists().execute();
}
