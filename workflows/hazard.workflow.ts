import {
  ActivityFailure,
  ApplicationFailure,
  ParentClosePolicy,
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  sleep,
  startChild,
  upsertSearchAttributes,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import {
  type AnyCommand,
  type CommandMetadata,
  DomainError,
  type DueTimer,
  GENESIS_HASH,
  type HazardEvent,
  type HazardEventBody,
  type HazardState,
  SYSTEM_ACTOR,
  applyBodies,
  decide,
  envelope,
  evolve,
  hazardStreamId,
  isOpenStatus,
  nextDue,
} from '@hazard/domain';
import {
  type CommandRequest,
  type CommandResult,
  type HazardWorkflowInput,
  executeCommandUpdate,
  stateQuery,
  type HazardAppendActivities,
  hazardSearchAttributes,
} from '@hazard/contracts';
import { notifyWorkflow } from './notify.workflow';

// A command waits for Postgres rather than failing: the append is idempotent, so retrying is safe.
const APPEND_RETRY = { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds', nonRetryableErrorTypes: ['VERSION_CONFLICT'] };
const { appendHazardEvents } = proxyActivities<HazardAppendActivities>({ startToCloseTimeout: '10 seconds', retry: APPEND_RETRY });
const { appendHazardEvents: appendLocally } = proxyLocalActivities<HazardAppendActivities>({ startToCloseTimeout: '10 seconds', retry: APPEND_RETRY });

export const DEFAULT_MAX_UPDATES_PER_RUN = 500;
/** How many applied idempotency keys a hazard carries across continue-as-new. */
export const MAX_REMEMBERED_COMMAND_IDS = 5_000;
/** A workflow started by a report that was refused holds no hazard; it ends instead of lingering. */
/**
 * Runs from before this patch replay as they were recorded (a queued append per command, one clock per
 * append, search attributes after every command, a timer re-armed after every command); runs that
 * record it take the command path of docs/architecture.md.
 */
const ONE_COMMAND_PATH = 'one-command-path';
/** The most clocks one pass fires together (all those already due, normally a handful). */
const MAX_CLOCKS_PER_PASS = 32;
const hazardDecider = { evolve: (s: HazardState | null, e: HazardEvent) => evolve(s, e) };
const EMPTY_WORKFLOW_GRACE = '1 minute';

/**
 * One hazard, one workflow. Commands arrive as updates; the validator dry-runs `decide`, so a
 * refused command never enters history, and the handler reuses its verdict. Accepted commands and
 * due clocks are applied through the same path: decide → envelope → evolve (pure, libs/domain) →
 * append (the only I/O, with the state the events lead to) → keep the state. The workflow sleeps
 * until the next clock the state arms (`nextDue`), so timers survive worker and server restarts.
 */
export async function hazardWorkflow(input: HazardWorkflowInput): Promise<HazardState | null> {
  let state: HazardState | null = input.state ?? null;
  const applied = new Set<string>(input.appliedCommandIds ?? []);
  const maxUpdates = input.maxUpdatesPerRun ?? DEFAULT_MAX_UPDATES_PER_RUN;
  let updatesThisRun = 0;
  let busy = false;
  const current = patched(ONE_COMMAND_PATH);
  // The head the store holds after our last append: known from the start for a new hazard or a
  // continued run; unknown only for runs continued from before the patch (their first append locks).
  let headHash: string | undefined = input.headHash ?? (state === null ? GENESIS_HASH : undefined);
  let attributes = '';
  /** The validator's verdict, reused by the handler when nothing changed in between. */
  let verdict: { commandId: string; version: number; now: string; bodies: HazardEventBody[] } | null = null;

  const now = () => new Date().toISOString();
  const continueAsNewDue = () => updatesThisRun >= maxUpdates || workflowInfo().continueAsNewSuggested;

  const decideOrRefuse = (command: AnyCommand, meta: CommandMetadata, on: HazardState | null = state) => {
    try {
      return decide(on, command, meta);
    } catch (err) {
      throw toFailure(err);
    }
  };

  const updateSearchAttributes = (next: HazardState) => {
    const pairs = hazardSearchAttributes(next);
    const signature = JSON.stringify(pairs.map((p) => p.value));
    if (current && signature === attributes) return;
    attributes = signature;
    upsertSearchAttributes(pairs);
  };

  /**
   * Appends decided events (they lead to `folded`) and keeps the state. Returns the versions written, or
   * null when nothing was written because the stream had moved on: a workflow task lost in a crash had
   * appended events this run never saw. Those are folded (their commands count as applied) and the caller
   * decides again on the state they lead to.
   */
  const append = async (decided: HazardEvent[], folded: HazardState): Promise<number[] | null> => {
    let events = decided;
    let next = folded;
    const hazardId = next.id;
    let notify = false;
    try {
      if (current) {
        const appendNow = input.localAppend ? appendLocally : appendHazardEvents;
        const result = await appendNow({ hazardId, expectedVersion: state?.version ?? 0, expectedHeadHash: headHash, events, state: next });
        notify = result.notify;
        headHash = result.hashes[result.hashes.length - 1] ?? headHash;
        const caught = result.stored ?? result.behind;
        if (caught) {
          // The store's events are the truth: this command applied before the task was re-run, or others did.
          let fromStore = state;
          for (const event of caught) {
            fromStore = evolve(fromStore, event);
            applied.add(event.metadata.commandId);
          }
          next = fromStore as HazardState;
          events = caught;
          if (result.behind) {
            state = next;
            updateSearchAttributes(next);
            return null;
          }
        }
      } else {
        const appendNow = input.localAppend ? appendLocally : appendHazardEvents;
        ({ notify } = await appendNow({ hazardId, expectedVersion: state?.version ?? 0, events }));
      }
    } catch (err) {
      throw appendFailure(err);
    }
    if (current) state = next;
    else for (const event of events) state = evolve(state, event);
    updateSearchAttributes(state as HazardState);
    if (notify) {
      await startChild(notifyWorkflow, {
        workflowId: `notify-${events[0].eventId}`,
        args: [{ eventIds: events.map((e) => e.eventId) }],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
    }
    return events.map((e) => e.version);
  };

  /** decide → envelope → evolve → append, under the lock. */
  const apply = async (command: AnyCommand, meta: CommandMetadata, fallbackHazardId: string): Promise<number[]> => {
    const reuse = current && verdict && verdict.commandId === meta.commandId && verdict.version === (state?.version ?? 0) && verdict.now === meta.now;
    let bodies = reuse ? (verdict as { bodies: HazardEventBody[] }).bodies : decideOrRefuse(command, meta);
    verdict = null;
    const hazardId = state?.id ?? fallbackHazardId;
    if (current) {
      for (let attempt = 1; ; attempt++) {
        const outcome = applyBodies(hazardDecider, hazardStreamId(hazardId), state, bodies, meta, uuid4);
        const versions = await append(outcome.events, outcome.state as HazardState);
        if (versions) return versions;
        if (applied.has(meta.commandId)) return [];
        if (attempt >= 3) throw ApplicationFailure.create({ type: 'VERSION_CONFLICT', message: 'the hazard kept changing; try again', nonRetryable: true });
        bodies = decideOrRefuse(command, meta);
      }
    }
    const events = envelope(hazardId, state?.version ?? 0, bodies, meta, uuid4);
    let next = state;
    for (const event of events) next = evolve(next, event);
    return (await append(events, next as HazardState)) as number[];
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
        const at = now();
        const bodies = decideOrRefuse(command, { ...meta, now: at });
        verdict = { commandId: meta.commandId, version: state?.version ?? 0, now: at, bodies };
      },
    },
  );

  const clockMeta = (hazard: HazardState, timer: DueTimer): CommandMetadata => ({
    commandId: `timer:${hazard.id}:${timer.key}`,
    actor: SYSTEM_ACTOR,
    now: now(),
    occurredAt: timer.dueAt,
  });

  /** Fires one due clock (runs from before the patch); false when it could not be recorded. */
  const fireOne = (timer: DueTimer): Promise<boolean> =>
    withLock(async () => {
      if (!state || nextDue(state)?.key !== timer.key) return true;
      try {
        await apply({ type: 'FireTimer', data: { key: timer.key } }, clockMeta(state, timer), state.id);
        return true;
      } catch (err) {
        // A clock the state no longer arms is dropped; any other failure must not fail the hazard.
        if (err instanceof ApplicationFailure && err.type === 'INVALID_TRANSITION') return true;
        log.error('a due clock could not be recorded; retrying in a minute', { key: timer.key, error: String(err) });
        return false;
      }
    });

  /** Fires every clock already due in one decision and one append; false when they could not be recorded. */
  const fireDue = (): Promise<boolean> =>
    withLock(async () => {
      if (!state) return true;
      let next: HazardState = state;
      const events: HazardEvent[] = [];
      const tried = new Set<string>();
      for (let n = 0; n < MAX_CLOCKS_PER_PASS; n++) {
        const timer = nextDue(next);
        if (!timer || Date.parse(timer.dueAt) > Date.now() || tried.has(timer.key)) break;
        tried.add(timer.key);
        let bodies: HazardEventBody[];
        try {
          bodies = decide(next, { type: 'FireTimer', data: { key: timer.key } }, clockMeta(next, timer));
        } catch {
          break; // not armed after all: nothing to record for it
        }
        const outcome = applyBodies(hazardDecider, hazardStreamId(next.id), next, bodies, clockMeta(next, timer), uuid4);
        events.push(...(outcome.events as HazardEvent[]));
        next = outcome.state as HazardState;
      }
      // A due clock that records nothing must not be tried again at once: that would spin the workflow task.
      if (events.length === 0) {
        log.warn('a due clock recorded nothing; looking again in a minute', { key: nextDue(state)?.key });
        return false;
      }
      try {
        await append(events, next);
        return true;
      } catch (err) {
        // Any failure must not fail the hazard: the clocks stay due and are tried again.
        log.error('due clocks could not be recorded; retrying in a minute', { keys: events.map((e) => (e.data as { timerKey?: string }).timerKey), error: String(err) });
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

  // The next clock of a state, computed once per state (the wait's condition is checked after every activation).
  let dueOf: { state: HazardState | null; key: string } = { state: null, key: '' };
  const dueKey = (s: HazardState): string => {
    if (dueOf.state !== s) {
      const t = nextDue(s);
      dueOf = { state: s, key: t ? `${t.key}@${t.dueAt}` : '' };
    }
    return dueOf.key;
  };

  while (!isClosed(state) && !continueAsNewDue()) {
    const hazard = state as HazardState;
    const timer = nextDue(hazard);
    const waitMs = timer ? Math.max(0, Date.parse(timer.dueAt) - Date.now()) : undefined;
    if (current) {
      // The timer is re-armed only when the next due clock changes, not after every command.
      const armed = dueKey(hazard);
      const woken = waitMs === 0 ? false : await condition(() => isClosed(state) || continueAsNewDue() || dueKey(state as HazardState) !== armed, waitMs);
      if (!woken && timer && !(await fireDue())) await sleep('1 minute');
    } else {
      const seenVersion = hazard.version;
      const woken =
        waitMs === 0
          ? false
          : await condition(() => isClosed(state) || continueAsNewDue() || (state as HazardState).version !== seenVersion, waitMs);
      if (!woken && timer && !(await fireOne(timer))) await sleep('1 minute');
    }
  }
  await condition(allHandlersFinished);
  if (isClosed(state)) return state;
  return continueAsNew<typeof hazardWorkflow>({
    hazardId: input.hazardId,
    state,
    appliedCommandIds: [...applied].slice(-MAX_REMEMBERED_COMMAND_IDS),
    maxUpdatesPerRun: input.maxUpdatesPerRun,
    localAppend: input.localAppend,
    ...(headHash ? { headHash } : {}),
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
