import { sql } from 'kysely';
import { type HolidayCalendar, type PolicyRules, type PolicySnapshot, missingYears, shanghaiDate, validatePolicyRules } from '@hazard/domain';
import type { Db } from '@hazard/event-store';

export interface PolicyVersion {
  id: string;
  version: number;
  name: string;
  rules: PolicyRules;
  createdAt: Date;
  createdBy: string;
  note: string | null;
}

export const DEFAULT_POLICY_ID = 'default';

const toPolicy = (row: { id: string; version: number; name: string; rules: unknown; created_at: Date; created_by: string; note: string | null }): PolicyVersion => ({
  id: row.id,
  version: row.version,
  name: row.name,
  rules: row.rules as PolicyRules,
  createdAt: row.created_at,
  createdBy: row.created_by,
  note: row.note,
});

export async function findPolicy(db: Db, id: string, version?: number): Promise<PolicyVersion | null> {
  let query = db.selectFrom('escalation_policies').selectAll().where('id', '=', id);
  query = version === undefined ? query.orderBy('version', 'desc') : query.where('version', '=', version);
  const row = await query.limit(1).executeTakeFirst();
  return row ? toPolicy(row) : null;
}

/** The latest version of every policy, or every version of one. */
export async function listPolicies(db: Db, id?: string): Promise<PolicyVersion[]> {
  if (id) return (await db.selectFrom('escalation_policies').selectAll().where('id', '=', id).orderBy('version', 'desc').execute()).map(toPolicy);
  const rows = await db
    .selectFrom('escalation_policies as p')
    .selectAll()
    .where(({ eb, selectFrom }) => eb('p.version', '=', selectFrom('escalation_policies as q').select((q) => q.fn.max('q.version').as('v')).whereRef('q.id', '=', 'p.id')))
    .orderBy('p.id')
    .execute();
  return rows.map(toPolicy);
}

/** A change makes a new version; old versions stay (hazards keep the one they were listed under). */
export async function savePolicyVersion(
  db: Db,
  input: { id: string; name: string; rules: unknown; createdBy: string; note?: string | null },
): Promise<PolicyVersion> {
  const rules = validatePolicyRules(input.rules);
  for (let attempt = 0; ; attempt++) {
    try {
      const row = await db
        .insertInto('escalation_policies')
        .values({
          id: input.id,
          version: sql<number>`(select coalesce(max(version), 0) + 1 from escalation_policies where id = ${input.id})`,
          name: input.name,
          rules: JSON.stringify(rules),
          created_by: input.createdBy,
          note: input.note ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toPolicy(row);
    } catch (err) {
      if ((err as { code?: string }).code === '23505' && attempt < 5) continue;
      throw err;
    }
  }
}

export async function loadCalendar(db: Db, fromYear: number, toYear: number): Promise<HolidayCalendar> {
  const [years, days] = await Promise.all([
    db.selectFrom('holiday_calendar_years').select('year').where('year', '>=', fromYear).where('year', '<=', toYear).orderBy('year').execute(),
    db
      .selectFrom('holiday_calendar')
      .select([sql<string>`to_char(date, 'YYYY-MM-DD')`.as('date'), 'kind'])
      .where(sql<boolean>`extract(year from date) between ${fromYear} and ${toYear}`)
      .orderBy('date')
      .execute(),
  ]);
  return {
    years: years.map((y) => y.year),
    holidays: days.filter((d) => d.kind === 'HOLIDAY').map((d) => d.date),
    workdays: days.filter((d) => d.kind === 'WORKDAY').map((d) => d.date),
  };
}

export interface CalendarYear {
  year: number;
  source: string | null;
  days: { date: string; kind: 'HOLIDAY' | 'WORKDAY'; name: string }[];
}

export async function calendarYear(db: Db, year: number): Promise<CalendarYear> {
  const [meta, days] = await Promise.all([
    db.selectFrom('holiday_calendar_years').select('source').where('year', '=', year).executeTakeFirst(),
    db
      .selectFrom('holiday_calendar')
      .select([sql<string>`to_char(date, 'YYYY-MM-DD')`.as('date'), 'kind', 'name'])
      .where(sql<boolean>`extract(year from date) = ${year}`)
      .orderBy('date')
      .execute(),
  ]);
  return { year, source: meta?.source ?? null, days: days };
}

/** Replaces one year's official schedule (holidays and make-up working days). */
export async function replaceCalendarYear(db: Db, input: CalendarYear & { source: string }): Promise<CalendarYear> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('holiday_calendar').where(sql<boolean>`extract(year from date) = ${input.year}`).execute();
    if (input.days.length) await trx.insertInto('holiday_calendar').values(input.days).execute();
    await trx
      .insertInto('holiday_calendar_years')
      .values({ year: input.year, source: input.source })
      .onConflict((oc) => oc.column('year').doUpdateSet({ source: input.source }))
      .execute();
  });
  return calendarYear(db, input.year);
}

/** How far past a hazard's start its working-day clocks may reach: the calendar slice it carries. */
const CALENDAR_HORIZON_YEARS = 2;

/**
 * The snapshot a hazard records when it is reported or listed: the rules, the policy's id and
 * version, and the calendar years its clocks can reach, so the workflow and any later replay
 * compute the same due times without reading the database.
 */
export async function resolvePolicySnapshot(db: Db, id: string, fromMs: number, untilMs?: number): Promise<PolicySnapshot | null> {
  const policy = await findPolicy(db, id);
  if (!policy) return null;
  const fromYear = Number(shanghaiDate(fromMs).slice(0, 4));
  const lastMs = Math.max(untilMs ?? fromMs, fromMs);
  const toYear = Number(shanghaiDate(lastMs).slice(0, 4)) + CALENDAR_HORIZON_YEARS - 1;
  const calendar = await loadCalendar(db, fromYear, toYear);
  const missing = missingYears(fromMs, Date.UTC(toYear, 11, 31), calendar);
  return {
    id: policy.id,
    version: policy.version,
    rules: policy.rules,
    calendar,
    warnings: missing.map((y) => `no official holiday schedule for ${y}: working days there count weekends only`),
  };
}
