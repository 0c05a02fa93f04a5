import type { Actor, CommandMetadata } from './metadata';

/** The hash before a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a decider returns: an event before it has a place in a stream. */
export interface EventBody {
  type: string;
  data: unknown;
}

export interface EventMetadata {
  commandId: string;
  actor: Actor;
  occurredAt: string;
  recordedAt: string;
  requestId?: string;
  clientAddress?: string;
  userAgent?: string;
}

/** The one event envelope: a decided body with its stream, version, id and metadata. */
export type Envelope<B extends EventBody = EventBody> = B & {
  eventId: string;
  streamId: string;
  version: number;
  metadata: EventMetadata;
};

/** The pure half of an aggregate: what every caller of the command handler needs to run a command. */
export interface Decider<S extends { version: number }, C extends { type: string }, B extends EventBody = EventBody> {
  decide(state: S | null, command: C, meta: CommandMetadata): readonly B[];
  evolve(state: S | null, event: Envelope<B>): S;
}

/**
 * Gives decided events their place in the stream and their metadata. The ids come from the caller
 * (a workflow's deterministic uuid4, or a random one outside workflows), so a retried append carries
 * the same ids.
 */
export function envelopeEvents<B extends EventBody>(
  streamId: string,
  currentVersion: number,
  bodies: readonly B[],
  meta: CommandMetadata,
  nextId: () => string,
): Envelope<B>[] {
  const occurredAt = meta.occurredAt ? new Date(Date.parse(meta.occurredAt)).toISOString() : meta.now;
  return bodies.map((body, i) => ({
    ...body,
    eventId: nextId(),
    streamId,
    version: currentVersion + i + 1,
    metadata: {
      commandId: meta.commandId,
      actor: { sub: meta.actor.sub, name: meta.actor.name, roles: [...meta.actor.roles], ...(meta.actor.level ? { level: meta.actor.level } : {}) },
      occurredAt,
      recordedAt: meta.now,
      ...(meta.requestId ? { requestId: meta.requestId } : {}),
      ...(meta.clientAddress ? { clientAddress: meta.clientAddress } : {}),
      ...(meta.userAgent ? { userAgent: meta.userAgent } : {}),
    },
  }));
}

export interface CommandOutcome<S, B extends EventBody> {
  events: Envelope<B>[];
  /** The state after the events: what the caller keeps and what the read model is written from. */
  state: S;
}

/**
 * The pure step of the command handler: decide → envelope → evolve. It runs inside the hazard
 * workflow (before the append activity) and in the event store's handler (before the append), so
 * the append always receives the state the events lead to and never reads it back.
 */
export function runCommand<S extends { version: number }, C extends { type: string }, B extends EventBody>(
  decider: Decider<S, C, B>,
  streamId: string,
  state: S | null,
  command: C,
  meta: CommandMetadata,
  nextId: () => string,
): CommandOutcome<S | null, B> {
  return applyBodies(decider, streamId, state, decider.decide(state, command, meta), meta, nextId);
}

/** Envelopes already decided bodies and folds them; `runCommand` without the decision. */
export function applyBodies<S extends { version: number }, B extends EventBody>(
  decider: Pick<Decider<S, never, B>, 'evolve'>,
  streamId: string,
  state: S | null,
  bodies: readonly B[],
  meta: CommandMetadata,
  nextId: () => string,
): CommandOutcome<S | null, B> {
  const events = envelopeEvents(streamId, state?.version ?? 0, bodies, meta, nextId);
  let next = state;
  for (const event of events) next = decider.evolve(next, event);
  return { events, state: next };
}

/** A stream folded from its first event. */
export const foldEvents = <S extends { version: number }, B extends EventBody>(
  evolve: Decider<S, never, B>['evolve'],
  events: readonly Envelope<B>[],
): S | null => events.reduce<S | null>((state, event) => evolve(state, event), null);
