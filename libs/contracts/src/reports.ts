import { defineQuery, defineUpdate } from '@temporalio/workflow';

/** A department's daily report as its workflow knows it. */
export interface ReportSummary {
  departmentCode: string;
  date: string;
  status: 'DRAFT' | 'SUBMITTED';
  contentHash: string;
  xlsxSha256: string;
  submittedAt: string | null;
  late: boolean;
}

export interface DailyReportInput {
  departmentCode: string;
  /** The report's day D (Asia/Shanghai): it covers the state as of the end of D − 1. */
  date: string;
  /** Submission deadline on D (the schedule's; tests set it sooner). */
  dueAt: string;
  /** How long a late submission is still taken after the escalation. */
  lateFor?: string;
}

/** One department's report for one day (`workflows/daily-report.workflow.ts`), as a client starts it. */
export type DailyReportWorkflow = (input: DailyReportInput) => Promise<ReportSummary | null>;

export const submitDailyReportUpdate = defineUpdate<ReportSummary, [{ by: { sub: string; name: string } }]>('submitDailyReport');
export const dailyReportStatusQuery = defineQuery<{ submitted: ReportSummary | null; escalated: boolean }>('status');

export const dailyReportWorkflowId = (departmentCode: string, date: string): string => `daily-report-${departmentCode}-${date}`;
