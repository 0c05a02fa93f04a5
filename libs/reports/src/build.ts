import { type HazardState, OPEN_STATUSES, SECTOR_LABELS } from '@hazard/domain';
import { addDays, dayStart, shanghaiDay } from './dates';
import { LEVEL_LABELS, LISTING_LABELS, SOURCE_LABELS, STATUS_LABELS } from './labels';
import { type HazardRow, REPORT_FORMAT, type RectifiedRow, type ReportContent, type StatisticsRow, type UnrectifiedRow } from './model';

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
}

const money = (n: number | null | undefined): string => (n === null || n === undefined ? '' : n.toFixed(2));
const day = (iso: string | null | undefined): string => (iso ? shanghaiDay(iso) : '');
const percent = (part: number, whole: number): string => (whole === 0 ? '—' : `${((part * 100) / whole).toFixed(1)}%`);

/**
 * The three attachments of the notice, from the states at the cutoff. Pure and ordered, so the
 * same states always give the same content (and the same hash).
 */
export function buildReport(input: ReportInput): ReportContent {
  const cutoff = dayStart(input.date);
  const cutoffMs = cutoff.getTime();
  const lastDayStart = dayStart(addDays(input.date, -1)).getTime();
  const fromMs = input.from ? dayStart(input.from).getTime() : Number.NEGATIVE_INFINITY;
  const regionRank = new Map(input.regionOrder.map((code, i) => [code, i]));
  const population = input.states
    .filter((s) => Date.parse(s.foundAt) >= fromMs && Date.parse(s.foundAt) < cutoffMs)
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
  });

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

  const stats = (label: string, subset: readonly HazardState[]): StatisticsRow => {
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
    };
  };

  const regionCodes = [...input.regionOrder, ...[...new Set(population.map((s) => s.regionCode))].filter((c) => !regionRank.has(c)).sort()];
  const sectors = [...new Set(population.map((s) => s.sector))].sort();
  return {
    format: REPORT_FORMAT,
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
      byRegion: regionCodes.map((code) => stats(input.regionNames.get(code) ?? code, population.filter((s) => s.regionCode === code))),
      bySector: input.bySector ? sectors.map((sector) => stats(SECTOR_LABELS[sector], population.filter((s) => s.sector === sector))) : [],
      total: stats('合计', population),
    },
  };
}
