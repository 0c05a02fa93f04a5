import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { Condition, TeamType } from '@hazard/domain';
import { ConditionEnum, ResourceKindEnum, TeamTypeEnum } from '../models/duty.enums';
import { DutyCommandInput } from './duty-command.input';

@InputType()
export class RegisterEmergencyResourceInput extends DutyCommandInput {
  @Field(() => ID) resourceId!: string;
  @Field(() => ResourceKindEnum) kind!: 'TEAM' | 'DEPOT';
  @Field() name!: string;
  @Field() regionCode!: string;
  @Field() departmentCode!: string;
  @Field({ description: 'Where the team is based / where the depot is' }) base!: string;
  @Field(() => TeamTypeEnum, { nullable: true }) teamType?: TeamType | null;
  @Field(() => Int, { nullable: true }) headcount?: number | null;
  @Field(() => String, { nullable: true }) leader?: string | null;
  @Field(() => String, { nullable: true }) dutyPhone?: string | null;
  @Field(() => [String], { nullable: true }) specialties?: string[] | null;
}

@InputType()
export class ReportTeamStatusInput extends DutyCommandInput {
  @Field(() => ID) resourceId!: string;
  @Field(() => Int) onDuty!: number;
  @Field(() => Int, { nullable: true }) headcount?: number | null;
}

@InputType()
export class RecordTeamDrillInput extends DutyCommandInput {
  @Field(() => ID) resourceId!: string;
  @Field() heldOn!: string;
  @Field() note!: string;
}

@InputType()
export class SetResourceStockInput extends DutyCommandInput {
  @Field(() => ID) resourceId!: string;
  @Field({ description: 'GB/T 38565-2020 code: 7 digits, the first 1–3' }) code!: string;
  @Field() name!: string;
  @Field() unit!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => ConditionEnum) condition!: Condition;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) expiresOn?: string | null;
  @Field() reason!: string;
}

@InputType()
export class EmergencyResourceFilter {
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => ResourceKindEnum, { nullable: true }) kind?: 'TEAM' | 'DEPOT' | null;
  @Field(() => TeamTypeEnum, { nullable: true }) teamType?: TeamType | null;
  @Field(() => String, { nullable: true, description: 'Holding this GB/T 38565 code (or a code starting with it)' }) supplyCode?: string | null;
  @Field(() => Boolean, { nullable: true }) ready?: boolean | null;
}
