import { type Kysely, sql } from 'kysely';

// Frozen in time: this file never imports application code and never changes once released.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('streams')
    .addColumn('stream_id', 'text', (c) => c.primaryKey())
    .addColumn('stream_type', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 0`))
    .addColumn('head_hash', 'char(64)', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('events')
    .addColumn('global_position', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('stream_id', 'text', (c) => c.notNull().references('streams.stream_id'))
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version > 0`))
    .addColumn('event_id', 'uuid', (c) => c.notNull().unique())
    .addColumn('command_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('canonical', 'text', (c) => c.notNull())
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addColumn('metadata', 'jsonb', (c) => c.notNull())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .addColumn('prev_hash', 'char(64)', (c) => c.notNull())
    .addColumn('hash', 'char(64)', (c) => c.notNull())
    .addColumn('transaction_id', sql`xid8`, (c) => c.notNull().defaultTo(sql`pg_current_xact_id()`))
    .addColumn('stored_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .addUniqueConstraint('events_stream_version_key', ['stream_id', 'version'])
    .execute();
  await db.schema.createIndex('events_stream_command_idx').on('events').columns(['stream_id', 'command_id']).execute();
  await db.schema.createIndex('events_transaction_idx').on('events').columns(['transaction_id', 'global_position']).execute();

  // The record is append-only: corrections are new events. Only a superuser who disables the
  // trigger can alter history, and the hash chain and signed checkpoints expose that.
  await sql`
    create function events_are_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'events are append-only: % refused', tg_op using errcode = 'insufficient_privilege';
    end;
    $$`.execute(db);
  await sql`
    create trigger events_no_update_or_delete before update or delete on events
    for each row execute function events_are_append_only()`.execute(db);
  await sql`
    create trigger events_no_truncate before truncate on events
    for each statement execute function events_are_append_only()`.execute(db);

  await db.schema
    .createTable('regions')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();

  await db.schema
    .createTable('departments')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sectors', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();

  await db.schema
    .createTable('hazard_code_counters')
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('hazard_code_counters_pkey', ['region_code', 'year'])
    .execute();

  await db.schema
    .createTable('hazards')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('stream_id', 'text', (c) => c.notNull().unique())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('department_code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('enterprise_name', 'text', (c) => c.notNull())
    .addColumn('enterprise_credit_code', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('listing_level', 'text')
    .addColumn('found_at', 'timestamptz', (c) => c.notNull())
    .addColumn('deadline', 'timestamptz')
    .addColumn('pending_verification', 'boolean', (c) => c.notNull())
    .addColumn('escalation_level', 'integer', (c) => c.notNull())
    .addColumn('rectified_at', 'timestamptz')
    .addColumn('cancelled_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('state', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('hazards_found_order_idx').on('hazards').columns(['found_at desc', 'id desc']).execute();
  await db.schema.createIndex('hazards_scope_idx').on('hazards').columns(['region_code', 'department_code']).execute();
  await db.schema.createIndex('hazards_status_idx').on('hazards').columns(['status', 'level']).execute();
  await db.schema
    .createIndex('hazards_open_deadline_idx')
    .on('hazards')
    .column('deadline')
    .where(sql.ref('status'), 'in', ['FOUND', 'LISTED', 'SUPERVISED', 'SUSPENDED'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['hazards', 'hazard_code_counters', 'departments', 'regions', 'events', 'streams']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await sql`drop function if exists events_are_append_only()`.execute(db);
}
