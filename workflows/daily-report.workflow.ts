import {
  ParentClosePolicy,
  allHandlersFinished,
  condition,
  proxyActivities,
  setHandler,
  startChild,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import {
  type DailyReportInput,
  type ReportActivities,
  type ReportSummary,
  dailyReportStatusQuery,
  dailyReportWorkflowId,
  submitDailyReportUpdate,
} from '@hazard/contracts';

const { draftDailyReport, submitDailyReport, escalateMissingReport, listReportingDepartments } = proxyActivities<ReportActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute', nonRetryableErrorTypes: ['NOT_FOUND'] },
});

/**
 * One department's report for one day: draft it as of the cutoff, wait for a supervisor to
 * submit it, and at the deadline escalate a department that has not reported (a late
 * submission is still taken for a while).
 */
export async function dailyReportWorkflow(input: DailyReportInput): Promise<ReportSummary | null> {
  let submitted: ReportSummary | null = null;
  let escalated = false;
  setHandler(dailyReportStatusQuery, () => ({ submitted, escalated }));
  setHandler(submitDailyReportUpdate, async ({ by }) => {
    submitted ??= await submitDailyReport({ departmentCode: input.departmentCode, date: input.date, by, dueAt: input.dueAt });
    return submitted;
  });

  await draftDailyReport({ departmentCode: input.departmentCode, date: input.date });
  const waitMs = Date.parse(input.dueAt) - Date.now();
  const onTime = waitMs > 0 ? await condition(() => submitted !== null, waitMs) : submitted !== null;
  if (!onTime) {
    escalated = true;
    await escalateMissingReport({ departmentCode: input.departmentCode, date: input.date });
    await condition(() => submitted !== null, input.lateFor ?? '1 day');
  }
  await condition(allHandlersFinished);
  return submitted;
}

/** Started by the daily Schedule at 00:05 Beijing time: one report workflow per department for today. */
export async function dailyReportsKickoffWorkflow(): Promise<string[]> {
  const date = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const started: string[] = [];
  for (const departmentCode of await listReportingDepartments()) {
    try {
      await startChild(dailyReportWorkflow, {
        workflowId: dailyReportWorkflowId(departmentCode, date),
        args: [{ departmentCode, date, dueAt: `${date}T15:00:00+08:00` }],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
      started.push(departmentCode);
    } catch (err) {
      // Someone already opened today's report (a supervisor submitted early): nothing to do.
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
  }
  return started;
}
