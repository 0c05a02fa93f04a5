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
