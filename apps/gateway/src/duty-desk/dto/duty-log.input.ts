import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { DutyChannel } from '@hazard/domain';
import { DateTimeScalar } from '../../common/scalars';
import { DutyChannelEnum } from '../models/duty.enums';
import { DutyCommandInput } from './duty-command.input';

@InputType('DutyCasualtiesInput')
export class DutyCasualtiesInput {
  @Field(() => Int, { defaultValue: 0 }) deaths!: number;
  @Field(() => Int, { defaultValue: 0 }) injuries!: number;
  @Field(() => Int, { defaultValue: 0 }) missing!: number;
}

@InputType()
export class RecordDutyLogEntryInput extends DutyCommandInput {
  @Field(() => ID) entryId!: string;
  @Field() regionCode!: string;
  @Field() departmentCode!: string;
  @Field(() => DateTimeScalar) receivedAt!: string;
  @Field(() => DutyChannelEnum) channel!: DutyChannel;
  @Field() reporter!: string;
  @Field(() => String, { nullable: true }) reporterPhone?: string | null;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field() summary!: string;
  @Field(() => DutyCasualtiesInput, { nullable: true }) casualties?: DutyCasualtiesInput | null;
  @Field(() => String, { nullable: true, description: 'Measures taken' }) measures?: string | null;
  @Field(() => String, { nullable: true, description: 'Instructions received' }) instructions?: string | null;
  @Field(() => ID, { nullable: true }) incidentId?: string | null;
  @Field(() => ID, { nullable: true }) hazardId?: string | null;
  @Field(() => ID, { nullable: true }) majorHazardSourceId?: string | null;
}

@InputType()
export class RecordDutyNotificationInput extends DutyCommandInput {
  @Field(() => ID) entryId!: string;
  @Field() whom!: string;
  @Field(() => DateTimeScalar) at!: string;
}
