import { randomUUID } from 'node:crypto';
import { type Client, WithStartWorkflowOperation } from '@temporalio/client';
import { type CommandMetadata, requiredText, validateMetadata } from '@hazard/domain';
import { type Aggregate, type Db, type StoredEvent, foldStream, handleCommand, prepareCommand, readStream, readStreamRows, toStoredEvent } from '@hazard/event-store';
import { INCIDENT, SOURCE } from '@hazard/read-models';
import { type ClockedRecord, type RecordClockWorkflow, recordClockWorkflowId, recordCommandUpdate } from '@hazard/contracts';
import { type Principal, type RequestInfo, actorOf } from '../auth/principal';
import { isWorkflowClosed, translateUpdateError } from './temporal-errors';

/** What a command on a direct stream needs besides its data (the same options hazard commands take). */
export interface StreamCommandOptions {
  idempotencyKey?: string | null;
  expectedVersion?: number | null;
  occurredAt?: string | null;
}

/** The aggregates whose clocks (and so whose writes) run in `recordClockWorkflow`. */
const RECORD_KINDS = new Map<Aggregate<never, never>, ClockedRecord['kind']>([
  [INCIDENT as unknown as Aggregate<never, never>, 'incident'],
  [SOURCE as unknown as Aggregate<never, never>, 'source'],
]);

/** Where the records with clocks (incidents, sources) are written: their record workflow. */
export interface RecordWriter {
  temporal: Client;
  taskQueue: string;
  /** How long a command may wait for its workflow before the caller is told to retry (COMMAND_TIMEOUT_MS). */
  timeoutMs: number;
}

/**
 * The gateway's side of aggregates that are not hazards (the register, supervisions and inspections,
 * campaigns, the duty desk): a GraphQL caller's command becomes metadata and goes through the command
 * handler (`libs/event-store/src/command-handler.ts`), like every other command. A record with clocks
 * (`clocks: 'record-clock-workflow'`) has one writer, its record workflow: the command is checked and
 * decided here (a refusal writes nothing and never reaches Temporal), then sent to that workflow as an
 * update, which runs the same handler (docs/architecture.md).
 */
export class DirectStreams {
  constructor(
    private readonly db: Db,
    private readonly writer?: RecordWriter,
  ) {}

  async execute<S extends { id: string; version: number }, C extends { type: string }>(
    kind: Aggregate<S, C>,
    args: {
      principal: Principal;
      request: RequestInfo;
      id: string;
      command: C;
      options: StreamCommandOptions;
      /** Throws NOT_FOUND when the caller may not see the record. */
      assertVisible: (state: S) => void;
      /** Adds what the adapter resolves from data (reference entries, counts), after the visibility check. */
      resolve?: (state: S | null, command: C) => Promise<C>;
    },
  ): Promise<{ state: S; events: StoredEvent[]; commandId: string }> {
    const { principal, request, command, options } = args;
    const id = requiredText('id', args.id, { max: 64 });
    const key = options.idempotencyKey === undefined || options.idempotencyKey === null ? null : requiredText('idempotencyKey', options.idempotencyKey, { max: 128 });
    const meta = commandMetadata(principal, request, key, options);
    const handlerArgs = { id, command, meta, assertVisible: args.assertVisible, resolve: args.resolve };
    if (kind.clocks === 'record-clock-workflow') return this.executeInRecordWorkflow(kind, handlerArgs);
    const { state, events } = await handleCommand(this.db, kind, handlerArgs);
    return { state, events, commandId: meta.commandId };
  }

