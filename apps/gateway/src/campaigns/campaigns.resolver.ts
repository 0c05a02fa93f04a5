import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { CampaignCommand } from '@hazard/domain';
import type { GatewayContext } from '../auth/principal';
import type { StreamCommandOptions } from '../common/direct-stream';
import { toCampaignModel, toCampaignProgressModel } from './campaign.mapper';
import { CampaignsService } from './campaigns.service';
import { AddListedHazardInput, AddSupervisionRoundInput, CreateCampaignInput, OpenPenaltyCaseInput, RecordSpecialMeetingInput } from './dto/campaign-commands.input';
import { CampaignModel } from './models/campaign.model';
import { CampaignProgressModel } from './models/campaign-progress.model';

/** Campaigns and their four measures (committee office; auditors read). */
@Resolver()
export class CampaignsResolver {
  constructor(private readonly service: CampaignsService) {}

  @Query(() => [CampaignModel])
  async campaigns(@Context() ctx: GatewayContext): Promise<CampaignModel[]> {
    return (await this.service.list(ctx.principal)).map(toCampaignModel);
  }

  @Query(() => CampaignProgressModel, { nullable: true, description: 'The campaign dashboard' })
  async campaignProgress(@Args('id', { type: () => ID }) id: string, @Context() ctx: GatewayContext): Promise<CampaignProgressModel | null> {
    const p = await this.service.progress(ctx.principal, id);
    return p ? toCampaignProgressModel(p) : null;
  }

  @Mutation(() => CampaignModel)
  createCampaign(@Args('input') input: CreateCampaignInput, @Context() ctx: GatewayContext): Promise<CampaignModel> {
    const { campaignId, idempotencyKey, expectedVersion, occurredAt, teams, ...d } = input;
    const data = { ...d, campaignId, regions: [...d.regions], sectors: [...d.sectors], teams: (teams ?? []).map((t) => ({ ...t, members: t.members ?? [], experts: t.experts ?? [] })) };
    return this.run(ctx, campaignId, { type: 'CreateCampaign', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => CampaignModel, { description: 'Measure 1: the special meeting (专题会议)' })
  recordSpecialMeeting(@Args('input') input: RecordSpecialMeetingInput, @Context() ctx: GatewayContext): Promise<CampaignModel> {
    const { campaignId, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, campaignId, { type: 'RecordSpecialMeeting', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => CampaignModel, { description: 'Measure 2: a supervision round (专项督查) of the campaign' })
  addSupervisionRound(@Args('input') input: AddSupervisionRoundInput, @Context() ctx: GatewayContext): Promise<CampaignModel> {
    const { campaignId, idempotencyKey, expectedVersion, occurredAt, oversightId } = input;
    return this.run(ctx, campaignId, { type: 'AddSupervisionRound', data: { oversightId, kind: null } }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => CampaignModel, { description: 'Measure 3: a major hazard under listing (挂牌督办) counted for the campaign' })
  addListedHazard(@Args('input') input: AddListedHazardInput, @Context() ctx: GatewayContext): Promise<CampaignModel> {
    const { campaignId, idempotencyKey, expectedVersion, occurredAt, hazardId } = input;
    return this.run(ctx, campaignId, { type: 'AddListedHazard', data: { hazardId, level: null, listed: false } }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => CampaignModel, { description: 'Measure 4: a penalty case opened for a violation' })
  openPenaltyCase(@Args('input') input: OpenPenaltyCaseInput, @Context() ctx: GatewayContext): Promise<CampaignModel> {
    const { campaignId, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, campaignId, { type: 'OpenPenaltyCase', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  private async run(ctx: GatewayContext, id: string, command: CampaignCommand, options: StreamCommandOptions): Promise<CampaignModel> {
    return toCampaignModel((await this.service.execute(ctx.principal, ctx.request, id, command, options)).state);
  }
}
