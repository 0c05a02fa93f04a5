/**
 * The content of a report: what is hashed, frozen when submitted, and rendered to XLSX and CSV. Its format is
 * recorded in it: a report is regenerated with the format it was recorded in, so each format's content is
 * frozen (docs/reports.md, "Formats"). Format 1: the three attachments as first built. Format 2 (the reporting
 * chain, docs/reporting-chain.md): the reporting unit and its tier, the obligation that set the cutoff, the
 * counting period, the signature block, who reported each row, remarks, cancelled hazards, and more figures.
 */
export const REPORT_FORMAT_1 = 'hazard-report/1';
export const REPORT_FORMAT_2 = 'hazard-report/2';
export type ReportFormat = typeof REPORT_FORMAT_1 | typeof REPORT_FORMAT_2;
export const REPORT_FORMATS: readonly ReportFormat[] = [REPORT_FORMAT_1, REPORT_FORMAT_2];
/** What new drafts and submissions are built in. */
export const CURRENT_REPORT_FORMAT: ReportFormat = REPORT_FORMAT_2;

export interface HazardRow {
  seq: number;
  hazardId: string;
  code: string;
  region: string;
  sector: string;
  enterpriseName: string;
  creditCode: string;
  description: string;
  judgementBasis: string;
  level: string;
  source: string;
  foundDate: string;
  listing: string;
  supervisingUnit: string;
  responsible: string;
  measures: string;
  funding: string;
  deadline: string;
  /** Format 2: the unit that reported the row (大洼区应急管理局 for a district's finding, 市应急管理局 for the city's own). */
  reportingUnit?: string;
  /** Format 2: the department that supervises the hazard. */
  supervisingDepartment?: string;
  /** Format 2: 备注 (carried over from an earlier counting period, pending acceptance, …); empty when nothing to say. */
  remarks?: string;
}

export interface UnrectifiedRow extends HazardRow {
  suspension: string;
  status: string;
  overdue: string;
}

export interface RectifiedRow extends HazardRow {
  completedDate: string;
  verification: string;
  closedDate: string;
  /** Red: on attachment 1 of this department's previous submitted report, rectified now. */
  newlyRectified: boolean;
}

/** Format 2: a hazard cancelled in the counting period, listed with the reason instead of vanishing. */
export interface CancelledRow extends HazardRow {
  cancelledDate: string;
  cancelledBy: string;
  reason: string;
}

export interface StatisticsRow {
  label: string;
  foundGeneral: number;
  foundMajor: number;
  bySelfInspection: number;
  byDepartment: number;
  byCovert: number;
  byOther: number;
  rectifiedGeneral: number;
  rectifiedMajor: number;
  /** Percent with one decimal, as text ("83.3%"), or "—" when nothing could be rectified. */
  rectificationRate: string;
  onTimeRate: string;
  openNotDue: number;
  openOverdue: number;
  listedCounty: number;
  listedCity: number;
  listedProvince: number;
  listedClosed: number;
  suspended: number;
  suspendedWithMonitors: number;
  fines: number;
  fineAmount: number;
  suspensionsForRectification: number;
  closures: number;
  newToday: number;
  closedToday: number;
  cumulative: number;
  /** Format 2: the rates of general and of major hazards apart ("83.3%", "—"). */
  generalRectificationRate?: string;
  majorRectificationRate?: string;
  /** Format 2: major hazards with a governance plan (五落实) and the plans' funding in place, 万元 with two decimals. */
  majorWithPlan?: number;
  fundingInPlace?: string;
  /** Format 2: enterprises with a hazard found in the period (排查治理的生产经营单位数). */
  enterprisesTookPart?: number;
  /** Format 2: enterprises inspected, inspection teams and person-times sent (recorded inspections and supervisions). */
  enterprisesChecked?: number;
  inspectionTeams?: number;
  personTimes?: number;
}

/** Format 2: who reports: a department at the city (the department itself) or in one district. */
export interface ReportingUnitRef {
  departmentCode: string;
  departmentName: string;
  /** The district's code; null for the city unit. */
  regionCode: string | null;
  regionName: string | null;
  /** 市应急管理局, 大洼区应急管理局. */
  name: string;
  tier: 'CITY' | 'DISTRICT';
}

/** Format 2: the signature block of each sheet, given when the report is submitted. */
export interface ReportSignature {
  filledBy: string;
  phone: string;
  reviewer: string;
  /** The date written on the sheets (YYYY-MM-DD). */
  signedOn: string;
}

/** Format 2: the reporting obligation (a notice, at one version) that set the report's due time and counting period. */
export interface ReportObligationRef {
  id: string;
  version: number;
  documentNumber: string;
  /** The first day of the counting period: the lists hold hazards found from it (open ones found earlier are carried over). */
  countingFrom: string;
  dueAt: string;
}

export interface ReportContent {
  format: ReportFormat;
  kind: 'DAILY' | 'PERIOD';
  departmentCode: string;
  departmentName: string;
  /** The report's day D: its cutoff is the start of D. For a period report, the day after the period. */
  date: string;
  /** Period reports: the first day; daily reports cover everything found before the cutoff. */
  from: string | null;
  /** The last day covered (D − 1). */
  to: string;
  /** The state as of this instant (end of D−1, Asia/Shanghai). */
  cutoff: string;
  /** The submitted report whose attachment 1 decides the red rows. */
  previousReport: { date: string; contentHash: string } | null;
  attachment1: UnrectifiedRow[];
  attachment2: RectifiedRow[];
  attachment3: { byRegion: StatisticsRow[]; bySector: StatisticsRow[]; total: StatisticsRow };
  /** Format 2. */
  unit?: ReportingUnitRef;
  obligation?: ReportObligationRef | null;
  /** Format 2: null in a draft; the submitter's signature block once submitted. */
  signature?: ReportSignature | null;
  /** Format 2: hazards cancelled in the counting period, with the reason. */
  cancelled?: CancelledRow[];
}
