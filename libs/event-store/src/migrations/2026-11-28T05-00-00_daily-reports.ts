import { type Kysely, sql } from 'kysely';

// Frozen in time: daily reports per department and day. A submitted report is frozen: its
// content, cutoff and hashes never change again.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('daily_reports')
    .addColumn('department_code', 'text', (c) => c.notNull())
    .addColumn('report_date', 'char(10)', (c) => c.notNull())
    .addColumn('cutoff', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('DRAFT', 'SUBMITTED')`))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'char(64)', (c) => c.notNull())
    .addColumn('xlsx_sha256', 'char(64)', (c) => c.notNull())
    .addColumn('drafted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('submitted_by', 'text')
    .addColumn('submitted_by_name', 'text')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('late', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('escalated_at', 'timestamptz')
    .addPrimaryKeyConstraint('daily_reports_pkey', ['department_code', 'report_date'])
    .execute();
  await sql`
    create function daily_reports_frozen_when_submitted() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' and old.status = 'SUBMITTED' then
        raise exception 'a submitted report is frozen' using errcode = 'insufficient_privilege';
      end if;
      if tg_op = 'UPDATE' and old.status = 'SUBMITTED' and (
          new.status is distinct from old.status or new.content is distinct from old.content or
          new.content_hash is distinct from old.content_hash or new.cutoff is distinct from old.cutoff or
          new.xlsx_sha256 is distinct from old.xlsx_sha256 or new.submitted_at is distinct from old.submitted_at) then
        raise exception 'a submitted report is frozen' using errcode = 'insufficient_privilege';
      end if;
      return coalesce(new, old);
    end;
    $$`.execute(db);
  await sql`
    create trigger daily_reports_frozen before update or delete on daily_reports
    for each row execute function daily_reports_frozen_when_submitted()`.execute(db);
  await sql`grant select, insert, update on daily_reports to hazard_app`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('daily_reports').ifExists().execute();
  await sql`drop function if exists daily_reports_frozen_when_submitted()`.execute(db);
}
