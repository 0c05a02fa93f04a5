import { randomUUID } from 'node:crypto';
import { type CommandMetadata, type CommandOutcome, type Decider, DomainError, type EventBody, foldEvents, runCommand } from '@hazard/domain';
import { type AppendResult, type NewEvent, type Projector, type StoredEvent, VersionConflictError, appendToStream, toStoredEvent } from './append';
import { GENESIS_HASH } from './canonical';
import type { Db } from './database';
import type { ReadModel } from './read-model';
import { readStream, readStreamRows } from './read';

/**
 * One aggregate, described once: its decider, its stream, its read model and where its clocks run.
 * Every command on it goes through `handleCommand` (or, for aggregates that run as workflows, the
 * same steps split around the append activity); `docs/architecture.md` says which is which.
 */
export interface Aggregate<S extends { id: string; version: number }, C extends { type: string }, B extends EventBody = EventBody> extends Decider<S, C, B> {
  label: string;
  streamType: string;
  streamId(id: string): string;
  /** The commands that create the record; any other needs it to exist. */
  creates(command: C): boolean;
  readModel?: ReadModel<S>;
  /**
   * For a record kept in tables other than one row per stream (the reporting units: their current row and every
   * version): run in the append's transaction with the events it stored, so the tables change with the events or
   * not at all. Such an append takes the locking path (docs/architecture.md, "The append").
   */
  project?: Projector;
  /** Where its clocks run: none, its own workflow (hazards), or the record-clock workflow (incidents, sources). */
  clocks: 'none' | 'hazard-workflow' | 'record-clock-workflow';
}

export interface HandleCommandArgs<S, C> {
  id: string;
  command: C;
  meta: CommandMetadata;
  /** Throws NOT_FOUND when the caller may not see the record. */
  assertVisible?: (state: S) => void;
  /** Adds what only the server may supply (reference entries, counts, clock rules), after the visibility check. */
  resolve?: (state: S | null, command: C) => Promise<C> | C;
  nextId?: () => string;
}

export interface HandledCommand<S> {
  state: S;
  /** The whole stream after the command. */
  events: StoredEvent[];
  /** What this command appended; empty for a repeat of a command already applied. */
  appended: StoredEvent[];
  duplicate: boolean;
}

/** A command read, checked and decided, not yet written (`prepareCommand`). */
export type PreparedCommand<S, C> =
  | { kind: 'duplicate'; streamId: string; state: S; history: StoredEvent[] }
  | { kind: 'decided'; streamId: string; state: S | null; history: StoredEvent[]; command: C; outcome: CommandOutcome<S | null, EventBody> };

/**
 * The first half of the handler: read the stream → fold → check the caller may see it → a command id
 * already in the stream is a duplicate → resolve → decide. A refusal throws its DomainError here, before
 * anything is written. The gateway uses it alone to check a command before sending it to the workflow
 * that writes the record (incidents, sources).
 */
export async function prepareCommand<S extends { id: string; version: number }, C extends { type: string }, B extends EventBody>(
  db: Db,
  aggregate: Aggregate<S, C, B>,
  args: HandleCommandArgs<S, C>,
): Promise<PreparedCommand<S, C>> {
  const streamId = aggregate.streamId(args.id);
  const history = await readStream(db, streamId);
  const state = foldEvents(aggregate.evolve, history as never) as S | null;
  if (state) args.assertVisible?.(state);
  else if (!aggregate.creates(args.command)) throw new DomainError('NOT_FOUND', `no ${aggregate.label} ${args.id} that you may see`);
  if (state && history.some((e) => e.metadata.commandId === args.meta.commandId)) return { kind: 'duplicate', streamId, state, history };
  const command = args.resolve ? await args.resolve(state, args.command) : args.command;
  const outcome = runCommand(aggregate, streamId, state, command, args.meta, args.nextId ?? randomUUID);
  return { kind: 'decided', streamId, state, history, command, outcome };
}

