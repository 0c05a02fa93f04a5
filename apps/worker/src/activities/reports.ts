import { ApplicationFailure, Context } from '@temporalio/activity';
import type { ReportActivities, ReportSummary } from '@hazard/contracts';
import type { Db } from '@hazard/event-store';
import { listDepartments } from '@hazard/administration';
import { type StoredReport, draftReport, markEscalated, reportScope, submitReport } from '@hazard/reports';

const summary = (r: StoredReport): ReportSummary => ({
  departmentCode: r.departmentCode,
  date: r.date,
  status: r.status,
  contentHash: r.contentHash,
  xlsxSha256: r.xlsxSha256,
  submittedAt: r.submittedAt,
  late: r.late,
});

/** The daily report workflows' activities: draft, submit, escalate. */
export function reportActivities({ db }: { db: Db }): ReportActivities {
  const scopeOf = async (departmentCode: string) => {
    const scope = await reportScope(db, departmentCode);
    if (!scope) throw ApplicationFailure.create({ type: 'NOT_FOUND', message: `no department ${departmentCode}`, nonRetryable: true });
    return scope;
  };
  return {
    async listReportingDepartments(): Promise<string[]> {
      return (await listDepartments(db)).map((d) => d.code);
    },

    async draftDailyReport({ departmentCode, date }: { departmentCode: string; date: string }): Promise<ReportSummary> {
      return summary(await draftReport(db, await scopeOf(departmentCode), date));
    },

    async submitDailyReport(input: { departmentCode: string; date: string; by: { sub: string; name: string }; dueAt: string }): Promise<ReportSummary> {
      return summary(await submitReport(db, await scopeOf(input.departmentCode), input.date, input.by, new Date(), new Date(input.dueAt)));
    },

    async escalateMissingReport({ departmentCode, date }: { departmentCode: string; date: string }): Promise<void> {
      await markEscalated(db, departmentCode, date, new Date());
      Context.current().log.warn('daily report not submitted by its deadline: escalated to the committee office', { departmentCode, date });
    },
  };
}
