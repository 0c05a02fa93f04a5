import { canonicalize } from 'json-canonicalize';
import { createHash } from 'node:crypto';

import { type HazardEvent, type HazardState, evolve } from '@hazard/domain';
import type { ExpressionBuilder } from 'kysely';
import { type Database, type Db, toStoredEvent } from '@hazard/event-store';
import { type Department, departmentsAsOf, listDepartments, listRegions } from '@hazard/administration';
import { type InspectionSent, buildReport } from './build';
import { addDays, dayStart } from './dates';
import { CURRENT_REPORT_FORMAT, REPORT_FORMAT_1, type ReportContent, type ReportFormat, type ReportObligationRef, type ReportSignature } from './model';

/** The whole city: every sector, every department; statistics by sector as well. */
export const CITY_WIDE = 'ALL';

/** Who reports: a department at the city (regionCode null) or in one district; ALL is the office's city-wide view. */
export interface ReportScope {
  departmentCode: string;
  departmentName: string;
  sectors: string[];
  /** The district of a district unit; null for the city unit (README "The reporting chain"). */
  regionCode?: string | null;
  regionName?: string | null;
  /** Whether the department has a unit in each district. */
  hasDistrictUnits?: boolean;
}

/** The unit's name: the department's at the city, 大洼区应急管理局 for its unit in a district. */
export const unitName = (scope: Pick<ReportScope, 'departmentName' | 'regionName'>): string =>
  scope.regionName ? `${scope.regionName}${scope.departmentName.replace(/^市/, '')}` : scope.departmentName;

/**
 * The reporting units as they stood at `at` (a report names each unit as it was at its cutoff, README "Reporting
 * units"); a unit added since is taken as it is now.
 */
export async function unitsAt(db: Db, at: Date): Promise<Department[]> {
  const [then, now] = await Promise.all([departmentsAsOf(db, at), listDepartments(db)]);
  const known = new Set(then.map((d) => d.code));
  return [...then, ...now.filter((d) => !known.has(d.code))];
}

