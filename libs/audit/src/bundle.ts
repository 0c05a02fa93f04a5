import { createHash } from 'node:crypto';
import { type HazardEvent, type HazardState, evolve } from '@hazard/domain';
import { GENESIS_HASH, chainHash } from '@hazard/event-store';
import { type Checkpoint, checkSignature } from './checkpoints';
import { fingerprintOf } from './keys';
import { type InclusionProof, type StreamHead, verifyInclusion } from './merkle';

export const BUNDLE_FORMAT = 'hazard-audit-bundle/1';

/** Everything needed to check one hazard's record on another machine, with no database and no server. */
export interface AuditBundle {
  format: typeof BUNDLE_FORMAT;
  exportedAt: string;
  hazardId: string;
  streamId: string;
  events: { version: number; canonical: string; prevHash: string; hash: string }[];
  checkpoint: Omit<Checkpoint, 'publicKey'> | null;
  head: StreamHead | null;
  proof: InclusionProof | null;
  publicKey: string | null;
  /** The evidence files the events cite, when exported with them (README "Evidence files"): the bytes as the server received them. */
  evidence?: BundledEvidence[];
}

export interface BundledEvidence {
  sha256: string;
  mediaType: string;
  fileName: string | null;
  base64: string;
}

export interface BundleVerification {
  ok: boolean;
  reasons: string[];
  eventCount: number;
  headHash: string | null;
  keyFingerprint: string | null;
  state: HazardState | null;
  /** Evidence files in the bundle whose bytes match the digest the events cite. */
  evidenceVerified: number;
}

/**
 * Checks a bundle offline: the chain from the canonical texts, the checkpoint signature under
 * the trusted key (the bundle's own key if none is given: then the fingerprint must be compared
 * with the one the office publishes), the inclusion proof of this stream's head in the signed
 * root, and that the events reach that head. Then folds the events into the state they describe.
 */
export function verifyBundle(raw: unknown, trustedPublicKey?: string): BundleVerification {
  const reasons: string[] = [];
  const fail = (reason: string): BundleVerification => ({ ok: false, reasons: [...reasons, reason], eventCount: 0, headHash: null, keyFingerprint: null, state: null, evidenceVerified: 0 });
  const bundle = raw as AuditBundle;
  if (!bundle || bundle.format !== BUNDLE_FORMAT || !Array.isArray(bundle.events)) return fail(`not a ${BUNDLE_FORMAT} file`);

  let ok = true;
  let prev = GENESIS_HASH;
  let state: HazardState | null = null;
  for (const [i, e] of bundle.events.entries()) {
    if (e.version !== i + 1) {
      ok = false;
      reasons.push(`version ${i + 1}: missing or out of place (found ${e.version})`);
      break;
    }
    if (e.prevHash !== prev) {
      ok = false;
      reasons.push(`version ${e.version}: does not link to the event before it`);
      break;
    }
    if (chainHash(prev, e.canonical) !== e.hash) {
      ok = false;
      reasons.push(`version ${e.version}: its content does not match its hash`);
      break;
    }
    let parsed: HazardEvent;
    try {
      parsed = JSON.parse(e.canonical) as HazardEvent;
    } catch {
      ok = false;
      reasons.push(`version ${e.version}: the canonical text is not JSON`);
      break;
    }
    if (parsed.streamId !== bundle.streamId || parsed.version !== e.version) {
      ok = false;
      reasons.push(`version ${e.version}: belongs to ${parsed.streamId} v${parsed.version}`);
      break;
    }
    try {
      state = evolve(state, parsed);
    } catch (err) {
      ok = false;
      reasons.push(`version ${e.version}: does not fold (${(err as Error).message})`);
      break;
    }
    prev = e.hash;
  }

  const key = trustedPublicKey ?? bundle.publicKey;
  let keyFingerprint: string | null = null;
  if (bundle.checkpoint) {
    if (!key) {
      ok = false;
      reasons.push('the bundle has a checkpoint but no public key to check it with');
    } else {
      keyFingerprint = fingerprintOf(key);
      const signature = checkSignature({ ...bundle.checkpoint, publicKey: key }, key);
      if (!signature.ok) {
        ok = false;
        reasons.push(signature.reason);
      }
      if (!bundle.head || !bundle.proof || bundle.head.streamId !== bundle.streamId) {
        ok = false;
        reasons.push('the bundle lacks the inclusion proof of this stream in its checkpoint');
      } else {
        if (!verifyInclusion(bundle.head, bundle.proof, bundle.checkpoint.root)) {
          ok = false;
          reasons.push(`the stream head v${bundle.head.version} is not included in the signed root of checkpoint ${bundle.checkpoint.id}`);
        }
        const atHead = bundle.events[bundle.head.version - 1];
        if (!atHead || atHead.hash !== bundle.head.headHash) {
          ok = false;
          reasons.push(`the events do not reach the head that checkpoint ${bundle.checkpoint.id} signed (version ${bundle.head.version})`);
        }
      }
    }
  } else {
    reasons.push('no checkpoint covers this hazard yet: only the chain could be checked');
  }
  const evidence = verifyEvidence(bundle);
  if (!evidence.ok) ok = false;
  reasons.push(...evidence.reasons);
  if (ok) {
    reasons.unshift(
      `all ${bundle.events.length} events verify${bundle.checkpoint ? `; the head at version ${bundle.head?.version} is in checkpoint ${bundle.checkpoint.id} of ${bundle.checkpoint.createdAt}` : ''}`,
    );
  }
  return { ok, reasons, eventCount: bundle.events.length, headHash: bundle.events.at(-1)?.hash ?? null, keyFingerprint, state: ok ? state : null, evidenceVerified: evidence.verified };
}

