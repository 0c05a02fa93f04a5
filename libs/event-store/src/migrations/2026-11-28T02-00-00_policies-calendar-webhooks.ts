import { type Kysely, sql } from 'kysely';

// Frozen in time: escalation policies (versioned), the holiday calendar, webhook subscriptions
// and their delivery attempts. Seeds the default city policy and the official holiday schedules
// of the years whose State Council notice was checked: 2025 (国办发明电〔2024〕12号, 2024-11-12)
// and 2026 (published 2025-11-04).

const DEFAULT_POLICY = {
  listWithin: '3WD',
  superviseWithin: '5WD',
  remindBefore: '3WD',
  ladder: [
    { level: 1, after: 'PT0S', notify: 'DEPARTMENT_HEAD', action: '通报部门负责人' },
    { level: 2, after: '3WD', notify: 'COMMITTEE_OFFICE', action: '报市安委办督办' },
    { level: 3, after: '10WD', notify: 'COMMITTEE_OFFICE', action: '建议责令停产停业或提级挂牌' },
  ],
  verifyWithin: '5WD',
  checkInterval: 'PT24H',
  checkGrace: 'PT2H',
};

const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
};

const HOLIDAYS: { date: string; kind: 'HOLIDAY' | 'WORKDAY'; name: string }[] = [
  // 2025
  ...range('2025-01-01', '2025-01-01').map((date) => ({ date, kind: 'HOLIDAY' as const, name: '元旦' })),
  ...range('2025-01-28', '2025-02-04').map((date) => ({ date, kind: 'HOLIDAY' as const, name: '春节' })),
  { date: '2025-01-26', kind: 'WORKDAY', name: '春节调休上班' },
  { date: '2025-02-08', kind: 'WORKDAY', name: '春节调休上班' },
  ...range('2025-04-04', '2025-04-06').map((date) => ({ date, kind: 'HOLIDAY' as const, name: '清明节' })),
  ...range('2025-05-01', '2025-05-05').map((date) => ({ date, kind: 'HOLIDAY' as const, name: '劳动节' })),
  { date: '2025-04-27', kind: 'WORKDAY', name: '劳动节调休上班' },
  ...range('2025-05-31', '2025-06-02').map((date) => ({ date, kind: 'HOLIDAY' as const, name: '端午节' })),
  ...range('2025-10-01', '2025-10-08').map((date) => ({ date, kind: 'HOLIDAY' as const, name: '国庆节、中秋节' })),
  { date: '2025-09-28', kind: 'WORKDAY', name: '国庆节调休上班' },
  { date: '2025-10-11', kind: 'WORKDAY', name: '国庆节调休上班' },
  // 2026
  ...range('2026-01-01', '2026-01-03').map((date) => ({ date, kind: 'HOLIDAY' as const, name: '元旦' })),
  { date: '2026-01-04', kind: 'WORKDAY', name: '元旦调休上班' },
  ...range('2026-02-15', '2026-02-23').map((date) => ({ date, kind: 'HOLIDAY' as const, name: '春节' })),
  { date: '2026-02-14', kind: 'WORKDAY', name: '春节调休上班' },
  { date: '2026-02-28', kind: 'WORKDAY', name: '春节调休上班' },
  ...range('2026-04-04', '2026-04-06').map((date) => ({ date, kind: 'HOLIDAY' as const, name: '清明节' })),
  ...range('2026-05-01', '2026-05-05').map((date) => ({ date, kind: 'HOLIDAY' as const, name: '劳动节' })),
  { date: '2026-05-09', kind: 'WORKDAY', name: '劳动节调休上班' },
  ...range('2026-06-19', '2026-06-21').map((date) => ({ date, kind: 'HOLIDAY' as const, name: '端午节' })),
  ...range('2026-09-25', '2026-09-27').map((date) => ({ date, kind: 'HOLIDAY' as const, name: '中秋节' })),
  ...range('2026-10-01', '2026-10-07').map((date) => ({ date, kind: 'HOLIDAY' as const, name: '国庆节' })),
  { date: '2026-09-20', kind: 'WORKDAY', name: '国庆节调休上班' },
  { date: '2026-10-10', kind: 'WORKDAY', name: '国庆节调休上班' },
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('escalation_policies')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version > 0`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('rules', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('escalation_policies_pkey', ['id', 'version'])
    .execute();
  await sql`
    create function escalation_policies_are_immutable() returns trigger language plpgsql as $$
    begin
      raise exception 'policy versions are immutable: save a new version instead' using errcode = 'insufficient_privilege';
    end;
    $$`.execute(db);
  await sql`
    create trigger escalation_policies_immutable before update or delete on escalation_policies
    for each row execute function escalation_policies_are_immutable()`.execute(db);
  await db
    .insertInto('escalation_policies')
    .values({ id: 'default', version: 1, name: '市级默认督办时限', rules: JSON.stringify(DEFAULT_POLICY), created_by: 'seed', note: 'city default' })
    .execute();

  await db.schema
    .createTable('holiday_calendar')
    .addColumn('date', 'date', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('HOLIDAY', 'WORKDAY')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('holiday_calendar_years')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .execute();
  await db.insertInto('holiday_calendar').values(HOLIDAYS).execute();
  await db
    .insertInto('holiday_calendar_years')
    .values([
      { year: 2025, source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024-11-12）' },
      { year: 2026, source: '国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）' },
    ])
    .execute();

  await db.schema.createIndex('hazards_enterprise_credit_code_idx').on('hazards').column('enterprise_credit_code').execute();
  await db.schema.createIndex('hazards_enterprise_name_idx').on('hazards').column('enterprise_name').execute();

  await db.schema
    .createTable('webhook_subscriptions')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('filter', 'jsonb', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('description', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('subscription_id', 'uuid', (c) => c.notNull().references('webhook_subscriptions.id'))
    .addColumn('event_id', 'uuid', (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('error', 'text')
    .addColumn('succeeded', 'boolean', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('attempted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('webhook_deliveries_subscription_idx').on('webhook_deliveries').columns(['subscription_id', 'attempted_at']).execute();
  await db.schema.createIndex('webhook_deliveries_event_idx').on('webhook_deliveries').columns(['event_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['webhook_deliveries', 'webhook_subscriptions', 'holiday_calendar_years', 'holiday_calendar', 'escalation_policies']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await sql`drop function if exists escalation_policies_are_immutable()`.execute(db);
}
