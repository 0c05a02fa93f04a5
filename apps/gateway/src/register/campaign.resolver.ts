import { Args, Context, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { type CampaignCommand, type CampaignState, type Sector, measuresDone } from '../../../../libs/domain/src';
import type { GatewayContext } from '../auth/principal';
import { SectorEnum } from '../common/enums';
import { DateTimeScalar } from '../common/scalars';
import { type CampaignProgress, CampaignService } from './campaign.service';

@InputType({ isAbstract: true })
abstract class CampaignCommandInput {
  @Field(() => ID) campaignId!: string;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) occurredAt?: string | null;
}

@InputType('CampaignTeamInput')
class CampaignTeamInput {
  @Field() name!: string;
  @Field() leader!: string;
  @Field({ description: 'Led by a leader (领导带队)' }) leaderLed!: boolean;
  @Field(() => [String], { nullable: true }) members?: string[] | null;
  @Field(() => [String], { nullable: true }) experts?: string[] | null;
}

@InputType()
class CreateCampaignInput extends CampaignCommandInput {
  @Field() name!: string;
  @Field({ description: 'First day, YYYY-MM-DD (Beijing time)' }) from!: string;
  @Field({ description: 'Last day, YYYY-MM-DD' }) to!: string;
  @Field(() => [String]) regions!: string[];
  @Field(() => [SectorEnum]) sectors!: Sector[];
  @Field(() => [CampaignTeamInput], { nullable: true }) teams?: CampaignTeamInput[] | null;
}

@InputType()
class RecordSpecialMeetingInput extends CampaignCommandInput {
  @Field() heldOn!: string;
  @Field() chairedBy!: string;
  @Field() decisions!: string;
  @Field(() => [String], { nullable: true, description: 'SHA-256 of the minutes' }) minutesHashes?: string[] | null;
}

@InputType()
class AddSupervisionRoundInput extends CampaignCommandInput {
  @Field(() => ID) oversightId!: string;
}

@InputType()
class AddListedHazardInput extends CampaignCommandInput {
  @Field(() => ID) hazardId!: string;
}

@InputType()
class OpenPenaltyCaseInput extends CampaignCommandInput {
  @Field() caseNumber!: string;
  @Field() enterpriseName!: string;
  @Field() violation!: string;
  @Field(() => String, { nullable: true, description: 'The inspection that found it' }) oversightId?: string | null;
}

@ObjectType('CampaignTeam')
class CampaignTeamModel {
  @Field() name!: string;
  @Field() leader!: string;
  @Field() leaderLed!: boolean;
  @Field(() => [String]) members!: string[];
  @Field(() => [String]) experts!: string[];
}

@ObjectType('CampaignMeasures', { description: 'Which of the four measures have something recorded' })
class CampaignMeasuresModel {
  @Field({ description: '专题会议' }) specialMeeting!: boolean;
  @Field({ description: '专项督查' }) supervisionRounds!: boolean;
  @Field({ description: '重大隐患挂牌督办' }) listedMajorHazards!: boolean;
  @Field({ description: '违法行为处罚' }) penaltyCases!: boolean;
}

@ObjectType('Campaign', { description: '专项行动: period, scope, teams and the four measures' })
class CampaignModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field() name!: string;
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => [String]) regions!: string[];
  @Field(() => [SectorEnum]) sectors!: Sector[];
  @Field(() => [CampaignTeamModel]) teams!: CampaignTeamModel[];
  @Field(() => CampaignMeasuresModel) measures!: CampaignMeasuresModel;
  @Field(() => [String]) supervisionRounds!: string[];
  @Field(() => [String]) listedHazards!: string[];
  @Field(() => [String], { description: 'Penalty case numbers' }) penaltyCases!: string[];
}

@ObjectType('CampaignCoverage')
class CampaignCoverageModel {
  @Field() regionCode!: string;
  @Field(() => SectorEnum) sector!: string;
  @Field(() => Int) found!: number;
  @Field(() => Int) major!: number;
  @Field(() => Int) rectified!: number;
}

@ObjectType('CampaignGap')
class CampaignGapModel {
  @Field() regionCode!: string;
  @Field(() => SectorEnum) sector!: string;
}

