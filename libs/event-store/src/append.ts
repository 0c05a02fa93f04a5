import { type Transaction, sql } from 'kysely';
import type { Envelope } from '@hazard/domain';
import { GENESIS_HASH, canonicalEventText, chainHash } from './canonical';
import type { Db } from './database';
import { type ReadModelRow, upsertReadModelRow, upsertReadModelSql } from './read-model';
import type { Database, EventRow } from './schema';

/** The one event envelope (libs/domain `Envelope`): a decided body with its stream, version, id and metadata. */
export type NewEvent = Envelope;

export interface StoredEvent extends Envelope {
  prevHash: string;
  hash: string;
  globalPosition: string;
}

export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';
  readonly code = 'VERSION_CONFLICT';

  /** `newer`: the events stored after the expected version, when the caller asked for them (`appendDecided`). */
  constructor(
    message: string,
    readonly newer: StoredEvent[] = [],
  ) {
    super(message);
  }
}

export type Projector = (trx: Transaction<Database>, events: readonly StoredEvent[]) => Promise<void>;

export interface AppendRequest {
  streamId: string;
  streamType: string;
  expectedVersion: number;
  events: readonly NewEvent[];
  /**
   * The stream's head hash as the caller last saw it (GENESIS_HASH for a new stream). With it the
   * append is one statement; without it, or when the head has moved, it takes the locking path.
   */
  expectedHeadHash?: string;
  /** The read-model row of the state these events lead to, folded by the caller: written as is, never read back. */
  readModel?: ReadModelRow;
}

export interface AppendResult {
  events: StoredEvent[];
  /** True when exactly these events were already stored (a retried append): nothing was written. */
  duplicate: boolean;
  /** How it was written: one statement, or the locking transaction (a new caller, a moved head, a retry). */
  path: 'one-statement' | 'locking';
}

const EVENT_COLUMNS = ['stream_id', 'version', 'event_id', 'command_id', 'type', 'canonical', 'data', 'metadata', 'occurred_at', 'recorded_at', 'prev_hash', 'hash'] as const;
type EventValues = Record<(typeof EVENT_COLUMNS)[number], unknown>;

/**
 * Appends events to one stream: optimistic concurrency on the expected version, a hash chain over
 * the stored canonical text, and the read model in the same transaction. Re-appending the same
 * events is a no-op; different events at a taken version are a VersionConflictError.
 *
 * The common case is one statement (a caller that knows the head hash, `docs/architecture.md`): the
 * conditional update of the stream head, the event rows and the read-model row, each depending on the
 * one before. If the head has moved it writes nothing, and the locking transaction below decides
 * between a duplicate, a conflict, and an append onto the head as stored.
 */
export async function appendToStream(db: Db, request: AppendRequest, project?: Projector): Promise<AppendResult> {
  assertWellFormed(request);
  const canonicals = request.events.map(canonicalEventText);
  const knownHead = request.expectedHeadHash;
  if (knownHead !== undefined && (request.expectedVersion > 0 || knownHead === GENESIS_HASH) && (request.readModel || !project)) {
    const stored = await appendInOneStatement(db, request, eventValues(request, canonicals, knownHead));
    if (stored) return { events: stored, duplicate: false, path: 'one-statement' };
  }
  return appendLocking(db, request, canonicals, project);
}

async function appendInOneStatement(db: Db, request: AppendRequest, rows: EventValues[]): Promise<StoredEvent[] | null> {
  const { streamId, streamType, expectedVersion, expectedHeadHash } = request;
  const last = rows[rows.length - 1];
  const head =
    expectedVersion === 0
      ? sql`insert into streams (stream_id, stream_type, version, head_hash) values (${streamId}, ${streamType}, ${last.version}, ${last.hash})
          on conflict (stream_id) do nothing returning stream_id`
      : sql`update streams set version = ${last.version}, head_hash = ${last.hash}, updated_at = now()
          where stream_id = ${streamId} and version = ${expectedVersion} and head_hash = ${expectedHeadHash} returning stream_id`;
  const columns = sql.join(EVENT_COLUMNS.map((c) => sql.id(c)));
  const picked = sql.join(EVENT_COLUMNS.map((c) => sql`r.${sql.id(c)}`));
  const readModel = request.readModel ? sql`, read_model as (${upsertReadModelSql(request.readModel, 'head')})` : sql``;
  const result = await sql<{ global_position: string; version: number }>`
    with head as (${head}),
    inserted as (
      insert into events (${columns})
      select ${picked} from head, jsonb_populate_recordset(null::events, ${JSON.stringify(rows)}::jsonb) r
      returning global_position, version
    )${readModel}
    select global_position::text as global_position, version from inserted order by version`.execute(db);
  if (result.rows.length !== rows.length) return null;
  return result.rows.map((row, i) => storedFrom(request.events[i], rows[i], row.global_position));
}

