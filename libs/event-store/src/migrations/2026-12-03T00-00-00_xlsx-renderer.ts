import { type Kysely, sql } from 'kysely';

// Frozen in time: which renderer wrote a report's workbook (docs/reports.md, "Renderers"). The workbook's hash
// is recorded, and the workbook is rendered again from the content whenever it is downloaded or verified, so
// the bytes of each renderer must never change: reports recorded before this migration name renderer 1 (the
// ExcelJS workbook), later ones the renderer they were written with. A submitted report's renderer is frozen
// with the rest of it.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('daily_reports').addColumn('xlsx_renderer', 'smallint', (c) => c.notNull().defaultTo(1)).execute();
  await sql`alter table daily_reports alter column xlsx_renderer drop default`.execute(db);
  await sql`
    create or replace function daily_reports_frozen_when_submitted() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' and old.status = 'SUBMITTED' then
        raise exception 'a submitted report is frozen' using errcode = 'insufficient_privilege';
      end if;
      if tg_op = 'UPDATE' and old.status = 'SUBMITTED' and (
          new.status is distinct from old.status or new.content is distinct from old.content or
          new.content_hash is distinct from old.content_hash or new.cutoff is distinct from old.cutoff or
          new.xlsx_sha256 is distinct from old.xlsx_sha256 or new.xlsx_renderer is distinct from old.xlsx_renderer or
          new.submitted_at is distinct from old.submitted_at) then
        raise exception 'a submitted report is frozen' using errcode = 'insufficient_privilege';
      end if;
      return coalesce(new, old);
    end;
    $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('daily_reports').dropColumn('xlsx_renderer').execute();
}
