import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { CAMPAIGN_UNIT_KINDS, type Sector } from '@hazard/domain';
import { SectorEnum, asEnum } from '../../common/enums';
import { DateTimeScalar } from '../../common/scalars';

/** Fields every command on a campaign carries. */
@InputType({ isAbstract: true })
export abstract class CampaignCommandInput {
  @Field(() => ID) campaignId!: string;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) occurredAt?: string | null;
}

@InputType('CampaignTeamInput')
export class CampaignTeamInput {
  @Field() name!: string;
  @Field() leader!: string;
  @Field({ description: 'Led by a leader (领导带队)' }) leaderLed!: boolean;
  @Field(() => [String], { nullable: true }) members?: string[] | null;
  @Field(() => [String], { nullable: true }) experts?: string[] | null;
}

@InputType()
export class CreateCampaignInput extends CampaignCommandInput {
  @Field() name!: string;
  @Field({ description: 'First day, YYYY-MM-DD (Beijing time)' }) from!: string;
  @Field({ description: 'Last day, YYYY-MM-DD' }) to!: string;
  @Field(() => [String]) regions!: string[];
  @Field(() => [SectorEnum]) sectors!: Sector[];
  @Field(() => [CampaignTeamInput], { nullable: true }) teams?: CampaignTeamInput[] | null;
}

export const CampaignUnitKindEnum = asEnum(CAMPAIGN_UNIT_KINDS);
registerEnumType(CampaignUnitKindEnum, { name: 'CampaignUnitKind', description: 'DISTRICT (a region code of the campaign) or DEPARTMENT (a department code)' });

@InputType('CampaignUnitInput')
export class CampaignUnitInput {
  @Field(() => CampaignUnitKindEnum) kind!: 'DISTRICT' | 'DEPARTMENT';
  @Field() code!: string;
}

@InputType()
export class RecordSpecialMeetingInput extends CampaignCommandInput {
  @Field(() => CampaignUnitInput, { nullable: true, description: 'The district or department that held it; none: the committee office’s own' }) heldBy?: CampaignUnitInput | null;
  @Field() heldOn!: string;
  @Field() chairedBy!: string;
  @Field() decisions!: string;
  @Field(() => [String], { nullable: true, description: 'SHA-256 of the minutes' }) minutesHashes?: string[] | null;
}

@InputType()
export class AddSupervisionRoundInput extends CampaignCommandInput {
  @Field(() => ID) oversightId!: string;
}

@InputType()
export class AddListedHazardInput extends CampaignCommandInput {
  @Field(() => ID) hazardId!: string;
}

@InputType()
export class OpenPenaltyCaseInput extends CampaignCommandInput {
  @Field() caseNumber!: string;
  @Field() enterpriseName!: string;
  @Field() violation!: string;
  @Field(() => String, { nullable: true, description: 'The inspection that found it' }) oversightId?: string | null;
}