@ObjectType('CampaignProgress', { description: 'The campaign dashboard: each measure’s figures, coverage by region × sector, rectification' })
class CampaignProgressModel {
  @Field(() => CampaignModel) campaign!: CampaignModel;
  @Field(() => Int) meetings!: number;
  @Field(() => Int) supervisionRounds!: number;
  @Field(() => Int) leaderLedRounds!: number;
  @Field(() => Int, { description: 'Covert and four-nos-two-directs rounds (明查暗访)' }) covertRounds!: number;
  @Field(() => Int) supervisionFindings!: number;
  @Field(() => Int) listedMajorHazards!: number;
  @Field(() => Int) listedMajorHazardsRectified!: number;
  @Field(() => Int) penaltyCases!: number;
  @Field(() => Int, { description: 'Hazards found in the period, regions and sectors' }) hazardsFound!: number;
  @Field(() => Int) hazardsRectified!: number;
  @Field(() => Float, { nullable: true, description: 'Percent' }) rectificationRate!: number | null;
  @Field(() => [CampaignCoverageModel]) coverage!: CampaignCoverageModel[];
  @Field(() => [CampaignGapModel], { description: 'Regions × sectors in scope with no hazard found yet' }) uncovered!: CampaignGapModel[];
}

function toModel(s: CampaignState): CampaignModel {
  const m = measuresDone(s);
  return {
    id: s.id,
    version: s.version,
    name: s.name,
    from: s.from,
    to: s.to,
    regions: s.regions,
    sectors: s.sectors,
    teams: s.teams,
    measures: { specialMeeting: m.SPECIAL_MEETING, supervisionRounds: m.SUPERVISION_ROUNDS, listedMajorHazards: m.LISTED_MAJOR_HAZARDS, penaltyCases: m.PENALTY_CASES },
    supervisionRounds: s.supervisionRounds,
    listedHazards: s.listedHazards,
    penaltyCases: s.penaltyCases.map((c) => c.caseNumber),
  };
}

const toProgress = (p: CampaignProgress): CampaignProgressModel => ({ ...p, campaign: toModel(p.campaign) });

/** Campaigns and their four measures (committee office; auditors read). */
@Resolver()
export class CampaignResolver {
  constructor(private readonly service: CampaignService) {}

  @Query(() => [CampaignModel])
  async campaigns(@Context() ctx: GatewayContext) {
    return (await this.service.list(ctx.principal)).map(toModel);
  }

  @Query(() => CampaignProgressModel, { nullable: true, description: 'The campaign dashboard' })
  async campaignProgress(@Args('id', { type: () => ID }) id: string, @Context() ctx: GatewayContext) {
    const p = await this.service.progress(ctx.principal, id);
    return p ? toProgress(p) : null;
  }

  @Mutation(() => CampaignModel)
  createCampaign(@Args('input') input: CreateCampaignInput, @Context() ctx: GatewayContext) {
    const { campaignId, idempotencyKey, expectedVersion, occurredAt, teams, ...d } = input;
    const data = { ...d, campaignId, regions: [...d.regions], sectors: [...d.sectors], teams: (teams ?? []).map((t) => ({ ...t, members: t.members ?? [], experts: t.experts ?? [] })) };
    return this.run(ctx, campaignId, { type: 'CreateCampaign', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => CampaignModel, { description: 'Measure 1: the special meeting (专题会议)' })
  recordSpecialMeeting(@Args('input') input: RecordSpecialMeetingInput, @Context() ctx: GatewayContext) {
    const { campaignId, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, campaignId, { type: 'RecordSpecialMeeting', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => CampaignModel, { description: 'Measure 2: a supervision round (专项督查) of the campaign' })
  addSupervisionRound(@Args('input') input: AddSupervisionRoundInput, @Context() ctx: GatewayContext) {
    const { campaignId, idempotencyKey, expectedVersion, occurredAt, oversightId } = input;
    return this.run(ctx, campaignId, { type: 'AddSupervisionRound', data: { oversightId, kind: null } }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => CampaignModel, { description: 'Measure 3: a major hazard under listing (挂牌督办) counted for the campaign' })
  addListedHazard(@Args('input') input: AddListedHazardInput, @Context() ctx: GatewayContext) {
    const { campaignId, idempotencyKey, expectedVersion, occurredAt, hazardId } = input;
    return this.run(ctx, campaignId, { type: 'AddListedHazard', data: { hazardId, level: null, listed: false } }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => CampaignModel, { description: 'Measure 4: a penalty case opened for a violation' })
  openPenaltyCase(@Args('input') input: OpenPenaltyCaseInput, @Context() ctx: GatewayContext) {
    const { campaignId, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, campaignId, { type: 'OpenPenaltyCase', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  private async run(ctx: GatewayContext, id: string, command: CampaignCommand, options: { idempotencyKey?: string | null; expectedVersion?: number | null; occurredAt?: string | null }) {
    return toModel((await this.service.execute(ctx.principal, ctx.request, id, command, options)).state);
  }
}
