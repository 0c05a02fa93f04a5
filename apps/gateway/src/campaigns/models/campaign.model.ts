import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Sector } from '@hazard/domain';
import { SectorEnum } from '../../common/enums';
import { CampaignUnitKindEnum } from '../dto/campaign-commands.input';

@ObjectType('CampaignTeam')
export class CampaignTeamModel {
  @Field() name!: string;
  @Field() leader!: string;
  @Field() leaderLed!: boolean;
  @Field(() => [String]) members!: string[];
  @Field(() => [String]) experts!: string[];
}

@ObjectType('CampaignMeasures', { description: 'Which of the four measures have something recorded' })
export class CampaignMeasuresModel {
  @Field({ description: '专题会议' }) specialMeeting!: boolean;
  @Field({ description: '专项督查' }) supervisionRounds!: boolean;
  @Field({ description: '重大隐患挂牌督办' }) listedMajorHazards!: boolean;
  @Field({ description: '违法行为处罚' }) penaltyCases!: boolean;
}

@ObjectType('CampaignUnit')
export class CampaignUnitModel {
  @Field(() => CampaignUnitKindEnum) kind!: 'DISTRICT' | 'DEPARTMENT';
  @Field() code!: string;
}

@ObjectType('CampaignMeeting', { description: '专题会议: when, who chaired, what was decided, who held it' })
export class CampaignMeetingModel {
  @Field() heldOn!: string;
  @Field() chairedBy!: string;
  @Field() decisions!: string;
  @Field(() => [String], { description: 'SHA-256 of the minutes' }) minutesHashes!: string[];
  @Field(() => CampaignUnitModel, { nullable: true, description: 'The district or department that held it; null: the committee office' }) heldBy!: CampaignUnitModel | null;
}

@ObjectType('Campaign', { description: '专项行动: period, scope, teams and the four measures' })
export class CampaignModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field() name!: string;
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => [String]) regions!: string[];
  @Field(() => [SectorEnum]) sectors!: Sector[];
  @Field(() => [CampaignTeamModel]) teams!: CampaignTeamModel[];
  @Field(() => CampaignMeasuresModel) measures!: CampaignMeasuresModel;
  @Field(() => [CampaignMeetingModel]) meetings!: CampaignMeetingModel[];
  @Field(() => [String]) supervisionRounds!: string[];
  @Field(() => [String]) listedHazards!: string[];
  @Field(() => [String], { description: 'Penalty case numbers' }) penaltyCases!: string[];
}