/** The digests the events cite: a submission's, a standby check's. */
export function citedEvidence(events: AuditBundle['events']): string[] {
  const cited = new Set<string>();
  for (const e of events) {
    try {
      const data = (JSON.parse(e.canonical) as { data?: { evidenceHashes?: unknown } }).data;
      if (Array.isArray(data?.evidenceHashes)) for (const h of data.evidenceHashes) if (typeof h === 'string') cited.add(h);
    } catch {
      // a canonical text that is not JSON fails the chain check above
    }
  }
  return [...cited];
}

/**
 * Each bundled file's bytes hash to its digest, and each is cited by an event; files cited but not bundled are
 * named (a bundle may be exported without them), not a failure.
 */
function verifyEvidence(bundle: AuditBundle): { ok: boolean; reasons: string[]; verified: number } {
  const cited = citedEvidence(bundle.events);
  const files = Array.isArray(bundle.evidence) ? bundle.evidence : [];
  const reasons: string[] = [];
  let ok = true;
  let verified = 0;
  for (const f of files) {
    const digest = typeof f?.base64 === 'string' ? createHash('sha256').update(Buffer.from(f.base64, 'base64')).digest('hex') : null;
    if (digest !== f?.sha256) {
      ok = false;
      reasons.push(`evidence file ${String(f?.sha256).slice(0, 12)}… (${f?.fileName ?? 'unnamed'}): its bytes do not match its digest`);
    } else if (!cited.includes(f.sha256)) {
      ok = false;
      reasons.push(`evidence file ${f.sha256.slice(0, 12)}… is in the bundle but no event cites it`);
    } else {
      verified++;
    }
  }
  const missing = cited.filter((sha) => !files.some((f) => f?.sha256 === sha));
  if (files.length > 0 || cited.length > 0) {
    reasons.push(
      `${verified} of ${cited.length} evidence file${cited.length === 1 ? '' : 's'} cited verified from their bytes${missing.length ? `; not in this bundle: ${missing.map((m) => `${m.slice(0, 12)}…`).join(', ')}` : ''}`,
    );
  }
  return { ok, reasons, verified };
}
