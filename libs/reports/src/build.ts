import { type HazardState, OPEN_STATUSES, SECTOR_LABELS } from '@hazard/domain';
import { addDays, dayStart, shanghaiDay } from './dates';
import { LEVEL_LABELS, LISTING_LABELS, SOURCE_LABELS, STATUS_LABELS } from './labels';
import {
  type CancelledRow,
  type HazardRow,
  REPORT_FORMAT_1,
  type RectifiedRow,
  type ReportContent,
  type ReportFormat,
  type ReportObligationRef,
  type ReportSignature,
  type ReportingUnitRef,
  type StatisticsRow,
  type UnrectifiedRow,
} from './model';

/** One inspection or supervision sent out: what attachment 3's 检查 figures count (format 2). */
export interface InspectionSent {
  regionCode: string | null;
  /** The enterprise inspected (its credit code); null for a supervision of a district or department. */
  enterpriseCreditCode: string | null;
  persons: number;
  at: string;
}

export interface ReportInput {
  kind: 'DAILY' | 'PERIOD';
  departmentCode: string;
  departmentName: string;
  date: string;
  from: string | null;
  /** Every hazard in the report's scope, as it stood at the cutoff. */
  states: readonly HazardState[];
  regionNames: ReadonlyMap<string, string>;
  /** Region order as the city lists them. */
  regionOrder: readonly string[];
  previousReport: { date: string; contentHash: string; unrectifiedIds: ReadonlySet<string> } | null;
  /** City-wide reports add statistics by sector. */
  bySector: boolean;
  /** The content format to build (a recorded report is rebuilt in its own); format 1 when absent. */
  format?: ReportFormat;
  /** Format 2: who reports, the obligation, the signature block, department names, inspections sent. */
  unit?: ReportingUnitRef;
  obligation?: ReportObligationRef | null;
  signature?: ReportSignature | null;
  departmentNames?: ReadonlyMap<string, string>;
  /** Departments with a unit in each district: a row found by a district caller (or of unknown level) is that unit's. */
  districtUnitDepartments?: ReadonlySet<string>;
  inspections?: readonly InspectionSent[];
  /** The instant the report stands at, when not the start of `date` (a period report submitted before its last day ends). */
  asOf?: string;
}

/** How the remarks name an act on the record (README "The closed loop"). */
const ACT_LABELS: Record<string, string> = { SUPERVISION_LETTER: '督办函', INTERVIEW: '约谈', RAISE_LISTING: '提级挂牌' };

const money = (n: number | null | undefined): string => (n === null || n === undefined ? '' : n.toFixed(2));
const day = (iso: string | null | undefined): string => (iso ? shanghaiDay(iso) : '');
const percent = (part: number, whole: number): string => (whole === 0 ? '—' : `${((part * 100) / whole).toFixed(1)}%`);

/**
 * The three attachments of the notice, from the states at the cutoff. Pure and ordered, so the
 * same states always give the same content (and the same hash).
 */
