import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import {
  type AuditBundle,
  type Checkpoint,
  type InclusionProof,
  type StreamHead,
  checkSignature,
  exportBundle,
  findCheckpoint,
  inclusionProofFor,
  listCheckpoints,
  verifyInclusion,
} from '@hazard/audit';
import { DomainError, hazardStreamId } from '@hazard/domain';
import type { Db } from '@hazard/event-store';
import type { AuditCheckpointWorkflow } from '@hazard/contracts';
import { authorize } from '../auth/authorize';
import type { Principal } from '../auth/principal';
import { APP_CONFIG, type GatewayConfig } from '../config';
import { HazardQueriesService } from '../hazards/hazard-queries.service';
import { EvidenceService } from '../evidence/evidence.service';
import { AUDIT_PUBLIC_KEY } from '../infrastructure/audit-key.provider';
import { DATABASE } from '../infrastructure/database.provider';
import { TEMPORAL_CLIENT } from '../infrastructure/temporal.provider';

/** A checkpoint and whether its signature verifies under the key this server trusts. */
export type VerifiedCheckpoint = Checkpoint & { signatureValid: boolean };

/** The auditor's tools: signed checkpoints, inclusion proofs and offline bundles (hazards the auditor may see). */
@Injectable()
export class AuditService {
  constructor(
    @Inject(DATABASE) private readonly db: Db,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
    @Inject(AUDIT_PUBLIC_KEY) private readonly publicKey: string | null,
    private readonly hazards: HazardQueriesService,
    private readonly evidence: EvidenceService,
  ) {}

  /** Signed checkpoints, newest first (1 to 365 of them). */
  async checkpoints(principal: Principal, first: number | null | undefined): Promise<VerifiedCheckpoint[]> {
    authorize(principal, 'audit');
    return (await listCheckpoints(this.db, Math.min(Math.max(first ?? 30, 1), 365))).map((c) => this.verified(c));
  }

  /** Signs a checkpoint now: the worker holds the key, so its workflow makes it. */
  async createCheckpoint(principal: Principal): Promise<VerifiedCheckpoint> {
    authorize(principal, 'audit');
    const made = await this.temporal.workflow.execute<AuditCheckpointWorkflow>('auditCheckpointWorkflow', {
      workflowId: `audit-checkpoint-${randomUUID()}`,
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
    });
    return this.verified((await findCheckpoint(this.db, made.id)) as Checkpoint);
  }

  /** The proof that a hazard's head is in a checkpoint (the latest unless named); null when the checkpoint is older than the hazard. */
  async inclusionProof(
    principal: Principal,
    hazardId: string,
    checkpointId: string | null | undefined,
  ): Promise<{ checkpoint: VerifiedCheckpoint; head: StreamHead; proof: InclusionProof; valid: boolean } | null> {
    authorize(principal, 'audit');
    const hazard = await this.hazards.get(principal, hazardId);
    const checkpoint = await findCheckpoint(this.db, checkpointId ?? undefined);
    if (!checkpoint) throw new DomainError('NOT_FOUND', checkpointId ? `no checkpoint ${checkpointId}` : 'no checkpoint has been made yet');
    const found = await inclusionProofFor(this.db, checkpoint.id, hazardStreamId(hazard.id));
    if (!found) return null;
    return { checkpoint: this.verified(checkpoint), head: found.head, proof: found.proof, valid: verifyInclusion(found.head, found.proof, checkpoint.root) };
  }

  /** A self-contained bundle (events, checkpoint, proof, public key) for offline verification. */
  async bundle(principal: Principal, hazardId: string, includeEvidence = false): Promise<AuditBundle> {
    authorize(principal, 'audit');
    const hazard = await this.hazards.get(principal, hazardId);
    const bundle = await exportBundle(this.db, hazard.id, this.publicKey);
    if (!includeEvidence) return bundle;
    // the files the events cite, as received (README "Evidence files"); the verifier checks each against its digest
    const files = await this.evidence.citedBy(hazardStreamId(hazard.id));
    const evidence = await Promise.all(
      files.map(async (f) => ({ sha256: f.sha256, mediaType: f.mediaType, fileName: f.fileName, base64: (await this.evidence.download(principal, f.sha256)).bytes.toString('base64') })),
    );
    return { ...bundle, evidence };
  }

  private verified(checkpoint: Checkpoint): VerifiedCheckpoint {
    return { ...checkpoint, signatureValid: this.publicKey !== null && checkSignature(checkpoint, this.publicKey).ok };
  }
}
