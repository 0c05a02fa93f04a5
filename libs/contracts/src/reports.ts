import { defineQuery, defineUpdate } from '@temporalio/workflow';

/** A unit's report as its workflow knows it. */
export interface ReportSummary {
  departmentCode: string;
  regionCode: string | null;
  date: string;
  status: 'DRAFT' | 'SUBMITTED';
  contentHash: string;
  xlsxSha256: string;
  submittedAt: string | null;
  late: boolean;
}

/** One unit's duty to report (README "The reporting chain"): which report, when due, under which obligation version. */
export interface ReportDuty {
  kind: 'DAILY' | 'PERIOD';
  departmentCode: string;
  /** The district of a district unit; null (or absent, in workflows started before the chain) for the city unit. */
  regionCode?: string | null;
  /** The report's day D (Asia/Shanghai): it covers the state as of the end of D − 1. For a period report, the day after the period. */
  date: string;
  /** A period report's first day. */
  periodFrom?: string | null;
  /** Submission deadline (the obligation's cutoff for the unit's tier; tests set it sooner). */
  dueAt: string;
  /** When a unit that has not submitted is reminded; none when absent. */
  remindAt?: string | null;
  obligationId?: string | null;
  obligationVersion?: number | null;
}

export interface DailyReportInput extends Omit<ReportDuty, 'kind'> {
  /** DAILY when absent (workflows started before the chain). */
  kind?: ReportDuty['kind'];
  /** How long a late submission is still taken after the alarm. */
  lateFor?: string;
}

/** The signature block a submitter gives (format 2 reports). */
export interface SubmittedSignature {
  filledBy: string;
  phone: string;
  reviewer: string;
  signedOn: string;
}

export interface SubmitReportRequest {
  by: { sub: string; name: string };
  signature?: SubmittedSignature | null;
}

/** What an alarm activity wrote, and whether a webhook subscription wants it. */
export interface DutyAlarm {
  eventIds: string[];
  notify: boolean;
}

/** One unit's report for one day or period (`workflows/daily-report.workflow.ts`), as a client starts it. */
export type DailyReportWorkflow = (input: DailyReportInput) => Promise<ReportSummary | null>;

export const submitDailyReportUpdate = defineUpdate<ReportSummary, [SubmitReportRequest]>('submitDailyReport');
export const dailyReportStatusQuery = defineQuery<{ submitted: ReportSummary | null; escalated: boolean; reminded: boolean }>('status');

/**
 * `daily-report-EMERGENCY-2026-12-03` (the city unit: the id reports had before the chain),
 * `daily-report-EMERGENCY-211104-2026-12-03` (a district unit), `period-report-EMERGENCY-CITY-2023-03-01`.
 */
export const dailyReportWorkflowId = (departmentCode: string, date: string, regionCode: string | null = null, kind: 'DAILY' | 'PERIOD' = 'DAILY'): string =>
  kind === 'PERIOD' ? `period-report-${departmentCode}-${regionCode ?? 'CITY'}-${date}` : regionCode ? `daily-report-${departmentCode}-${regionCode}-${date}` : `daily-report-${departmentCode}-${date}`;