async function appendLocking(db: Db, request: AppendRequest, canonicals: string[], project?: Projector): Promise<AppendResult> {
  const { streamId, streamType, expectedVersion, events } = request;
  const firstVersion = expectedVersion + 1;
  const lastVersion = expectedVersion + events.length;

  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('streams')
      .values({ stream_id: streamId, stream_type: streamType, version: 0, head_hash: GENESIS_HASH })
      .onConflict((oc) => oc.column('stream_id').doNothing())
      .execute();
    const stream = await trx
      .selectFrom('streams')
      .select(['version', 'head_hash'])
      .where('stream_id', '=', streamId)
      .forUpdate()
      .executeTakeFirstOrThrow();

    if (stream.version >= lastVersion) {
      const existing = await trx
        .selectFrom('events')
        .selectAll()
        .where('stream_id', '=', streamId)
        .where('version', '>=', firstVersion)
        .where('version', '<=', lastVersion)
        .orderBy('version')
        .execute();
      if (existing.length === events.length && existing.every((row, i) => row.canonical === canonicals[i])) {
        return { events: existing.map(toStoredEvent), duplicate: true, path: 'locking' as const };
      }
    }
    if (stream.version !== expectedVersion) {
      throw new VersionConflictError(
        `stream ${streamId} is at version ${stream.version}, the append expected version ${expectedVersion}`,
      );
    }

    const rows = eventValues(request, canonicals, stream.head_hash);
    const inserted = await trx
      .insertInto('events')
      .values(rows.map((row) => ({ ...row, data: JSON.stringify(row.data), metadata: JSON.stringify(row.metadata) }) as never))
      .returning(['global_position', 'version'])
      .execute();
    await trx
      .updateTable('streams')
      .set({ version: lastVersion, head_hash: rows[rows.length - 1].hash as string, updated_at: new Date() })
      .where('stream_id', '=', streamId)
      .execute();
    const position = new Map(inserted.map((row) => [row.version, String(row.global_position)]));
    const stored = events.map((event, i) => storedFrom(event, rows[i], position.get(event.version) as string));
    if (request.readModel) await upsertReadModelRow(trx, request.readModel);
    else if (project) await project(trx, stored);
    return { events: stored, duplicate: false, path: 'locking' as const };
  });
}

/** The rows of the events, chained from `headHash`: hash = sha256(prev_hash ‖ canonical). */
function eventValues({ streamId, events }: AppendRequest, canonicals: string[], headHash: string): EventValues[] {
  let prevHash = headHash;
  return events.map((event, i) => {
    const hash = chainHash(prevHash, canonicals[i]);
    const row = {
      stream_id: streamId,
      version: event.version,
      event_id: event.eventId,
      command_id: event.metadata.commandId,
      type: event.type,
      canonical: canonicals[i],
      data: event.data,
      metadata: event.metadata,
      occurred_at: event.metadata.occurredAt,
      recorded_at: event.metadata.recordedAt,
      prev_hash: prevHash,
      hash,
    };
    prevHash = hash;
    return row;
  });
}

/** What was stored, without reading it back: the canonical text is the event, the row adds its place in the chain. */
function storedFrom(event: NewEvent, row: EventValues, globalPosition: string): StoredEvent {
  const parsed = JSON.parse(row.canonical as string) as NewEvent;
  return {
    eventId: event.eventId,
    streamId: event.streamId,
    version: event.version,
    type: event.type,
    data: parsed.data,
    metadata: parsed.metadata,
    prevHash: row.prev_hash as string,
    hash: row.hash as string,
    globalPosition,
  };
}

function assertWellFormed({ streamId, expectedVersion, events }: AppendRequest): void {
  if (!Number.isInteger(expectedVersion) || expectedVersion < 0) throw new Error(`bad expected version ${expectedVersion}`);
  if (events.length === 0) throw new Error('nothing to append');
  events.forEach((event, i) => {
    if (event.streamId !== streamId) throw new Error(`event ${event.eventId} belongs to ${event.streamId}, not ${streamId}`);
    if (event.version !== expectedVersion + i + 1) {
      throw new Error(`event ${event.eventId} has version ${event.version}, expected ${expectedVersion + i + 1}`);
    }
  });
}

/** The stored canonical text is the truth; the jsonb copies are only for queries. */
export function toStoredEvent(row: EventRow): StoredEvent {
  const parsed = JSON.parse(row.canonical) as NewEvent;
  return {
    eventId: parsed.eventId,
    streamId: parsed.streamId,
    version: parsed.version,
    type: parsed.type,
    data: parsed.data,
    metadata: parsed.metadata,
    prevHash: row.prev_hash,
    hash: row.hash,
    globalPosition: String(row.global_position),
  };
}
