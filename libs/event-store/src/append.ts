import type { Transaction } from 'kysely';
import { GENESIS_HASH, canonicalEventText, chainHash } from './canonical';
import type { Db } from './database';
import type { Database, EventRow } from './schema';

export interface EventMetadataShape {
  commandId: string;
  occurredAt: string;
  recordedAt: string;
  actor?: unknown;
}

export interface NewEvent {
  eventId: string;
  streamId: string;
  version: number;
  type: string;
  data: unknown;
  metadata: EventMetadataShape;
}

export interface StoredEvent extends NewEvent {
  prevHash: string;
  hash: string;
  globalPosition: string;
}

export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';
  readonly code = 'VERSION_CONFLICT';
}

export type Projector = (trx: Transaction<Database>, events: readonly StoredEvent[]) => Promise<void>;

export interface AppendRequest {
  streamId: string;
  streamType: string;
  expectedVersion: number;
  events: readonly NewEvent[];
}

export interface AppendResult {
  events: StoredEvent[];
  /** True when exactly these events were already stored (a retried append): nothing was written. */
  duplicate: boolean;
}

/**
 * Appends events to one stream in one transaction: optimistic concurrency on the expected
 * version, a hash chain over the stored canonical text, and the read models through
 * `project` in the same transaction. Re-appending the same events is a no-op; different
 * events at a taken version are a VersionConflictError.
 */
export async function appendToStream(db: Db, request: AppendRequest, project?: Projector): Promise<AppendResult> {
  const { streamId, streamType, expectedVersion, events } = request;
  assertWellFormed(request);
  const canonicals = events.map(canonicalEventText);
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
        return { events: existing.map(toStoredEvent), duplicate: true };
      }
    }
    if (stream.version !== expectedVersion) {
      throw new VersionConflictError(
        `stream ${streamId} is at version ${stream.version}, the append expected version ${expectedVersion}`,
      );
    }

    let prevHash = stream.head_hash;
    const rows = events.map((event, i) => {
      const hash = chainHash(prevHash, canonicals[i]);
      const row = {
        stream_id: streamId,
        version: event.version,
        event_id: event.eventId,
        command_id: event.metadata.commandId,
        type: event.type,
        canonical: canonicals[i],
        data: JSON.stringify(event.data),
        metadata: JSON.stringify(event.metadata),
        occurred_at: event.metadata.occurredAt,
        recorded_at: event.metadata.recordedAt,
        prev_hash: prevHash,
        hash,
      };
      prevHash = hash;
      return row;
    });
    const inserted = await trx.insertInto('events').values(rows).returningAll().execute();
    await trx
      .updateTable('streams')
      .set({ version: lastVersion, head_hash: prevHash, updated_at: new Date() })
      .where('stream_id', '=', streamId)
      .execute();
    const stored = inserted.sort((a, b) => a.version - b.version).map(toStoredEvent);
    if (project) await project(trx, stored);
    return { events: stored, duplicate: false };
  });
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
