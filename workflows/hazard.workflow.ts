import {
  ActivityFailure,
  ApplicationFailure,
  ParentClosePolicy,
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  sleep,
  startChild,
  upsertSearchAttributes,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import type { HazardActivities } from '../apps/worker/src/activities';
import {
  type AnyCommand,
  type CommandMetadata,
  DomainError,
  type DueTimer,
  type HazardState,
  SYSTEM_ACTOR,
  decide,
  envelope,
  evolve,
  isOpenStatus,
  nextDue,
} from '../libs/domain/src';
import {
  type CommandRequest,
  type CommandResult,
  type HazardWorkflowInput,
  executeCommandUpdate,
  stateQuery,
} from './definitions';
import { notifyWorkflow } from './notify.workflow';
import { hazardSearchAttributes } from './search-attributes';

// A command waits for Postgres rather than failing: the append is idempotent, so retrying is safe.
const APPEND_RETRY = { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds', nonRetryableErrorTypes: ['VERSION_CONFLICT'] };
const { appendHazardEvents } = proxyActivities<HazardActivities>({ startToCloseTimeout: '10 seconds', retry: APPEND_RETRY });
const { appendHazardEvents: appendLocally } = proxyLocalActivities<HazardActivities>({ startToCloseTimeout: '10 seconds', retry: APPEND_RETRY });

export const DEFAULT_MAX_UPDATES_PER_RUN = 500;
/** How many applied idempotency keys a hazard carries across continue-as-new. */
export const MAX_REMEMBERED_COMMAND_IDS = 5_000;
/** A workflow started by a report that was refused holds no hazard; it ends instead of lingering. */
const EMPTY_WORKFLOW_GRACE = '1 minute';

/**
 * One hazard, one workflow. Commands arrive as updates; the validator dry-runs `decide`, so a
 * refused command never enters history. Accepted commands and due clocks are applied one at a
 * time through the same path: decide, append (the only I/O), evolve. The workflow sleeps until
 * the next clock the state arms (`nextDue`), so timers survive worker and server restarts.
 */
export async function hazardWorkflow(input: HazardWorkflowInput): Promise<HazardState | null> {
  let state: HazardState | null = input.state ?? null;
  const applied = new Set<string>(input.appliedCommandIds ?? []);
  const maxUpdates = input.maxUpdatesPerRun ?? DEFAULT_MAX_UPDATES_PER_RUN;
  let updatesThisRun = 0;
  let busy = false;

  const now = () => new Date().toISOString();
  const continueAsNewDue = () => updatesThisRun >= maxUpdates || workflowInfo().continueAsNewSuggested;

  const decideOrRefuse = (command: AnyCommand, meta: CommandMetadata) => {
    try {
      return decide(state, command, meta);
    } catch (err) {
      throw toFailure(err);
    }
  };

  /** decide → append → evolve, under the lock. Returns the versions written. */
  const apply = async (command: AnyCommand, meta: CommandMetadata, fallbackHazardId: string): Promise<number[]> => {
    const bodies = decideOrRefuse(command, meta);
    const hazardId = state?.id ?? fallbackHazardId;
    const events = envelope(hazardId, state?.version ?? 0, bodies, meta, uuid4);
    let notify = false;
    try {
      const append = input.localAppend ? appendLocally : appendHazardEvents;
      ({ notify } = await append({ hazardId, expectedVersion: state?.version ?? 0, events }));
    } catch (err) {
      throw appendFailure(err);
    }
    for (const event of events) state = evolve(state, event);
    upsertSearchAttributes(hazardSearchAttributes(state as HazardState));
    if (notify) {
      await startChild(notifyWorkflow, {
        workflowId: `notify-${events[0].eventId}`,
        args: [{ eventIds: events.map((e) => e.eventId) }],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
    }
    return events.map((e) => e.version);
  };

  const withLock = async <T>(fn: () => Promise<T>): Promise<T> => {
    // Check and take the lock with no await in between: every waiter whose condition came
    // true re-checks, so exactly one command runs at a time.
    while (busy) await condition(() => !busy);
    busy = true;
    try {
      return await fn();
    } finally {
      busy = false;
    }
  };

  setHandler(stateQuery, () => state);

  setHandler(
    executeCommandUpdate,
    async ({ command, meta }: CommandRequest): Promise<CommandResult> => {
      updatesThisRun++;
      return withLock(async () => {
        if (applied.has(meta.commandId) && state) return { state, versions: [], duplicate: true };
        const fallbackId = command.type === 'ReportHazard' ? command.data.hazardId : input.hazardId;
        const versions = await apply(command, { ...meta, now: now() }, fallbackId);
        applied.add(meta.commandId);
        return { state: state as HazardState, versions, duplicate: false };
      });
    },
    {
      validator: ({ command, meta }: CommandRequest): void => {
        if (applied.has(meta.commandId)) return;
        if ((command.type as string) === 'FireTimer') {
          throw ApplicationFailure.create({ type: 'FORBIDDEN', message: 'clocks are fired by the workflow itself', nonRetryable: true });
        }
        if (command.type === 'ReportHazard' && command.data?.hazardId !== input.hazardId) {
          throw ApplicationFailure.create({ type: 'BAD_USER_INPUT', message: 'report sent to the wrong hazard', nonRetryable: true });
        }
        decideOrRefuse(command, { ...meta, now: now() });
      },
    },
  );

  /** Fires a due clock; false when it could not be recorded (then the loop waits before trying again). */
  const fire = (timer: DueTimer): Promise<boolean> =>
    withLock(async () => {
      if (!state || nextDue(state)?.key !== timer.key) return true;
      const meta: CommandMetadata = { commandId: `timer:${state.id}:${timer.key}`, actor: SYSTEM_ACTOR, now: now(), occurredAt: timer.dueAt };
      try {
        await apply({ type: 'FireTimer', data: { key: timer.key } }, meta, state.id);
        return true;
      } catch (err) {
        // A clock the state no longer arms is dropped; any other failure must not fail the hazard.
        if (err instanceof ApplicationFailure && err.type === 'INVALID_TRANSITION') return true;
        log.error('a due clock could not be recorded; retrying in a minute', { key: timer.key, error: String(err) });
        return false;
      }
    });

  if (state === null) {
    const reported = await condition(() => state !== null, EMPTY_WORKFLOW_GRACE);
    if (!reported) {
      await condition(allHandlersFinished);
      if (state === null) {
        throw ApplicationFailure.create({ type: 'NO_REPORT', message: 'no valid report arrived; nothing was recorded', nonRetryable: true });
      }
    }
  }

  while (!isClosed(state) && !continueAsNewDue()) {
    const current = state as HazardState;
    const timer = nextDue(current);
    const waitMs = timer ? Math.max(0, Date.parse(timer.dueAt) - Date.now()) : undefined;
    const seenVersion = current.version;
    const woken =
      waitMs === 0
        ? false
        : await condition(() => isClosed(state) || continueAsNewDue() || (state as HazardState).version !== seenVersion, waitMs);
    if (!woken && timer && !(await fire(timer))) await sleep('1 minute');
  }
  await condition(allHandlersFinished);
  if (isClosed(state)) return state;
  return continueAsNew<typeof hazardWorkflow>({
    hazardId: input.hazardId,
    state,
    appliedCommandIds: [...applied].slice(-MAX_REMEMBERED_COMMAND_IDS),
    maxUpdatesPerRun: input.maxUpdatesPerRun,
    localAppend: input.localAppend,
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
