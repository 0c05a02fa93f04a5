import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Condition, TeamType } from '@hazard/domain';
import { ConditionEnum, ResourceKindEnum, TeamTypeEnum } from './duty.enums';

@ObjectType('StockLine')
export class StockLineModel {
  @Field({ description: 'GB/T 38565-2020' }) code!: string;
  @Field() name!: string;
  @Field() unit!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => ConditionEnum) condition!: Condition;
  @Field(() => String, { nullable: true }) expiresOn!: string | null;
  @Field() ready!: boolean;
}

@ObjectType('EmergencyResource', { description: 'A rescue team or a depot, with its equipment or supplies' })
export class EmergencyResourceModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => ResourceKindEnum) kind!: 'TEAM' | 'DEPOT';
  @Field() name!: string;
  @Field() regionCode!: string;
  @Field() departmentCode!: string;
  @Field() base!: string;
  @Field(() => TeamTypeEnum, { nullable: true }) teamType!: TeamType | null;
  @Field(() => Int) headcount!: number;
  @Field(() => Int) onDuty!: number;
  @Field(() => String, { nullable: true }) leader!: string | null;
  @Field(() => String, { nullable: true }) dutyPhone!: string | null;
  @Field(() => [String]) specialties!: string[];
  @Field(() => String, { nullable: true }) lastDrillOn!: string | null;
  @Field(() => [StockLineModel]) stock!: StockLineModel[];
  @Field({ description: 'A team with people on duty and a drill within a year; a depot with a usable line' }) ready!: boolean;
}
