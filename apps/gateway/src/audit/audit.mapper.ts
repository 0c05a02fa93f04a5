import type { InclusionProof, StreamHead } from '@hazard/audit';
import type { VerifiedCheckpoint } from './audit.service';
import type { AuditCheckpointModel } from './models/audit-checkpoint.model';
import type { InclusionProofModel } from './models/inclusion-proof.model';

/** A checkpoint as the API shows it: the signer's public key stays out (the server's trusted key is what counts). */
export function toAuditCheckpointModel(checkpoint: VerifiedCheckpoint): AuditCheckpointModel {
  const { publicKey: _stored, ...rest } = checkpoint;
  return rest;
}

export const toInclusionProofModel = (p: { checkpoint: VerifiedCheckpoint; head: StreamHead; proof: InclusionProof; valid: boolean }): InclusionProofModel => ({
  checkpoint: toAuditCheckpointModel(p.checkpoint),
  head: p.head,
  ...p.proof,
  valid: p.valid,
});
