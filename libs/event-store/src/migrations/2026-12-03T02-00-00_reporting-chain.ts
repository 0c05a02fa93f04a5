import { type Kysely, sql } from 'kysely';

// Frozen in time: the reporting chain (docs/reporting-chain.md). Reporting obligations are versioned data
// naming the notice that set them (a new cutoff is a new version; versions are never edited). A report is
// now one unit's: a department at the city (region '*') or in one district; daily or for a period; it records
// its due time and the obligation version it was due under. Seeds the notice 盘安委办发〔2023〕11号.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reporting_obligations')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version > 0`))
    .addColumn('document_number', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('units', sql`text[]`, (c) => c.notNull())
    .addColumn('counting_from', 'text', (c) => c.notNull())
    .addColumn('city_cutoff', 'text', (c) => c.notNull())
    .addColumn('district_cutoff', 'text', (c) => c.notNull())
    .addColumn('remind_before_minutes', 'integer', (c) => c.notNull())
    .addColumn('effective_from', 'char(10)', (c) => c.notNull())
    .addColumn('ends_on', 'char(10)')
    .addColumn('period_reports', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('reporting_obligations_pkey', ['id', 'version'])
    .execute();
  await sql`
    create function reporting_obligations_are_immutable() returns trigger language plpgsql as $$
    begin
      raise exception 'obligation versions are immutable: record a new version instead' using errcode = 'insufficient_privilege';
    end;
    $$`.execute(db);
  await sql`
    create trigger reporting_obligations_immutable before update or delete on reporting_obligations
    for each row execute function reporting_obligations_are_immutable()`.execute(db);
  await db
    .insertInto('reporting_obligations')
    .values({
      id: 'pjaw-2023-11',
      version: 1,
      document_number: '盘安委办发〔2023〕11号',
      title: '关于开展安全生产隐患大排查大整治并每日报送隐患排查整改情况的通知',
      units: sql`array['*']::text[]`,
      counting_from: '01-01',
      city_cutoff: '15:00',
      district_cutoff: '12:00',
      remind_before_minutes: 120,
      effective_from: '2023-01-01',
      ends_on: null,
      period_reports: JSON.stringify([
        { from: '2023-01-01', to: '2023-02-28', dueAt: '2023-02-28T07:00:00.000Z', title: '1月1日至2月28日隐患排查整改情况' },
      ]),
      note: '市直各负有安全监管职责的部门每日15:00前报市安委办；县区对口部门的报送时间由市直部门通知（此处默认12:00，可另立版本）',
      recorded_by: 'seed',
    })
    .execute();
  await sql`grant select, insert on reporting_obligations to hazard_app`.execute(db);

  await db.schema.alterTable('daily_reports').addColumn('region_code', 'text', (c) => c.notNull().defaultTo('*')).execute();
  await db.schema
    .alterTable('daily_reports')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('DAILY').check(sql`kind in ('DAILY', 'PERIOD')`))
    .execute();
  await db.schema.alterTable('daily_reports').addColumn('period_from', 'char(10)').execute();
  await db.schema.alterTable('daily_reports').addColumn('due_at', 'timestamptz').execute();
  await db.schema.alterTable('daily_reports').addColumn('obligation_id', 'text').execute();
  await db.schema.alterTable('daily_reports').addColumn('obligation_version', 'integer').execute();
  await sql`alter table daily_reports drop constraint daily_reports_pkey`.execute(db);
  await sql`alter table daily_reports add constraint daily_reports_pkey primary key (department_code, region_code, kind, report_date)`.execute(db);
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
          new.submitted_at is distinct from old.submitted_at or new.due_at is distinct from old.due_at or
          new.obligation_id is distinct from old.obligation_id or new.obligation_version is distinct from old.obligation_version or
          new.period_from is distinct from old.period_from) then
        raise exception 'a submitted report is frozen' using errcode = 'insufficient_privilege';
      end if;
      return coalesce(new, old);
    end;
    $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table daily_reports drop constraint daily_reports_pkey`.execute(db);
  await db.deleteFrom('daily_reports').where((eb) => eb.or([eb('region_code', '<>', '*'), eb('kind', '<>', 'DAILY')])).execute();
  await sql`alter table daily_reports add constraint daily_reports_pkey primary key (department_code, report_date)`.execute(db);
  for (const column of ['region_code', 'kind', 'period_from', 'due_at', 'obligation_id', 'obligation_version']) {
    await db.schema.alterTable('daily_reports').dropColumn(column).execute();
  }
  await db.schema.dropTable('reporting_obligations').execute();
  await sql`drop function reporting_obligations_are_immutable`.execute(db);
}