  private async executeInRecordWorkflow<S extends { id: string; version: number }, C extends { type: string }>(
    kind: Aggregate<S, C>,
    args: Parameters<typeof handleCommand<S, C, never>>[2],
  ): Promise<{ state: S; events: StoredEvent[]; commandId: string }> {
    const { meta } = args;
    const prepared = await prepareCommand(this.db, kind, args);
    if (prepared.kind === 'duplicate') return { state: prepared.state, events: prepared.history, commandId: meta.commandId };
    if (prepared.outcome.events.length === 0 || !prepared.outcome.state) return { state: prepared.state as S, events: prepared.history, commandId: meta.commandId };
    if (!this.writer) throw new Error(`${kind.label} commands are written by their record workflow: DirectStreams needs a RecordWriter`);
    const recordKind = RECORD_KINDS.get(kind as Aggregate<never, never>);
    if (!recordKind) throw new Error(`${kind.label} has no record workflow`);
    const record: ClockedRecord = { kind: recordKind, id: args.id };
    await this.sendToRecordWorkflow(record, prepared.command, meta);
    const events = await readStream(this.db, prepared.streamId);
    const state = foldStream(kind, events);
    if (!state) throw new Error(`${kind.label} ${args.id} has no events after its command was applied`);
    return { state, events, commandId: meta.commandId };
  }

  /**
   * Update-with-start: the record's workflow runs the command, starting first when it is not running (it
   * ends when no clock is left). A run that ended between our update and its acceptance is started again;
   * the handler answers a command already in the stream as a duplicate, so a resend applies once.
   */
  private async sendToRecordWorkflow(record: ClockedRecord, command: { type: string }, meta: CommandMetadata): Promise<void> {
    const { temporal, taskQueue, timeoutMs } = this.writer as RecordWriter;
    for (let attempt = 1; ; attempt++) {
      const start = new WithStartWorkflowOperation<RecordClockWorkflow>('recordClockWorkflow', {
        workflowId: recordClockWorkflowId(record),
        taskQueue,
        args: [record],
        workflowIdConflictPolicy: 'USE_EXISTING',
      });
      try {
        await temporal.withDeadline(Date.now() + timeoutMs, () =>
          temporal.workflow.executeUpdateWithStart(recordCommandUpdate, { args: [{ command, meta }], updateId: meta.commandId, startWorkflowOperation: start }),
        );
        return;
      } catch (err) {
        if (attempt < 3 && isWorkflowClosed(err)) continue;
        throw translateUpdateError(err, `no ${record.kind} ${record.id}`);
      }
    }
  }

  /** A record now, or as the system knew it at `at` (RECORDED) or as things had happened by then (OCCURRED). */
  async find<S extends { id: string; version: number }, C extends { type: string }>(
    kind: Aggregate<S, C>,
    id: string,
    assertVisible: (state: S) => void,
    asOf?: { at: string; basis: 'RECORDED' | 'OCCURRED' },
  ): Promise<{ state: S; events: StoredEvent[] } | null> {
    const streamId = kind.streamId(id);
    const rows = await readStreamRows(this.db, streamId, asOf ? (asOf.basis === 'OCCURRED' ? { occurredUntil: new Date(asOf.at) } : { recordedUntil: new Date(asOf.at) }) : {});
    const events = rows.map(toStoredEvent);
    // By occurred time, a record not yet created then did not exist, whatever else was back-dated.
    const state = events.length > 0 && events[0].version === 1 ? foldStream(kind, events) : null;
    if (!state) {
      if (asOf) {
        // Existence is only revealed inside the caller's scope: check the current record.
        const now = foldStream(kind, await readStream(this.db, streamId));
        if (now) assertVisible(now);
      }
      return null;
    }
    assertVisible(state);
    return { state, events };
  }
}

/** The metadata of a command from a GraphQL caller: who, when, from where, and its idempotency key. */
export function commandMetadata(principal: Principal, request: RequestInfo, key: string | null, options: StreamCommandOptions): CommandMetadata {
  const meta: CommandMetadata = {
    // Keys are scoped to the caller, so two people's keys never collide.
    commandId: key ? `${principal.sub}:${key}` : randomUUID(),
    actor: actorOf(principal),
    now: new Date().toISOString(),
    requestId: request.requestId,
    ...(request.clientAddress ? { clientAddress: request.clientAddress } : {}),
    ...(request.userAgent ? { userAgent: request.userAgent.slice(0, 300) } : {}),
    ...(options.occurredAt ? { occurredAt: options.occurredAt } : {}),
    ...(options.expectedVersion !== undefined && options.expectedVersion !== null ? { expectedVersion: options.expectedVersion } : {}),
  };
  validateMetadata(meta);
  return meta;
}
