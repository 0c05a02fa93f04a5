import type { Db } from '@hazard/event-store';
import { wakeRecordClocks } from '@hazard/clocks';
import { type Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';

export const CHECKPOINT_SCHEDULE_ID = 'audit-checkpoint-daily';

/**
 * The daily signed checkpoint, as a Temporal Schedule (Asia/Shanghai). Created once; a later
 * start leaves an existing schedule as operators may have tuned it.
 */
export async function ensureCheckpointSchedule(client: Client, taskQueue: string, at: { hour: number; minute: number }): Promise<boolean> {
  try {
    await client.schedule.create({
      scheduleId: CHECKPOINT_SCHEDULE_ID,
      spec: { calendars: [{ hour: at.hour, minute: at.minute, comment: 'daily audit checkpoint' }], timezone: 'Asia/Shanghai' },
      action: { type: 'startWorkflow', workflowType: 'auditCheckpointWorkflow', taskQueue, workflowId: 'audit-checkpoint' },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
    });
    return true;
  } catch (err) {
    if (err instanceof ScheduleAlreadyRunning) return false;
    throw err;
  }
}

export const DAILY_REPORTS_SCHEDULE_ID = 'daily-reports';

/** At 00:05 Beijing time, the report workflow of every unit owing a report that day starts (README "The reporting chain"). */
export async function ensureDailyReportSchedule(client: Client, taskQueue: string): Promise<boolean> {
  try {
    await client.schedule.create({
      scheduleId: DAILY_REPORTS_SCHEDULE_ID,
      spec: { calendars: [{ hour: 0, minute: 5, comment: 'daily hazard reports: every unit owing one under the obligations in force' }], timezone: 'Asia/Shanghai' },
      action: { type: 'startWorkflow', workflowType: 'dailyReportsKickoffWorkflow', taskQueue, workflowId: 'daily-reports-kickoff' },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '12 hours' },
    });
    return true;
  } catch (err) {
    if (err instanceof ScheduleAlreadyRunning) return false;
    throw err;
  }
}

/**
 * Every open incident with a report still due, and every major hazard source with a responsible
 * person, gets its clock workflow (started, or signalled to look again): the gateway does this after
 * each command; this covers a call that failed there while Temporal was unreachable.
 */
export async function ensureRecordClocks(client: Client, db: Db, taskQueue: string): Promise<number> {
  const incidents = await db.selectFrom('incidents').select('id').where('closed', '=', false).where('next_due_at', 'is not', null).execute();
  const sources = await db.selectFrom('major_hazard_sources').select('id').execute();
  for (const { id } of incidents) await wakeRecordClocks(client, taskQueue, { kind: 'incident', id });
  for (const { id } of sources) await wakeRecordClocks(client, taskQueue, { kind: 'source', id });
  return incidents.length + sources.length;
}
