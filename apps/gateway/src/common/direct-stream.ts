import { randomUUID } from 'node:crypto';
import { type CommandMetadata, DomainError, requiredText, validateMetadata } from '../../../../libs/domain/src';
import {
  type Db,
  type NewEvent,
  type Projector,
  type StoredEvent,
  VersionConflictError,
  appendToStream,
  readStream,
  readStreamRows,
  streamHasCommand,
  toStoredEvent,
} from '../../../../libs/event-store/src';
import { type Principal, type RequestInfo, actorOf } from '../auth/principal';

/** What a command on a direct stream needs besides its data (the same options hazard commands take). */
export interface StreamCommandOptions {
  idempotencyKey?: string | null;
  expectedVersion?: number | null;
  occurredAt?: string | null;
}

/** An event-sourced record without clocks of its own: its pure decider, its fold and its read model. */
export interface StreamKind<S extends { id: string; version: number }, C extends { type: string }> {
  label: string;
  streamType: string;
  streamId(id: string): string;
  /** The command that creates the record (any other needs it to exist). */
  creates(command: C): boolean;
  decide(state: S | null, command: C, meta: CommandMetadata): { type: string; data: unknown }[];
  evolve(state: S | null, event: StoredEvent): S;
  project: Projector;
}

/**
 * Records without clocks (the register, supervisions and inspections) append straight to the event
 * store from the gateway: the same hash chain, expected-version concurrency, idempotency by command id
 * and a read model written in the append transaction as hazards, without a workflow.
 */
export class DirectStreams {
  constructor(private readonly db: Db) {}

  async execute<S extends { id: string; version: number }, C extends { type: string }>(
    kind: StreamKind<S, C>,
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
    const streamId = kind.streamId(id);
    const key = options.idempotencyKey === undefined || options.idempotencyKey === null ? null : requiredText('idempotencyKey', options.idempotencyKey, { max: 128 });
    const meta = commandMetadata(principal, request, key, options);

    const events = await readStream(this.db, streamId);
    const state = fold(kind, events);
    if (state) args.assertVisible(state);
    else if (!kind.creates(command)) throw new DomainError('NOT_FOUND', `no ${kind.label} ${id} that you may see`);
    // A retried command (same key) answers with the current record and writes nothing.
    if (key && state && (await streamHasCommand(this.db, streamId, meta.commandId))) return { state, events, commandId: meta.commandId };

    const resolved = args.resolve ? await args.resolve(state, command) : command;
    const bodies = kind.decide(state, resolved, meta);
    const expectedVersion = state?.version ?? 0;
    const newEvents: NewEvent[] = bodies.map((body, i) => ({
      eventId: randomUUID(),
      streamId,
      version: expectedVersion + i + 1,
      type: body.type,
      data: body.data,
      metadata: {
        commandId: meta.commandId,
        occurredAt: meta.occurredAt ?? meta.now,
        recordedAt: meta.now,
        actor: meta.actor,
        requestId: meta.requestId,
        ...(meta.clientAddress ? { clientAddress: meta.clientAddress } : {}),
        ...(meta.userAgent ? { userAgent: meta.userAgent } : {}),
      } as NewEvent['metadata'],
    }));
    try {
      const { events: stored } = await appendToStream(this.db, { streamId, streamType: kind.streamType, expectedVersion, events: newEvents }, kind.project);
      const all = [...events, ...stored];
      return { state: fold(kind, all) as S, events: all, commandId: meta.commandId };
    } catch (err) {
      if (err instanceof VersionConflictError) {
        if (key && (await streamHasCommand(this.db, streamId, meta.commandId))) {
          const now = await readStream(this.db, streamId);
          return { state: fold(kind, now) as S, events: now, commandId: meta.commandId };
        }
        throw new DomainError('VERSION_CONFLICT', `the ${kind.label} changed meanwhile; reload it and try again`);
      }
      throw err;
    }
  }

  /** A record now, or as the system knew it at `at` (RECORDED) or as things had happened by then (OCCURRED). */
  async find<S extends { id: string; version: number }, C extends { type: string }>(
    kind: StreamKind<S, C>,
    id: string,
    assertVisible: (state: S) => void,
    asOf?: { at: string; basis: 'RECORDED' | 'OCCURRED' },
  ): Promise<{ state: S; events: StoredEvent[] } | null> {
    const streamId = kind.streamId(id);
    const rows = await readStreamRows(this.db, streamId, asOf ? (asOf.basis === 'OCCURRED' ? { occurredUntil: new Date(asOf.at) } : { recordedUntil: new Date(asOf.at) }) : {});
    const events = rows.map(toStoredEvent);
    // By occurred time, a record not yet created then did not exist, whatever else was back-dated.
    const state = events.length > 0 && events[0].version === 1 ? fold(kind, events) : null;
    if (!state) {
      if (asOf) {
        // Existence is only revealed inside the caller's scope: check the current record.
        const now = fold(kind, await readStream(this.db, streamId));
        if (now) assertVisible(now);
      }
      return null;
    }
    assertVisible(state);
    return { state, events };
  }
}

export const fold = <S extends { id: string; version: number }, C extends { type: string }>(kind: StreamKind<S, C>, events: readonly StoredEvent[]): S | null =>
  events.reduce<S | null>((state, event) => kind.evolve(state, event), null);

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
