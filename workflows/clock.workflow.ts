import { ParentClosePolicy, condition, continueAsNew, proxyActivities, setHandler, startChild } from '@temporalio/workflow';
import type { HazardActivities } from '../apps/worker/src/activities';
import { type ClockedRecord, recordChangedSignal } from './definitions';
import { notifyWorkflow } from './notify.workflow';

const { nextRecordClock, fireRecordClock } = proxyActivities<HazardActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

const MAX_ROUNDS_PER_RUN = 500;

/**
 * Drives the clocks of a record kept outside a hazard workflow (an incident's reports, a major hazard
 * source's patrols). The event store is the record: each round reads the next unfired clock, sleeps
 * durably until it is due (or until a command changes the clocks), then fires it through the record's
 * decider with a deterministic command id, so a retried fire records it once. It ends when nothing is
 * left to fire; the next command that arms a clock starts it again.
 */
export async function recordClockWorkflow(input: ClockedRecord): Promise<void> {
  let changed = false;
  setHandler(recordChangedSignal, () => {
    changed = true;
  });
  for (let round = 0; round < MAX_ROUNDS_PER_RUN; round++) {
    changed = false;
    const next = await nextRecordClock(input);
    // A command that landed while we looked may have armed a clock: look again rather than end.
    if (next === null) {
      if (changed) continue;
      return;
    }
    const wait = Date.parse(next.at) - Date.now();
    if (wait > 0 && (await condition(() => changed, wait))) continue;
    const fired = await fireRecordClock({ ...input, clock: next.clock });
    if (fired.notify && fired.eventIds.length > 0) {
      await startChild(notifyWorkflow, { workflowId: `notify-${fired.eventIds[0]}`, args: [{ eventIds: fired.eventIds }], parentClosePolicy: ParentClosePolicy.ABANDON });
    }
  }
  await continueAsNew<typeof recordClockWorkflow>(input);
}