export function buildReport(input: ReportInput): ReportContent {
  const v2 = (input.format ?? REPORT_FORMAT_1) !== REPORT_FORMAT_1;
  const cutoff = input.asOf ? new Date(input.asOf) : dayStart(input.date);
  const cutoffMs = cutoff.getTime();
  const lastDayStart = dayStart(addDays(input.date, -1)).getTime();
  // Format 2 daily reports count from the obligation's counting period, and carry over what was still open when it began.
  const countingFrom = v2 && input.kind === 'DAILY' ? (input.obligation?.countingFrom ?? null) : input.from;
  const fromMs = countingFrom ? dayStart(countingFrom).getTime() : Number.NEGATIVE_INFINITY;
  const carriedOver = (s: HazardState): boolean =>
    v2 &&
    input.kind === 'DAILY' &&
    Date.parse(s.foundAt) < fromMs &&
    (OPEN_STATUSES.includes(s.status) || (s.rectifiedAt !== null && Date.parse(s.rectifiedAt) >= fromMs) || (s.cancelledAt !== null && Date.parse(s.cancelledAt) >= fromMs));
  const regionRank = new Map(input.regionOrder.map((code, i) => [code, i]));
  const population = input.states
    .filter((s) => Date.parse(s.foundAt) < cutoffMs && (Date.parse(s.foundAt) >= fromMs || carriedOver(s)))
    .sort(
      (a, b) =>
        (regionRank.get(a.regionCode) ?? 999) - (regionRank.get(b.regionCode) ?? 999) ||
        a.foundAt.localeCompare(b.foundAt) ||
        a.code.localeCompare(b.code),
    );

  const identity = (s: HazardState, seq: number): HazardRow => ({
    seq,
    hazardId: s.id,
    code: s.code,
    region: input.regionNames.get(s.regionCode) ?? s.regionCode,
    sector: SECTOR_LABELS[s.sector],
    enterpriseName: s.enterpriseName,
    creditCode: s.enterpriseCreditCode ?? '',
    description: s.title === s.description ? s.description : `${s.title}：${s.description}`,
    judgementBasis: s.judgementBasis ?? '',
    level: LEVEL_LABELS[s.level],
    source: SOURCE_LABELS[s.source],
    foundDate: day(s.foundAt),
    listing: s.listing ? [LISTING_LABELS[s.listing.listingLevel], s.listing.documentNumber].filter(Boolean).join('/') : '未挂牌',
    supervisingUnit: s.listing?.supervisingUnit ?? '',
    responsible: s.plan ? `${s.plan.responsibleUnit}/${s.plan.responsiblePerson}` : '',
    measures: s.plan?.measures ?? '',
    funding: money(s.plan?.fundingAmount),
    deadline: day(s.deadline),
    ...(v2
      ? {
          reportingUnit: reportingUnitOf(s),
          supervisingDepartment: input.departmentNames?.get(s.departmentCode) ?? s.departmentCode,
          remarks: remarksOf(s),
        }
      : {}),
  });
  const unitName = (regionCode: string): string => {
    const name = input.departmentNames?.get(input.departmentCode) ?? input.departmentName;
    return `${input.regionNames.get(regionCode) ?? regionCode}${name.replace(/^市/, '')}`;
  };
  /** Who reported the row: the city department for its own findings, else the district unit of the hazard's region. */
  const reportingUnitOf = (s: HazardState): string => {
    if (input.unit?.tier === 'DISTRICT') return input.unit.name;
    const cityName = input.unit?.name ?? input.departmentName;
    const districtUnits = input.districtUnitDepartments?.has(s.departmentCode) ?? false;
    if (s.reportedBy.level === 'CITY' || !districtUnits) return input.unit ? cityName : (input.departmentNames?.get(s.departmentCode) ?? s.departmentCode);
    const departmentName = input.departmentNames?.get(s.departmentCode) ?? s.departmentCode;
    return input.unit && input.unit.departmentCode === s.departmentCode
      ? unitName(s.regionCode)
      : `${input.regionNames.get(s.regionCode) ?? s.regionCode}${departmentName.replace(/^市/, '')}`;
  };
  const remarksOf = (s: HazardState): string =>
    [
      carriedOver(s) ? `上期结转（${day(s.foundAt).slice(0, 4)}年发现）` : '',
      s.pendingVerification ? '整改已提交，待验收' : '',
      s.extensionRequest ? '已申请延期' : '',
      ...(s.acts ?? []).filter((a) => Date.parse(a.at) < cutoffMs).map((a) => `${ACT_LABELS[a.act]}：${a.reference}（${day(a.at)}）`),
      ...(s.requiredActs ?? []).filter((r) => r.overdueAt && Date.parse(r.overdueAt) < cutoffMs && !r.doneAt).map((r) => `应${ACT_LABELS[r.act]}逾期未办`),
    ]
      .filter(Boolean)
      .join('；');

  const open = population.filter((s) => OPEN_STATUSES.includes(s.status));
  const attachment1: UnrectifiedRow[] = open.map((s, i) => ({
    ...identity(s, i + 1),
    suspension:
      s.status === 'SUSPENDED' && s.suspension
        ? `${s.suspension.scope === 'FULL' ? '全部' : '局部'}停产停工/${s.suspension.monitors.map((m) => m.name).join('、')}`
        : '否',
    status: s.pendingVerification ? `${STATUS_LABELS[s.status]}（待验收）` : STATUS_LABELS[s.status],
    overdue: s.deadline && Date.parse(s.deadline) < cutoffMs ? '是' : '否',
  }));

  const rectified = population.filter((s) => s.status === 'RECTIFIED');
  const attachment2: RectifiedRow[] = rectified.map((s, i) => ({
    ...identity(s, i + 1),
    completedDate: day(s.submission?.submittedAt),
    verification: [s.verifiedBy?.name, day(s.rectifiedAt)].filter(Boolean).join('/'),
    closedDate: day(s.rectifiedAt),
    newlyRectified: input.previousReport?.unrectifiedIds.has(s.id) ?? false,
  }));

  const cancelled: CancelledRow[] = population
    .filter((s) => s.status === 'CANCELLED' && s.cancelledAt !== null && Date.parse(s.cancelledAt) < cutoffMs)
    .map((s, i) => ({ ...identity(s, i + 1), cancelledDate: day(s.cancelledAt), cancelledBy: '', reason: s.cancelReason ?? '' }));

  const inspections = (input.inspections ?? []).filter((x) => Date.parse(x.at) >= fromMs && Date.parse(x.at) < cutoffMs);
  const stats = (label: string, subset: readonly HazardState[], regionCode?: string): StatisticsRow => {
    const rect = subset.filter((s) => s.status === 'RECTIFIED');
    const cancelled = subset.filter((s) => s.status === 'CANCELLED').length;
    const openHere = subset.filter((s) => OPEN_STATUSES.includes(s.status));
    const onTime = rect.filter((s) => !s.deadline || (s.rectifiedAt !== null && s.rectifiedAt <= s.deadline)).length;
    const actions = subset.flatMap((s) => s.enforcement.filter((a) => Date.parse(a.at) < cutoffMs));
    const fines = actions.filter((a) => a.kind === 'FINE');
    const listed = subset.filter((s) => s.listing);
    return {
      label,
      foundGeneral: subset.filter((s) => s.level === 'GENERAL').length,
      foundMajor: subset.filter((s) => s.level === 'MAJOR').length,
      bySelfInspection: subset.filter((s) => s.source === 'ENTERPRISE_SELF_INSPECTION').length,
      byDepartment: subset.filter((s) => s.source === 'DEPARTMENT_INSPECTION' || s.source === 'SUPERVISION_CHECK').length,
      byCovert: subset.filter((s) => s.source === 'COVERT_INSPECTION').length,
      byOther: subset.filter((s) => s.source === 'PUBLIC_REPORT').length,
      rectifiedGeneral: rect.filter((s) => s.level === 'GENERAL').length,
      rectifiedMajor: rect.filter((s) => s.level === 'MAJOR').length,
      rectificationRate: percent(rect.length, subset.length - cancelled),
      onTimeRate: percent(onTime, rect.length),
      openNotDue: openHere.filter((s) => !s.deadline || Date.parse(s.deadline) >= cutoffMs).length,
      openOverdue: openHere.filter((s) => s.deadline && Date.parse(s.deadline) < cutoffMs).length,
      listedCounty: listed.filter((s) => s.listing?.listingLevel === 'COUNTY').length,
      listedCity: listed.filter((s) => s.listing?.listingLevel === 'CITY').length,
      listedProvince: listed.filter((s) => s.listing?.listingLevel === 'PROVINCE').length,
      listedClosed: listed.filter((s) => s.status === 'RECTIFIED').length,
      suspended: subset.filter((s) => s.status === 'SUSPENDED').length,
      suspendedWithMonitors: subset.filter((s) => s.status === 'SUSPENDED' && (s.suspension?.monitors.length ?? 0) > 0).length,
      fines: fines.length,
      fineAmount: Math.round(fines.reduce((sum, a) => sum + (a.amount ?? 0), 0) * 100) / 100,
      suspensionsForRectification: actions.filter((a) => a.kind === 'SUSPENSION_FOR_RECTIFICATION').length,
      closures: actions.filter((a) => a.kind === 'CLOSURE').length,
      newToday: subset.filter((s) => Date.parse(s.foundAt) >= lastDayStart).length,
      closedToday: rect.filter((s) => s.rectifiedAt !== null && Date.parse(s.rectifiedAt) >= lastDayStart).length,
      cumulative: subset.length,
      ...(v2 ? extraFigures(subset, regionCode) : {}),
    };
  };
  function extraFigures(subset: readonly HazardState[], regionCode: string | undefined): Partial<StatisticsRow> {
    const live = subset.filter((s) => s.status !== 'CANCELLED');
    const rectifiedOf = (level: string) => live.filter((s) => s.level === level && s.status === 'RECTIFIED').length;
    const countOf = (level: string) => live.filter((s) => s.level === level).length;
    const sent = regionCode === undefined ? inspections : inspections.filter((x) => x.regionCode === regionCode);
    const funding = subset.filter((s) => s.level === 'MAJOR' && s.plan).reduce((sum, s) => sum + (s.plan?.fundingAmount ?? 0), 0);
    return {
      generalRectificationRate: percent(rectifiedOf('GENERAL'), countOf('GENERAL')),
      majorRectificationRate: percent(rectifiedOf('MAJOR'), countOf('MAJOR')),
      majorWithPlan: subset.filter((s) => s.level === 'MAJOR' && s.plan).length,
      fundingInPlace: (funding / 10_000).toFixed(2),
      enterprisesTookPart: new Set(subset.map((s) => s.enterpriseCreditCode ?? s.enterpriseName)).size,
      enterprisesChecked: new Set(sent.filter((x) => x.enterpriseCreditCode).map((x) => x.enterpriseCreditCode)).size,
      inspectionTeams: sent.length,
      personTimes: sent.reduce((sum, x) => sum + x.persons, 0),
    };
  }

  const regionCodes = [...input.regionOrder, ...[...new Set(population.map((s) => s.regionCode))].filter((c) => !regionRank.has(c)).sort()];
  const sectors = [...new Set(population.map((s) => s.sector))].sort();
  return {
    format: input.format ?? REPORT_FORMAT_1,
    kind: input.kind,
    departmentCode: input.departmentCode,
    departmentName: input.departmentName,
    date: input.date,
    from: input.from,
    to: addDays(input.date, -1),
    cutoff: cutoff.toISOString(),
    previousReport: input.previousReport ? { date: input.previousReport.date, contentHash: input.previousReport.contentHash } : null,
    attachment1,
    attachment2,
    attachment3: {
      byRegion: regionCodes.map((code) => stats(input.regionNames.get(code) ?? code, population.filter((s) => s.regionCode === code), code)),
      bySector: input.bySector ? sectors.map((sector) => stats(SECTOR_LABELS[sector], population.filter((s) => s.sector === sector))) : [],
      total: stats('合计', population),
    },
    ...(v2 ? { unit: input.unit, obligation: input.obligation ?? null, signature: input.signature ?? null, cancelled } : {}),
  };
}
