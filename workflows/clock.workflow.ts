import {
  ActivityFailure,
  ApplicationFailure,
  ParentClosePolicy,
  allHandlersFinished,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import {
  type ClockedRecord,
  type RecordActivities,
  type RecordCommandRequest,
  type RecordCommandResult,
  recordChangedSignal,
  recordCommandUpdate,
} from '@hazard/contracts';
import { notifyWorkflow } from './notify.workflow';

const { nextRecordClock, fireRecordClock, handleRecordCommand } = proxyActivities<RecordActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

const MAX_ROUNDS_PER_RUN = 500;
/** Commands in one run before it continues as new (a run takes at most 2,000 updates). */
const MAX_COMMANDS_PER_RUN = 500;

/**
 * The single writer of a record kept outside a hazard workflow (an incident and its report clocks, a
 * major hazard source and its patrol alarms; docs/architecture.md). People's commands arrive as updates
 * (`recordCommand`, started with the workflow when it is not running) and clocks fire from the loop;
 * both run the command handler in an activity, one at a time, so a command and a clock never race for
 * the stream. Each round reads the next unfired clock, sleeps durably until it is due (or until a
 * command changes the clocks), then fires it with a deterministic command id, so a retried fire records
 * it once. The run ends when nothing is left to fire and no command is running; the next command starts
 * it again.
 */
export async function recordClockWorkflow(input: ClockedRecord): Promise<void> {
  let changed = false;
  let writing = false;
  let commands = 0;
  /** One write at a time: a command waits for a clock being fired, and the other way round. */
  const exclusive = async <T>(write: () => Promise<T>): Promise<T> => {
    await condition(() => !writing);
    writing = true;
    try {
      return await write();
    } finally {
      writing = false;
    }
  };
  setHandler(recordChangedSignal, () => {
    changed = true;
  });
  setHandler(recordCommandUpdate, async (request: RecordCommandRequest): Promise<RecordCommandResult> => {
    commands++;
    try {
      return await exclusive(() => handleRecordCommand({ ...input, ...request }));
    } catch (err) {
      // A refusal fails the update with the domain code, as a hazard's validator does.
      if (err instanceof ActivityFailure && err.cause instanceof ApplicationFailure) throw err.cause;
      throw err;
    } finally {
      changed = true;
    }
  });
  const mayContinue = () => commands < MAX_COMMANDS_PER_RUN && !workflowInfo().continueAsNewSuggested;
  for (let round = 0; round < MAX_ROUNDS_PER_RUN && mayContinue(); round++) {
    changed = false;
    const next = await nextRecordClock(input);
    if (next === null) {
      // A command running or landed while we looked may arm a clock: look again rather than end.
      await condition(allHandlersFinished);
      if (changed) continue;
      return;
    }
    const wait = Date.parse(next.at) - Date.now();
    if (wait > 0 && (await condition(() => changed || !mayContinue(), wait))) continue;
    const fired = await exclusive(() => fireRecordClock({ ...input, clock: next.clock }));
    if (fired.notify && fired.eventIds.length > 0) {
      await startChild(notifyWorkflow, { workflowId: `notify-${fired.eventIds[0]}`, args: [{ eventIds: fired.eventIds }], parentClosePolicy: ParentClosePolicy.ABANDON });
    }
  }
  await condition(allHandlersFinished);
  await continueAsNew<typeof recordClockWorkflow>(input);
}
