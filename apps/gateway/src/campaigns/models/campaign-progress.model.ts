import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { SectorEnum } from '../../common/enums';
import { CampaignUnitKindEnum } from '../dto/campaign-commands.input';
import { CampaignModel } from './campaign.model';

@ObjectType('CampaignCoverage')
export class CampaignCoverageModel {
  @Field() regionCode!: string;
  @Field(() => SectorEnum) sector!: string;
  @Field(() => Int) found!: number;
  @Field(() => Int) major!: number;
  @Field(() => Int) rectified!: number;
}

@ObjectType('CampaignGap')
export class CampaignGapModel {
  @Field() regionCode!: string;
  @Field(() => SectorEnum) sector!: string;
}

@ObjectType('CampaignUnitMeasures', { description: 'One district’s or department’s four measures in the campaign' })
export class CampaignUnitMeasuresModel {
  @Field(() => CampaignUnitKindEnum) kind!: 'DISTRICT' | 'DEPARTMENT';
  @Field() code!: string;
  @Field({ description: 'It held its own special meeting' }) meetingHeld!: boolean;
  @Field(() => Int, { description: 'Supervision rounds of the campaign aimed at it' }) supervisionRounds!: number;
  @Field(() => Int) listedMajorHazards!: number;
  @Field(() => Int) listedMajorHazardsRectified!: number;
  @Field(() => Int, { description: 'Penalty cases tied to an oversight of it' }) penaltyCases!: number;
  @Field(() => Int, { nullable: true, description: 'Hazards found in the period (districts)' }) hazardsFound!: number | null;
  @Field(() => Int, { nullable: true }) hazardsRectified!: number | null;
}

@ObjectType('CampaignProgress', { description: 'The campaign dashboard: each measure’s figures, coverage by region × sector, rectification' })
export class CampaignProgressModel {
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
  @Field(() => [CampaignUnitMeasuresModel], { description: 'The four measures per district of the campaign and per department whose sectors it covers' }) units!: CampaignUnitMeasuresModel[];
}
