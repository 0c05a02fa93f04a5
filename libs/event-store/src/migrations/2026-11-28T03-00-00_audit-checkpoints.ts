import { type Kysely, sql } from 'kysely';

// Frozen in time: signed checkpoints over every stream's head, and the heads they cover.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_checkpoints')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('stream_count', 'integer', (c) => c.notNull())
    .addColumn('root', 'char(64)', (c) => c.notNull())
    .addColumn('signed_text', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('key_fingerprint', 'text', (c) => c.notNull())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('audit_checkpoint_heads')
    .addColumn('checkpoint_id', 'bigint', (c) => c.notNull().references('audit_checkpoints.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('stream_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('head_hash', 'char(64)', (c) => c.notNull())
    .addPrimaryKeyConstraint('audit_checkpoint_heads_pkey', ['checkpoint_id', 'position'])
    .execute();
  await db.schema.createIndex('audit_checkpoint_heads_stream_idx').on('audit_checkpoint_heads').columns(['stream_id', 'checkpoint_id']).execute();
  await sql`
    create function audit_checkpoints_are_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'checkpoints are append-only: % refused', tg_op using errcode = 'insufficient_privilege';
    end;
    $$`.execute(db);
  for (const table of ['audit_checkpoints', 'audit_checkpoint_heads']) {
    await sql`create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${sql.table(table)}
      for each row execute function audit_checkpoints_are_append_only()`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_checkpoint_heads').ifExists().execute();
  await db.schema.dropTable('audit_checkpoints').ifExists().execute();
  await sql`drop function if exists audit_checkpoints_are_append_only()`.execute(db);
}
