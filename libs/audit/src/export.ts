import { hazardStreamId } from '@hazard/domain';
import { type Db, readStreamRows } from '@hazard/event-store';
import { type AuditBundle, BUNDLE_FORMAT } from './bundle';
import { findCheckpoint, inclusionProofFor } from './checkpoints';

/** A self-contained bundle of one hazard: its events, the latest checkpoint covering it, the proof, the public key. */
export async function exportBundle(db: Db, hazardId: string, trustedPublicKey: string | null): Promise<AuditBundle> {
  const streamId = hazardStreamId(hazardId);
  const rows = await readStreamRows(db, streamId);
  if (rows.length === 0) throw new Error(`no events for hazard ${hazardId}`);
  const latest = await findCheckpoint(db);
  const covered = latest ? await inclusionProofFor(db, latest.id, streamId) : null;
  const { publicKey: storedKey, ...checkpoint } = latest ?? { publicKey: null };
  return {
    format: BUNDLE_FORMAT,
    exportedAt: new Date().toISOString(),
    hazardId,
    streamId,
    events: rows.map((r) => ({ version: r.version, canonical: r.canonical, prevHash: r.prev_hash, hash: r.hash })),
    checkpoint: latest && covered ? (checkpoint as AuditBundle['checkpoint']) : null,
    head: covered?.head ?? null,
    proof: covered?.proof ?? null,
    publicKey: trustedPublicKey ?? (storedKey),
  };
}
