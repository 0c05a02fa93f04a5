import { canonicalize } from 'json-canonicalize';
import { createHash } from 'node:crypto';

import { type HazardEvent, type HazardState, evolve } from '@hazard/domain';
import type { ExpressionBuilder } from 'kysely';
import { type Database, type Db, toStoredEvent } from '@hazard/event-store';
import { listDepartments, listRegions } from '@hazard/administration';
import { buildReport } from './build';
import { addDays, dayStart } from './dates';
import type { ReportContent } from './model';

/** The whole city: every sector, every department; statistics by sector as well. */
export const CITY_WIDE = 'ALL';

export interface ReportScope {
  departmentCode: string;
  departmentName: string;
  sectors: string[];
}

export async function reportScope(db: Db, departmentCode: string): Promise<ReportScope | null> {
  if (departmentCode === CITY_WIDE) return { departmentCode, departmentName: '全市', sectors: [] };
  const department = (await listDepartments(db)).find((d) => d.code === departmentCode);
  return department ? { departmentCode, departmentName: department.name, sectors: department.sectors } : null;
}

/**
 * A hazard whose last event was recorded this long before the cutoff stands in the read model as it stood
 * at the cutoff. The margin covers events whose recorded time is not in version order (a clock stepped
 * back); such a hazard is folded from its events instead.
 */
const SETTLED_BEFORE_CUTOFF_MS = 60_000;

/**
 * Every hazard of the scope as it stood at the cutoff. Hazards untouched since the cutoff (their last
 * event recorded before it: the read model's `updated_at`) are read from the read model, which holds the
 * fold of exactly those events; the others (changed since, or reported after) are folded from the events
 * recorded before the cutoff, with the same evolve the workflow uses. A department's scope is its
 * sectors, plus hazards assigned to it.
 */
export async function statesAsOf(db: Db, scope: ReportScope, cutoff: Date): Promise<HazardState[]> {
  const settled = new Date(cutoff.getTime() - SETTLED_BEFORE_CUTOFF_MS);
  const inScope = (eb: ExpressionBuilder<Database, 'hazards'>) =>
    scope.departmentCode === CITY_WIDE
      ? eb.val(true)
      : eb.or([...(scope.sectors.length ? [eb('sector', 'in', scope.sectors)] : []), eb('department_code', '=', scope.departmentCode)]);
  const [unchanged, rows] = await Promise.all([
    db.selectFrom('hazards').select('state').where(inScope).where('updated_at', '<', settled).execute(),
    db
      .selectFrom('events')
      .selectAll()
      .where('stream_id', 'in', db.selectFrom('hazards').select('stream_id').where(inScope).where('updated_at', '>=', settled))
      .where('recorded_at', '<', cutoff)
      .orderBy('stream_id')
      .orderBy('version')
      .execute(),
  ]);
  const states: HazardState[] = unchanged.map((r) => r.state);
  let current: HazardState | null = null;
  let stream: string | null = null;
  for (const row of rows) {
    if (row.stream_id !== stream) {
      if (current) states.push(current);
      current = null;
      stream = row.stream_id;
    }
    current = evolve(current, toStoredEvent(row) as unknown as HazardEvent);
  }
  if (current) states.push(current);
  return states;
}

export interface PreviousReport {
  date: string;
  contentHash: string;
  unrectifiedIds: Set<string>;
}

/** The latest report of the department submitted for a day before `date`: its attachment 1 decides the red rows. */
export async function previousSubmittedReport(db: Db, departmentCode: string, date: string): Promise<PreviousReport | null> {
  const row = await db
    .selectFrom('daily_reports')
    .select(['report_date', 'content', 'content_hash'])
    .where('department_code', '=', departmentCode)
    .where('status', '=', 'SUBMITTED')
    .where('report_date', '<', date)
    .orderBy('report_date', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const content = JSON.parse(row.content) as ReportContent;
  return { date: row.report_date, contentHash: row.content_hash, unrectifiedIds: new Set(content.attachment1.map((r) => r.hazardId)) };
}

async function build(db: Db, scope: ReportScope, kind: 'DAILY' | 'PERIOD', date: string, from: string | null): Promise<ReportContent> {
  const [regions, states, previous] = await Promise.all([
    listRegions(db),
    statesAsOf(db, scope, dayStart(date)),
    kind === 'DAILY' ? previousSubmittedReport(db, scope.departmentCode, date) : Promise.resolve(null),
  ]);
  return buildReport({
    kind,
    departmentCode: scope.departmentCode,
    departmentName: scope.departmentName,
    date,
    from,
    states,
    regionNames: new Map(regions.map((r) => [r.code, r.name])),
    regionOrder: regions.map((r) => r.code),
    previousReport: previous,
    bySector: scope.departmentCode === CITY_WIDE,
  });
}

/** The daily report for day D: everything found before D, as of the end of D − 1 (Asia/Shanghai). */
export const generateDailyReport = (db: Db, scope: ReportScope, date: string) => build(db, scope, 'DAILY', date, null);

/** A period report: hazards found from `from` to `to` inclusive, as of the end of `to`. */
export const generatePeriodReport = (db: Db, scope: ReportScope, from: string, to: string) => build(db, scope, 'PERIOD', addDays(to, 1), from);

/** The exact text that is hashed and kept: RFC 8785 JSON. */
export const reportText = (content: ReportContent): string => canonicalize(content);
export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

