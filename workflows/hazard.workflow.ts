import {
  ActivityFailure,
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import type { HazardActivities } from '../apps/worker/src/activities';
import {
  type CommandMetadata,
  DomainError,
  type HazardCommand,
  type HazardState,
  decide,
  envelope,
  evolve,
  isOpenStatus,
} from '../libs/domain/src';
import {
  type CommandRequest,
  type CommandResult,
  type HazardWorkflowInput,
  executeCommandUpdate,
  stateQuery,
} from './definitions';

const { appendHazardEvents } = proxyActivities<HazardActivities>({
  startToCloseTimeout: '10 seconds',
  // A command waits for Postgres rather than failing: the append is idempotent, so retrying is safe.
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds', nonRetryableErrorTypes: ['VERSION_CONFLICT'] },
});

export const DEFAULT_MAX_UPDATES_PER_RUN = 500;
/** How many applied idempotency keys a hazard carries across continue-as-new. */
export const MAX_REMEMBERED_COMMAND_IDS = 5_000;
/** A workflow started by a report that was refused holds no hazard; it ends instead of lingering. */
const EMPTY_WORKFLOW_GRACE = '1 minute';

/**
 * One hazard, one workflow. Commands arrive as updates; the validator dry-runs `decide`, so a
 * refused command never enters history. Accepted commands are applied one at a time: decide,
 * append (the only I/O), evolve.
 */
export async function hazardWorkflow(input: HazardWorkflowInput): Promise<HazardState | null> {
  let state: HazardState | null = input.state ?? null;
  const applied = new Set<string>(input.appliedCommandIds ?? []);
  const maxUpdates = input.maxUpdatesPerRun ?? DEFAULT_MAX_UPDATES_PER_RUN;
  let updatesThisRun = 0;
  let busy = false;

  const withTime = (meta: CommandMetadata): CommandMetadata => ({ ...meta, now: new Date().toISOString() });

  const decideOrRefuse = (command: HazardCommand, meta: CommandMetadata) => {
    try {
      return decide(state, command, meta);
    } catch (err) {
      throw toFailure(err);
    }
  };

  setHandler(stateQuery, () => state);

  setHandler(
    executeCommandUpdate,
    async ({ command, meta }: CommandRequest): Promise<CommandResult> => {
      updatesThisRun++;
      // Check and take the lock with no await in between: every waiter whose condition came
      // true re-checks, so exactly one command runs at a time.
      while (busy) await condition(() => !busy);
      busy = true;
      try {
        if (applied.has(meta.commandId) && state) return { state, versions: [], duplicate: true };
        const stamped = withTime(meta);
        const bodies = decideOrRefuse(command, stamped);
        const hazardId = state?.id ?? (command.type === 'ReportHazard' ? command.data.hazardId : input.hazardId);
        const events = envelope(hazardId, state?.version ?? 0, bodies, stamped, uuid4);
        try {
          await appendHazardEvents({ hazardId, expectedVersion: state?.version ?? 0, events });
        } catch (err) {
          throw appendFailure(err);
        }
        for (const event of events) state = evolve(state, event);
        applied.add(meta.commandId);
        return { state: state as HazardState, versions: events.map((e) => e.version), duplicate: false };
      } finally {
        busy = false;
      }
    },
    {
      validator: ({ command, meta }: CommandRequest): void => {
        if (applied.has(meta.commandId)) return;
        if (command.type === 'ReportHazard' && command.data?.hazardId !== input.hazardId) {
          throw ApplicationFailure.create({ type: 'BAD_USER_INPUT', message: 'report sent to the wrong hazard', nonRetryable: true });
        }
        decideOrRefuse(command, withTime(meta));
      },
    },
  );

  if (state === null) {
    const reported = await condition(() => state !== null, EMPTY_WORKFLOW_GRACE);
    if (!reported) {
      await condition(allHandlersFinished);
      if (state === null) {
        throw ApplicationFailure.create({ type: 'NO_REPORT', message: 'no valid report arrived; nothing was recorded', nonRetryable: true });
      }
    }
  }

  await condition(() => isClosed(state) || updatesThisRun >= maxUpdates || workflowInfo().continueAsNewSuggested);
  await condition(allHandlersFinished);
  if (isClosed(state)) return state;
  return continueAsNew<typeof hazardWorkflow>({
    hazardId: input.hazardId,
    state,
    appliedCommandIds: [...applied].slice(-MAX_REMEMBERED_COMMAND_IDS),
    maxUpdatesPerRun: input.maxUpdatesPerRun,
  });
}

const isClosed = (state: HazardState | null): boolean => state !== null && !isOpenStatus(state.status);

function appendFailure(err: unknown): unknown {
  const cause = err instanceof ActivityFailure ? err.cause : undefined;
  if (cause instanceof ApplicationFailure && cause.type === 'VERSION_CONFLICT') {
    return ApplicationFailure.create({ type: 'VERSION_CONFLICT', message: cause.message, nonRetryable: true });
  }
  return err;
}

function toFailure(err: unknown): ApplicationFailure {
  if (err instanceof DomainError) {
    return ApplicationFailure.create({
      type: err.code,
      message: err.message,
      nonRetryable: true,
      details: err.field ? [{ field: err.field }] : [],
    });
  }
  if (err instanceof ApplicationFailure) return err;
  return ApplicationFailure.create({ type: 'INTERNAL', message: String((err as Error)?.message ?? err), nonRetryable: true });
}
