import { randomUUID } from 'node:crypto';
import { type CommandMetadata, requiredText, validateMetadata } from '../../../../libs/domain/src';
import { type Aggregate, type Db, type StoredEvent, foldStream, handleCommand, readStream, readStreamRows, toStoredEvent } from '../../../../libs/event-store/src';
import { type Principal, type RequestInfo, actorOf } from '../auth/principal';

/** What a command on a direct stream needs besides its data (the same options hazard commands take). */
export interface StreamCommandOptions {
  idempotencyKey?: string | null;
  expectedVersion?: number | null;
  occurredAt?: string | null;
}

/**
 * The gateway's side of aggregates that do not run as workflows (the register, supervisions and
 * inspections, campaigns, the duty desk): a GraphQL caller's command becomes metadata and goes through
 * the command handler (`libs/event-store/src/command-handler.ts`), like every other command.
 */
export class DirectStreams {
  constructor(private readonly db: Db) {}

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
    const { state, events } = await handleCommand(this.db, kind, { id, command, meta, assertVisible: args.assertVisible, resolve: args.resolve });
    return { state, events, commandId: meta.commandId };
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
