import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Client } from '@temporalio/client';
import {
  type Checkpoint,
  checkSignature,
  exportBundle,
  findCheckpoint,
  inclusionProofFor,
  listCheckpoints,
  verifyInclusion,
} from '../../../../libs/audit/src';
import { DomainError, hazardStreamId } from '../../../../libs/domain/src';
import type { Db } from '../../../../libs/event-store/src';
import type { AuditCheckpointWorkflow } from '../../../../libs/contracts/src';
import { authorize } from '../auth/authorize';
import type { GatewayContext } from '../auth/principal';
import { JSONScalar } from '../common/scalars';
import { APP_CONFIG, type GatewayConfig } from '../config';
import { HazardQueriesService } from '../hazards/hazard-queries.service';
import { AUDIT_PUBLIC_KEY } from '../infrastructure/audit-key.provider';
import { DATABASE } from '../infrastructure/database.provider';
import { TEMPORAL_CLIENT } from '../infrastructure/temporal.provider';
import { AuditCheckpointModel, InclusionProofModel } from './audit.models';

@Resolver()
export class AuditResolver {
  constructor(
    @Inject(DATABASE) private readonly db: Db,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
    @Inject(AUDIT_PUBLIC_KEY) private readonly publicKey: string | null,
    private readonly hazards: HazardQueriesService,
  ) {}

  private model(checkpoint: Checkpoint): AuditCheckpointModel {
    const { publicKey: _stored, ...rest } = checkpoint;
    return { ...rest, signatureValid: this.publicKey !== null && checkSignature(checkpoint, this.publicKey).ok };
  }

  @Query(() => [AuditCheckpointModel], { description: 'Signed checkpoints, newest first' })
  async auditCheckpoints(@Context() ctx: GatewayContext, @Args('first', { type: () => Int, nullable: true }) first?: number) {
    authorize(ctx.principal, 'audit');
    return (await listCheckpoints(this.db, Math.min(Math.max(first ?? 30, 1), 365))).map((c) => this.model(c));
  }

  @Mutation(() => AuditCheckpointModel, { description: 'Signs a checkpoint now (the worker holds the key); changes no hazard' })
  async createAuditCheckpoint(@Context() ctx: GatewayContext) {
    authorize(ctx.principal, 'audit');
    const made = await this.temporal.workflow.execute<AuditCheckpointWorkflow>('auditCheckpointWorkflow', {
      workflowId: `audit-checkpoint-${randomUUID()}`,
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
    });
    return this.model((await findCheckpoint(this.db, made.id)) as Checkpoint);
  }

  @Query(() => InclusionProofModel, { nullable: true, description: 'Null when the checkpoint does not cover this hazard (it is newer)' })
  async hazardInclusionProof(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GatewayContext,
    @Args('checkpointId', { type: () => ID, nullable: true }) checkpointId?: string,
  ) {
    authorize(ctx.principal, 'audit');
    const hazard = await this.hazards.get(ctx.principal, id);
    const checkpoint = await findCheckpoint(this.db, checkpointId ?? undefined);
    if (!checkpoint) throw new DomainError('NOT_FOUND', checkpointId ? `no checkpoint ${checkpointId}` : 'no checkpoint has been made yet');
    const found = await inclusionProofFor(this.db, checkpoint.id, hazardStreamId(hazard.id));
    if (!found) return null;
    return { checkpoint: this.model(checkpoint), head: found.head, ...found.proof, valid: verifyInclusion(found.head, found.proof, checkpoint.root) };
  }

  @Query(() => JSONScalar, { description: 'A self-contained bundle (events, checkpoint, proof, public key) for offline verification' })
  async hazardAuditBundle(@Args('id', { type: () => ID }) id: string, @Context() ctx: GatewayContext) {
    authorize(ctx.principal, 'audit');
    const hazard = await this.hazards.get(ctx.principal, id);
    return exportBundle(this.db, hazard.id, this.publicKey);
  }
}
