import { sql } from 'kysely';
import { type StoredEvent, toStoredEvent } from './append';
import type { Db } from './database';
import type { EventRow } from './schema';

export async function readStreamRows(
  db: Db,
  streamId: string,
  options: { recordedUntil?: Date; occurredUntil?: Date; fromVersion?: number; toVersion?: number } = {},
): Promise<EventRow[]> {
  let query = db.selectFrom('events').selectAll().where('stream_id', '=', streamId);
  if (options.fromVersion !== undefined) query = query.where('version', '>=', options.fromVersion);
  if (options.toVersion !== undefined) query = query.where('version', '<=', options.toVersion);
  if (options.recordedUntil) query = query.where('recorded_at', '<=', options.recordedUntil);
  if (options.occurredUntil) query = query.where('occurred_at', '<=', options.occurredUntil);
  return query.orderBy('version').execute();
}

export async function readStream(db: Db, streamId: string): Promise<StoredEvent[]> {
  return (await readStreamRows(db, streamId)).map(toStoredEvent);
}

export async function streamHasCommand(db: Db, streamId: string, commandId: string): Promise<boolean> {
  const row = await db
    .selectFrom('events')
    .select('version')
    .where('stream_id', '=', streamId)
    .where('command_id', '=', commandId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function streamIdsOfType(db: Db, streamType: string): Promise<string[]> {
  const rows = await db.selectFrom('streams').select('stream_id').where('stream_type', '=', streamType).where('version', '>', 0).orderBy('stream_id').execute();
  return rows.map((r) => r.stream_id);
}

/** A reader's place in the global order: (transaction id, global position) of the last event read. */
export interface GlobalCheckpoint {
  transactionId: string;
  globalPosition: string;
}

export const START_OF_LOG: GlobalCheckpoint = { transactionId: '0', globalPosition: '0' };

export interface GlobalEvent extends StoredEvent {
  checkpoint: GlobalCheckpoint;
}

/**
 * Events in global order after `after`, read only from transactions older than the oldest one
 * still running, and ordered by (transaction id, position). A transaction that took its
 * position early and commits late would otherwise slip in behind a reader and never be seen.
 */
export async function readAllAfter(db: Db, after: GlobalCheckpoint = START_OF_LOG, limit = 500): Promise<GlobalEvent[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where(sql<boolean>`transaction_id < pg_snapshot_xmin(pg_current_snapshot())`)
    .where(
      sql<boolean>`(transaction_id, global_position) > (${after.transactionId}::xid8, ${after.globalPosition}::bigint)`,
    )
    .orderBy('transaction_id')
    .orderBy('global_position')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    ...toStoredEvent(row),
    checkpoint: { transactionId: String(row.transaction_id), globalPosition: String(row.global_position) },
  }));
}

/** Where the global log ends now, as far as any reader may see it. */
export async function latestCheckpoint(db: Db): Promise<GlobalCheckpoint> {
  const row = await db
    .selectFrom('events')
    .select(['transaction_id', 'global_position'])
    .where(sql<boolean>`transaction_id < pg_snapshot_xmin(pg_current_snapshot())`)
    .orderBy('transaction_id', 'desc')
    .orderBy('global_position', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { transactionId: String(row.transaction_id), globalPosition: String(row.global_position) } : START_OF_LOG;
}
