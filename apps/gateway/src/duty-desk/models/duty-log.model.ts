import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DutyChannel } from '@hazard/domain';
import { DateTimeScalar } from '../../common/scalars';
import { DutyChannelEnum } from './duty.enums';

@ObjectType('DutyNotification')
export class DutyNotificationModel {
  @Field() whom!: string;
  @Field(() => DateTimeScalar) at!: string;
  @Field() by!: string;
}

@ObjectType('DutyCasualties')
export class DutyCasualtiesModel {
  @Field(() => Int) deaths!: number;
  @Field(() => Int) injuries!: number;
  @Field(() => Int) missing!: number;
}

@ObjectType('DutyLogEntry', { description: '值班记录: one call or message received' })
export class DutyLogEntryModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field() regionCode!: string;
  @Field() departmentCode!: string;
  @Field(() => DateTimeScalar) receivedAt!: string;
  @Field(() => DutyChannelEnum) channel!: DutyChannel;
  @Field() reporter!: string;
  @Field(() => String, { nullable: true }) reporterPhone!: string | null;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field() summary!: string;
  @Field(() => DutyCasualtiesModel) casualties!: DutyCasualtiesModel;
  @Field(() => String, { nullable: true }) measures!: string | null;
  @Field(() => String, { nullable: true }) instructions!: string | null;
  @Field(() => ID, { nullable: true }) incidentId!: string | null;
  @Field(() => ID, { nullable: true }) hazardId!: string | null;
  @Field(() => ID, { nullable: true }) majorHazardSourceId!: string | null;
  @Field(() => [DutyNotificationModel]) notified!: DutyNotificationModel[];
}
