import { type HazardState, hazardIdFromStreamId, hazardStreamId } from '@hazard/domain';
import { type Db, foldHazardRows, readStreamRows, sameJson, verifyChain } from '@hazard/event-store';
import { type Checkpoint, checkCheckpoint } from './checkpoints';
import type { StreamHead } from './merkle';

export interface CheckpointContext {
  checkpoint: Checkpoint;
  /** Whether the checkpoint itself verified (signature, root); if not, `reason` says why. */
  ok: boolean;
  reason: string;
  heads: Map<string, StreamHead>;
}

/** Loads the latest (or a given) checkpoint and checks it once, for verifying many streams against it. */
export async function checkpointContext(db: Db, checkpoint: Checkpoint | null, trustedPublicKey: string | null): Promise<CheckpointContext | null> {
  if (!checkpoint) return null;
  if (!trustedPublicKey) {
    return { checkpoint, ok: false, reason: 'no trusted audit public key is configured (AUDIT_PUBLIC_KEY or AUDIT_SIGNING_KEY)', heads: new Map() };
  }
  const check = await checkCheckpoint(db, checkpoint, trustedPublicKey);
  return { checkpoint, ok: check.ok, reason: check.reason, heads: new Map(check.heads.map((h) => [h.streamId, h])) };
}

export interface StreamVerification {
  hazardId: string;
  streamId: string;
  ok: boolean;
  eventCount: number;
  firstBadVersion: number | null;
  headHash: string | null;
  matchesReadModel: boolean;
  checkpointId: string | null;
  /** null when no checkpoint covers this stream (it is newer than the last one). */
  matchesCheckpoint: boolean | null;
  reasons: string[];
  folded: HazardState | null;
}

/**
 * Everything an auditor asks of one hazard's record: the chain recomputed from the stored
 * canonical text, the stream head, the fold against the read model, and the last signed
 * checkpoint, which catches what a chain alone cannot (a deleted tail, a stream rewritten with
 * recomputed hashes).
 */
export async function verifyHazardRecord(db: Db, hazardId: string, context: CheckpointContext | null): Promise<StreamVerification> {
  const streamId = hazardStreamId(hazardId);
  const rows = await readStreamRows(db, streamId);
  const chain = verifyChain(streamId, rows);
  const reasons: string[] = [];
  let ok = chain.ok;
  let firstBadVersion = chain.firstBadVersion;
  if (!chain.ok) reasons.push(chain.reason);

  const head = await db.selectFrom('streams').select(['version', 'head_hash']).where('stream_id', '=', streamId).executeTakeFirst();
  const lastHash = rows.length ? rows[rows.length - 1].hash : null;
  if (head && (head.version !== rows.length || (rows.length > 0 && head.head_hash !== lastHash))) {
    ok = false;
    reasons.push(`the stream head says version ${head.version}, but ${rows.length} events are stored (events removed or added behind the store's back)`);
    firstBadVersion ??= Math.min(head.version, rows.length) + 1;
  }

  let folded: HazardState | null = null;
  try {
    folded = foldHazardRows(rows);
  } catch (err) {
    ok = false;
    reasons.push(`the events do not fold: ${(err as Error).message}`);
  }
  const readModel = await db.selectFrom('hazards').select('state').where('id', '=', hazardId).executeTakeFirst();
  const matchesReadModel = folded !== null && readModel !== undefined && sameJson(folded, readModel.state);
  if (!matchesReadModel) {
    ok = false;
    reasons.push(readModel ? 'the read model differs from the fold of the events' : 'the read model has no row for this hazard');
  }

  let matchesCheckpoint: boolean | null = null;
  if (context) {
    if (!context.ok) {
      ok = false;
      matchesCheckpoint = false;
      reasons.push(context.reason);
    } else {
      const covered = context.heads.get(streamId);
      if (covered) {
        matchesCheckpoint = true;
        if (rows.length < covered.version) {
          matchesCheckpoint = false;
          reasons.push(
            `checkpoint ${context.checkpoint.id} covers versions 1..${covered.version}, but only ${rows.length} remain (the tail was deleted)`,
          );
          firstBadVersion ??= rows.length + 1;
        } else if (rows[covered.version - 1].hash !== covered.headHash) {
          matchesCheckpoint = false;
          reasons.push(
            `the hash at version ${covered.version} differs from checkpoint ${context.checkpoint.id} of ${context.checkpoint.createdAt} (the stream was rewritten)`,
          );
        }
        if (!matchesCheckpoint) ok = false;
      }
    }
  }
  if (ok) reasons.push(`all ${rows.length} events verify${matchesCheckpoint ? ` and match checkpoint ${context?.checkpoint.id}` : ''}`);
  return {
    hazardId,
    streamId,
    ok,
    eventCount: rows.length,
    firstBadVersion,
    headHash: lastHash,
    matchesReadModel,
    checkpointId: context?.checkpoint.id ?? null,
    matchesCheckpoint,
    reasons,
    folded,
  };
}

/** Every hazard the record knows of: in the stream table, in the read model, or in the checkpoint. */
export async function allHazardIds(db: Db, context: CheckpointContext | null): Promise<string[]> {
  const [streams, rows] = await Promise.all([
    db.selectFrom('streams').select('stream_id').where('stream_type', '=', 'hazard').execute(),
    db.selectFrom('hazards').select('id').execute(),
  ]);
  const ids = new Set<string>([...streams.map((s) => hazardIdFromStreamId(s.stream_id)), ...rows.map((r) => r.id)]);
  for (const streamId of context?.heads.keys() ?? []) if (streamId.startsWith('hazard-')) ids.add(hazardIdFromStreamId(streamId));
  return [...ids].sort();
}