/**
 * The command handler: `prepareCommand`, then the append (with the folded state's read-model row, in
 * one statement) → the new state. A command id already in the stream answers with the record as it is
 * and writes nothing, so a retried request or clock applies once. A command that lost a race is a
 * VERSION_CONFLICT unless the winner was this same command.
 */
export async function handleCommand<S extends { id: string; version: number }, C extends { type: string }, B extends EventBody>(
  db: Db,
  aggregate: Aggregate<S, C, B>,
  args: HandleCommandArgs<S, C>,
): Promise<HandledCommand<S>> {
  const prepared = await prepareCommand(db, aggregate, args);
  if (prepared.kind === 'duplicate') return { state: prepared.state, events: prepared.history, appended: [], duplicate: true };
  const { streamId, state, history, outcome } = prepared;
  if (outcome.events.length === 0 || !outcome.state) return { state: state as S, events: history, appended: [], duplicate: false };
  try {
    const { events: appended } = await appendDecided(db, aggregate, {
      streamId,
      expectedVersion: state?.version ?? 0,
      expectedHeadHash: history.at(-1)?.hash ?? GENESIS_HASH,
      events: outcome.events,
      state: outcome.state,
    });
    return { state: outcome.state, events: [...history, ...appended], appended, duplicate: false };
  } catch (err) {
    if (!(err instanceof VersionConflictError)) throw err;
    const now = await readStream(db, streamId);
    if (now.some((e) => e.metadata.commandId === args.meta.commandId)) {
      return { state: foldEvents(aggregate.evolve, now as never) as S, events: now, appended: [], duplicate: true };
    }
    throw new DomainError('VERSION_CONFLICT', `the ${aggregate.label} changed meanwhile; reload it and try again`);
  }
}

export interface DecidedAppend<S> {
  streamId: string;
  expectedVersion: number;
  /** The head as the caller last saw it; unknown (an older workflow run) takes the locking path. */
  expectedHeadHash?: string;
  events: readonly NewEvent[];
  /** The state the events lead to: its read-model row is written with them. */
  state: S;
}

/**
 * The append step of the handler, for callers that decided elsewhere (the hazard workflow's append
 * activity). When the stream already holds events of this same command after the expected version, the
 * command was applied before: a local activity re-run after a crash decides again with a later clock (and
 * maybe after other commands of the lost task), so its events differ in their times but not in what they
 * are. It answers with every event stored after the expected version up to this command's last one
 * (`duplicate`), and the caller folds those. Any other taken version stays a VersionConflictError.
 */
export async function appendDecided<S extends { id: string; version: number }>(
  db: Db,
  aggregate: Pick<Aggregate<S, never>, 'streamType' | 'readModel' | 'project'>,
  append: DecidedAppend<S>,
): Promise<AppendResult> {
  const { streamId, expectedVersion, expectedHeadHash, events, state } = append;
  try {
    const request = {
      streamId,
      streamType: aggregate.streamType,
      expectedVersion,
      expectedHeadHash,
      events,
      readModel: aggregate.readModel ? { table: aggregate.readModel.table, values: aggregate.readModel.row(state, streamId) } : undefined,
    };
    return await appendToStream(db, request, aggregate.project);
  } catch (err) {
    if (!(err instanceof VersionConflictError)) throw err;
    const newer = (await readStreamRows(db, streamId, { fromVersion: expectedVersion + 1 })).map(toStoredEvent);
    const last = newer.map((e) => e.metadata.commandId).lastIndexOf(events[0].metadata.commandId);
    // Another command's events: the conflict stands, carrying them for a caller that folds and decides again.
    if (last < 0) throw new VersionConflictError(err.message, newer);
    return { events: newer.slice(0, last + 1), duplicate: true, path: 'locking' };
  }
}

/** A record as it stands, folded from its stream. */
export const foldStream = <S extends { id: string; version: number }, C extends { type: string }, B extends EventBody>(
  aggregate: Aggregate<S, C, B>,
  events: readonly StoredEvent[],
): S | null => foldEvents(aggregate.evolve, events as never);