/** The unit of a department (and district) whose report stands at `at` (by default the department as it is now). */
export async function reportScope(db: Db, departmentCode: string, regionCode: string | null = null, at?: Date): Promise<ReportScope | null> {
  if (departmentCode === CITY_WIDE) return regionCode ? null : { departmentCode, departmentName: '全市', sectors: [], regionCode: null, regionName: null, hasDistrictUnits: false };
  const department = (at ? await unitsAt(db, at) : await listDepartments(db)).find((d) => d.code === departmentCode);
  if (!department) return null;
  const { hasDistrictUnits } = department;
  let regionName: string | null = null;
  if (regionCode) {
    if (!hasDistrictUnits) return null;
    const region = (await listRegions(db)).find((r) => r.code === regionCode);
    if (!region) return null;
    regionName = region.name;
  }
  return { departmentCode, departmentName: department.name, sectors: department.sectors, regionCode, regionName, hasDistrictUnits };
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
  const field = (eb: ExpressionBuilder<Database, 'hazards'>) =>
    scope.departmentCode === CITY_WIDE
      ? eb.val(true)
      : eb.or([...(scope.sectors.length ? [eb('sector', 'in', scope.sectors)] : []), eb('department_code', '=', scope.departmentCode)]);
  const inScope = (eb: ExpressionBuilder<Database, 'hazards'>) => (scope.regionCode ? eb.and([field(eb), eb('region_code', '=', scope.regionCode)]) : field(eb));
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

/** The latest daily report of the same unit submitted for a day before `date`: its attachment 1 decides the red rows. */
export async function previousSubmittedReport(db: Db, departmentCode: string, date: string, regionCode: string | null = null): Promise<PreviousReport | null> {
  const row = await db
    .selectFrom('daily_reports')
    .select(['report_date', 'content', 'content_hash'])
    .where('department_code', '=', departmentCode)
    .where('region_code', '=', regionCode ?? '*')
    .where('kind', '=', 'DAILY')
    .where('status', '=', 'SUBMITTED')
    .where('report_date', '<', date)
    .orderBy('report_date', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const content = JSON.parse(row.content) as ReportContent;
  return { date: row.report_date, contentHash: row.content_hash, unrectifiedIds: new Set(content.attachment1.map((r) => r.hazardId)) };
}

/** Inspections of enterprises and supervisions sent in the scope before the cutoff (attachment 3's 检查 figures). */
async function inspectionsSent(db: Db, scope: ReportScope, cutoff: Date): Promise<InspectionSent[]> {
  let q = db.selectFrom('oversight_records').select(['kind', 'region_code', 'department_code', 'enterprise_credit_code', 'opened_at', 'state']).where('opened_at', '<', cutoff);
  if (scope.departmentCode !== CITY_WIDE) q = q.where('department_code', '=', scope.departmentCode);
  if (scope.regionCode) q = q.where('region_code', '=', scope.regionCode);
  const rows = await q.execute();
  return rows
    .filter((r) => r.kind === 'INSPECTION' || r.kind === 'SUPERVISION')
    .map((r) => {
      const state = r.state as { kind: string; inspectors?: unknown[]; leader?: string | null };
      return {
        regionCode: r.region_code,
        enterpriseCreditCode: r.kind === 'INSPECTION' ? r.enterprise_credit_code : null,
        persons: state.kind === 'INSPECTION' ? (state.inspectors?.length ?? 0) : state.leader ? 1 : 0,
        at: new Date(r.opened_at).toISOString(),
      };
    });
}

/** What a report is, besides its unit: kind and day, the format to build, and (format 2) its obligation and signature. */
export interface ReportRequest {
  kind: 'DAILY' | 'PERIOD';
  /** The report's day D; for a period report the day after the period. */
  date: string;
  /** A period report's first day. */
  from?: string | null;
  /** The format to build in: a recorded report is rebuilt in its own; new ones in CURRENT_REPORT_FORMAT. */
  format?: ReportFormat;
  obligation?: ReportObligationRef | null;
  signature?: ReportSignature | null;
  /** The instant a period report stands at when it was submitted before its last day ended. */
  asOf?: string | null;
}

/** Builds a report's content from the events as they stood at its cutoff. */
export async function generateReport(db: Db, unit: ReportScope, request: ReportRequest): Promise<ReportContent> {
  const format = request.format ?? CURRENT_REPORT_FORMAT;
  const v2 = format !== REPORT_FORMAT_1;
  const cutoff = request.asOf ? new Date(request.asOf) : dayStart(request.date);
  // Format 2 names the unit and reads its field as they stood at the cutoff: a later rename or change of sectors leaves the report as it was.
  const departments = v2 ? await unitsAt(db, cutoff) : [];
  const then = departments.find((d) => d.code === unit.departmentCode);
  const scope: ReportScope = then ? { ...unit, departmentName: then.name, sectors: then.sectors } : unit;
  const [regions, states, previous, inspections] = await Promise.all([
    listRegions(db),
    statesAsOf(db, scope, cutoff),
    request.kind === 'DAILY' ? previousSubmittedReport(db, scope.departmentCode, request.date, v2 ? (scope.regionCode ?? null) : null) : Promise.resolve(null),
    v2 ? inspectionsSent(db, scope, cutoff) : Promise.resolve([]),
  ]);
  const regionOrder = scope.regionCode ? [scope.regionCode] : regions.map((r) => r.code);
  return buildReport({
    kind: request.kind,
    departmentCode: scope.departmentCode,
    departmentName: scope.departmentName,
    date: request.date,
    from: request.from ?? null,
    states,
    regionNames: new Map(regions.map((r) => [r.code, r.name])),
    regionOrder,
    previousReport: previous,
    bySector: scope.departmentCode === CITY_WIDE,
    format,
    ...(v2
      ? {
          unit: {
            departmentCode: scope.departmentCode,
            departmentName: scope.departmentName,
            regionCode: scope.regionCode ?? null,
            regionName: scope.regionName ?? null,
            name: unitName(scope),
            tier: scope.regionCode ? ('DISTRICT' as const) : ('CITY' as const),
          },
          obligation: request.obligation ?? null,
          signature: request.signature ?? null,
          departmentNames: new Map(departments.map((d) => [d.code, d.name])),
          districtUnitDepartments: new Set(departments.filter((d) => d.hasDistrictUnits).map((d) => d.code)),
          inspections,
          ...(request.asOf ? { asOf: cutoff.toISOString() } : {}),
        }
      : {}),
  });
}

/** The daily report for day D: as of the end of D − 1 (Asia/Shanghai). Without a format: format 1 (the first reports). */
export const generateDailyReport = (db: Db, scope: ReportScope, date: string, request: Omit<ReportRequest, 'kind' | 'date'> = { format: REPORT_FORMAT_1 }) =>
  generateReport(db, scope, { ...request, kind: 'DAILY', date });

/** A period report: hazards found from `from` to `to` inclusive, as of the end of `to`. */
export const generatePeriodReport = (db: Db, scope: ReportScope, from: string, to: string, request: Omit<ReportRequest, 'kind' | 'date' | 'from'> = { format: REPORT_FORMAT_1 }) =>
  generateReport(db, scope, { ...request, kind: 'PERIOD', date: addDays(to, 1), from });

/** The exact text that is hashed and kept: RFC 8785 JSON. */
export const reportText = (content: ReportContent): string => canonicalize(content);
export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

