import { canonicalize } from 'json-canonicalize';
import type { Db } from '@hazard/event-store';
import { type SigningKey, signText, verifyText } from './keys';
import { type InclusionProof, type StreamHead, inclusionProof, merkleRoot, sortHeads } from './merkle';

export const CHECKPOINT_FORMAT = 'hazard-checkpoint/1';

export interface Checkpoint {
  id: string;
  createdAt: string;
  streamCount: number;
  root: string;
  signedText: string;
  signature: string;
  keyFingerprint: string;
  publicKey: string;
}

const toCheckpoint = (row: {
  id: string;
  created_at: Date | string;
  stream_count: number;
  root: string;
  signed_text: string;
  signature: string;
  key_fingerprint: string;
  public_key: string;
}): Checkpoint => ({
  id: String(row.id),
  createdAt: new Date(row.created_at).toISOString(),
  streamCount: row.stream_count,
  root: row.root,
  signedText: row.signed_text,
  signature: row.signature,
  keyFingerprint: row.key_fingerprint,
  publicKey: row.public_key,
});

/** The text a checkpoint signs: its format, time, size and root, as RFC 8785 JSON. */
export const checkpointText = (createdAt: string, streamCount: number, root: string): string =>
  canonicalize({ format: CHECKPOINT_FORMAT, createdAt, streamCount, root });

/**
 * A Merkle root over every stream's head (version and head hash), signed with the audit key and
 * stored with the heads it covers. Read in one snapshot, so it describes one moment of the record.
 */
export async function createCheckpoint(db: Db, key: SigningKey, now: Date = new Date()): Promise<Checkpoint> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const rows = await trx.selectFrom('streams').select(['stream_id', 'version', 'head_hash']).where('version', '>', 0).execute();
      const heads = sortHeads(rows.map((r) => ({ streamId: r.stream_id, version: r.version, headHash: r.head_hash })));
      const root = merkleRoot(heads);
      const createdAt = now.toISOString();
      const signedText = checkpointText(createdAt, heads.length, root);
      const inserted = await trx
        .insertInto('audit_checkpoints')
        .values({
          created_at: createdAt,
          stream_count: heads.length,
          root,
          signed_text: signedText,
          signature: signText(key, signedText),
          key_fingerprint: key.fingerprint,
          public_key: key.publicKeyPem,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      for (let i = 0; i < heads.length; i += 5_000) {
        await trx
          .insertInto('audit_checkpoint_heads')
          .values(
            heads.slice(i, i + 5_000).map((h, j) => ({
              checkpoint_id: inserted.id,
              position: i + j,
              stream_id: h.streamId,
              version: h.version,
              head_hash: h.headHash,
            })),
          )
          .execute();
      }
      return toCheckpoint(inserted);
    });
}

export async function findCheckpoint(db: Db, id?: string): Promise<Checkpoint | null> {
  let query = db.selectFrom('audit_checkpoints').selectAll();
  query = id ? query.where('id', '=', id) : query.orderBy('id', 'desc');
  const row = await query.limit(1).executeTakeFirst();
  return row ? toCheckpoint(row) : null;
}

export async function listCheckpoints(db: Db, limit = 30): Promise<Checkpoint[]> {
  return (await db.selectFrom('audit_checkpoints').selectAll().orderBy('id', 'desc').limit(limit).execute()).map(toCheckpoint);
}

export async function checkpointHeads(db: Db, checkpointId: string): Promise<StreamHead[]> {
  const rows = await db
    .selectFrom('audit_checkpoint_heads')
    .select(['stream_id', 'version', 'head_hash'])
    .where('checkpoint_id', '=', checkpointId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({ streamId: r.stream_id, version: r.version, headHash: r.head_hash }));
}

export interface CheckpointCheck {
  ok: boolean;
  reason: string;
}

/**
 * A checkpoint is trustworthy when its signature verifies under the trusted public key (not the
 * copy stored beside it), its columns say what the signed text says, and its stored heads
 * hash to the signed root.
 */
export function checkSignature(checkpoint: Checkpoint, trustedPublicKey: string): CheckpointCheck {
  if (!verifyText(trustedPublicKey, checkpoint.signedText, checkpoint.signature)) {
    return { ok: false, reason: `checkpoint ${checkpoint.id}: the signature does not verify under the trusted audit key` };
  }
  let signed: { format?: string; createdAt?: string; streamCount?: number; root?: string };
  try {
    signed = JSON.parse(checkpoint.signedText);
  } catch {
    return { ok: false, reason: `checkpoint ${checkpoint.id}: the signed text is not JSON` };
  }
  if (
    signed.format !== CHECKPOINT_FORMAT ||
    signed.root !== checkpoint.root ||
    signed.streamCount !== checkpoint.streamCount ||
    signed.createdAt !== checkpoint.createdAt
  ) {
    return { ok: false, reason: `checkpoint ${checkpoint.id}: its columns differ from the text that was signed` };
  }
  return { ok: true, reason: `checkpoint ${checkpoint.id} of ${checkpoint.createdAt} is signed by the trusted key` };
}

export async function checkCheckpoint(db: Db, checkpoint: Checkpoint, trustedPublicKey: string): Promise<CheckpointCheck & { heads: StreamHead[] }> {
  const signature = checkSignature(checkpoint, trustedPublicKey);
  const heads = await checkpointHeads(db, checkpoint.id);
  if (!signature.ok) return { ...signature, heads };
  if (heads.length !== checkpoint.streamCount || merkleRoot(heads) !== checkpoint.root) {
    return { ok: false, reason: `checkpoint ${checkpoint.id}: the stored stream heads do not hash to the signed root`, heads };
  }
  return { ...signature, heads };
}

export async function inclusionProofFor(
  db: Db,
  checkpointId: string,
  streamId: string,
): Promise<{ head: StreamHead; proof: InclusionProof } | null> {
  const heads = await checkpointHeads(db, checkpointId);
  const index = heads.findIndex((h) => h.streamId === streamId);
  if (index < 0) return null;
  return { head: heads[index], proof: inclusionProof(heads, index) };
}

