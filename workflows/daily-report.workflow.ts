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
  type DutyAlarm,
  type ReportActivities,
  type ReportSummary,
  dailyReportStatusQuery,
  dailyReportWorkflowId,
  submitDailyReportUpdate,
} from '@hazard/contracts';
import { notifyWorkflow } from './notify.workflow';

const { draftDailyReport, submitDailyReport, escalateMissingReport, remindReportDue, listReportingDuties } = proxyActivities<ReportActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute', nonRetryableErrorTypes: ['NOT_FOUND'] },
});

/** Sends an alarm's events to the webhook subscriptions that want them, like a hazard's escalations. */
async function notify(alarm: DutyAlarm): Promise<void> {
  if (!alarm.notify || alarm.eventIds.length === 0) return;
  await startChild(notifyWorkflow, { workflowId: `notify-${alarm.eventIds[0]}`, args: [{ eventIds: alarm.eventIds }], parentClosePolicy: ParentClosePolicy.ABANDON });
}

/**
 * One unit's report for one day (or period), README "The reporting chain": draft it as of the cutoff, remind
 * the unit before its due time if it has not submitted, wait for a submission, and at the due time raise the
 * alarm to the level above once (a district unit's to its city department, a city department's to the
 * committee office); a late submission is still taken for a while.
 */
export async function dailyReportWorkflow(input: DailyReportInput): Promise<ReportSummary | null> {
  const duty = { ...input, kind: input.kind ?? 'DAILY', regionCode: input.regionCode ?? null };
  let submitted: ReportSummary | null = null;
  let escalated = false;
  let reminded = false;
  setHandler(dailyReportStatusQuery, () => ({ submitted, escalated, reminded }));
  setHandler(submitDailyReportUpdate, async ({ by, signature }) => {
    submitted ??= await submitDailyReport({ duty, by, signature: signature ?? null });
    return submitted;
  });

  await draftDailyReport(duty);
  const until = (at: string | null | undefined) => (at ? Date.parse(at) - Date.now() : 0);
  if (input.remindAt && until(input.remindAt) > 0 && !(await condition(() => submitted !== null, until(input.remindAt)))) {
    reminded = true;
    await notify(await remindReportDue(duty));
  }
  const waitMs = until(input.dueAt);
  const onTime = waitMs > 0 ? await condition(() => submitted !== null, waitMs) : submitted !== null;
  if (!onTime) {
    escalated = true;
    await notify(await escalateMissingReport(duty));
    await condition(() => submitted !== null, input.lateFor ?? '1 day');
  }
  await condition(allHandlersFinished);
  return submitted;
}

/** Started by the daily Schedule at 00:05 Beijing time: one report workflow per unit owing a report today. */
export async function dailyReportsKickoffWorkflow(): Promise<string[]> {
  const date = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const started: string[] = [];
  for (const duty of await listReportingDuties({ date })) {
    const workflowId = dailyReportWorkflowId(duty.departmentCode, duty.date, duty.regionCode ?? null, duty.kind);
    try {
      await startChild(dailyReportWorkflow, { workflowId, args: [duty], parentClosePolicy: ParentClosePolicy.ABANDON });
      started.push(workflowId);
    } catch (err) {
      // Someone already opened this report (a unit submitted early): nothing to do.
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
  }
  return started;
}
