import { condition, continueAsNew, proxyActivities, setHandler } from '@temporalio/workflow';
import type { HazardActivities } from '../apps/worker/src/activities';
import { incidentChangedSignal } from './definitions';

const { nextIncidentClock, fireIncidentClock } = proxyActivities<HazardActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});


const MAX_ROUNDS_PER_RUN = 500;

/**
 * Drives an incident's report clocks. The event store is the record: each round reads the next
 * unfired clock, sleeps durably until it is due (or until a command changes the clocks), then fires
 * it through the same decider with a deterministic command id, so a retried fire records it once.
 * It ends when nothing is left to fire; the next command that opens a report starts it again.
 */
export async function incidentClockWorkflow(input: { incidentId: string }): Promise<void> {
  let changed = false;
  setHandler(incidentChangedSignal, () => {
    changed = true;
  });
  for (let round = 0; round < MAX_ROUNDS_PER_RUN; round++) {
    changed = false;
    const next = await nextIncidentClock(input.incidentId);
    if (next === null) return;
    const wait = Date.parse(next.at) - Date.now();
    if (wait > 0 && (await condition(() => changed, wait))) continue;
    await fireIncidentClock({ incidentId: input.incidentId, clock: next.clock });
  }
  await continueAsNew<typeof incidentClockWorkflow>(input);
}
