import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GatewayContext } from '../auth/principal';
import { JSONScalar } from '../common/scalars';
import { toAuditCheckpointModel, toInclusionProofModel } from './audit.mapper';
import { AuditService } from './audit.service';
import { AuditCheckpointModel } from './models/audit-checkpoint.model';
import { InclusionProofModel } from './models/inclusion-proof.model';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => [AuditCheckpointModel], { description: 'Signed checkpoints, newest first' })
  async auditCheckpoints(@Context() ctx: GatewayContext, @Args('first', { type: () => Int, nullable: true }) first?: number): Promise<AuditCheckpointModel[]> {
    return (await this.audit.checkpoints(ctx.principal, first)).map(toAuditCheckpointModel);
  }

  @Mutation(() => AuditCheckpointModel, { description: 'Signs a checkpoint now (the worker holds the key); changes no hazard' })
  async createAuditCheckpoint(@Context() ctx: GatewayContext): Promise<AuditCheckpointModel> {
    return toAuditCheckpointModel(await this.audit.createCheckpoint(ctx.principal));
  }

  @Query(() => InclusionProofModel, { nullable: true, description: 'Null when the checkpoint does not cover this hazard (it is newer)' })
  async hazardInclusionProof(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GatewayContext,
    @Args('checkpointId', { type: () => ID, nullable: true }) checkpointId?: string,
  ): Promise<InclusionProofModel | null> {
    const found = await this.audit.inclusionProof(ctx.principal, id, checkpointId);
    return found && toInclusionProofModel(found);
  }

  @Query(() => JSONScalar, { description: 'A self-contained bundle (events, checkpoint, proof, public key) for offline verification' })
  hazardAuditBundle(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GatewayContext,
    @Args('includeEvidence', { type: () => Boolean, defaultValue: false, description: 'Also the evidence files the events cite, as received (base64), checked offline against their digests' })
    includeEvidence: boolean,
  ): Promise<unknown> {
    return this.audit.bundle(ctx.principal, id, includeEvidence);
  }
}
