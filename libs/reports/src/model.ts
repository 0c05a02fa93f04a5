/** The content of a report: what is hashed, frozen when submitted, and rendered to XLSX and CSV. */
export const REPORT_FORMAT = 'hazard-report/1';

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
}

export interface ReportContent {
  format: typeof REPORT_FORMAT;
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
}
