import type { Client } from '@temporalio/client';
import { type ClockedRecord, recordChangedSignal, recordClockWorkflowId } from '@hazard/contracts';

/**
 * Starts a record's clock workflow, or tells the running one to look again (signal-with-start): the
 * gateway calls it after every accepted command on an incident or a major hazard source, the worker
 * for every such record when it starts (covering a call that failed while Temporal was unreachable).
 */
export async function wakeRecordClocks(client: Client, taskQueue: string, record: ClockedRecord): Promise<void> {
  await client.workflow.signalWithStart('recordClockWorkflow', {
    workflowId: recordClockWorkflowId(record),
    taskQueue,
    args: [record],
    signal: recordChangedSignal,
    signalArgs: [],
  });
}
