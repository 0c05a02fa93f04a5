import { Field, ID, InputType } from '@nestjs/graphql';
import type { DutyLevel, DutyRole } from '@hazard/domain';
import { DateTimeScalar } from '../../common/scalars';
import { DutyLevelEnum, DutyRoleEnum, PresenceEnum } from '../models/duty.enums';
import { DutyCommandInput } from './duty-command.input';

@InputType('DutyAssignmentInput')
export class DutyAssignmentInput {
  @Field(() => DutyRoleEnum) role!: DutyRole;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@InputType('DutyShiftInput')
export class DutyShiftInput {
  @Field({ description: 'YYYY-MM-DD' }) date!: string;
  @Field({ description: 'e.g. 白班, 夜班' }) name!: string;
  @Field(() => DateTimeScalar) startsAt!: string;
  @Field(() => DateTimeScalar) endsAt!: string;
  @Field(() => [DutyAssignmentInput]) assignments!: DutyAssignmentInput[];
}

@InputType()
export class PublishRosterInput extends DutyCommandInput {
  @Field(() => ID) rosterId!: string;
  @Field(() => DutyLevelEnum) level!: DutyLevel;
  @Field() regionCode!: string;
  @Field() departmentCode!: string;
  @Field(() => [DutyRoleEnum], { nullable: true, description: 'Roles required beyond the level’s' }) requiredRoles?: DutyRole[] | null;
  @Field(() => [DutyShiftInput]) shifts!: DutyShiftInput[];
}

@InputType()
export class RequestDutySwapInput extends DutyCommandInput {
  @Field(() => ID) rosterId!: string;
  @Field(() => ID) swapId!: string;
  @Field({ description: '<date>/<shift name>' }) shift!: string;
  @Field(() => DutyRoleEnum) role!: DutyRole;
  @Field() toName!: string;
  @Field(() => String, { nullable: true }) toPhone?: string | null;
  @Field() reason!: string;
}

@InputType()
export class DecideDutySwapInput extends DutyCommandInput {
  @Field(() => ID) rosterId!: string;
  @Field(() => ID) swapId!: string;
  @Field() approved!: boolean;
}

@InputType()
export class RecordDutyPresenceInput extends DutyCommandInput {
  @Field(() => ID) rosterId!: string;
  @Field() shift!: string;
  @Field(() => DutyRoleEnum) role!: DutyRole;
  @Field(() => PresenceEnum) status!: 'ON_POST' | 'OFF_POST';
}

@InputType()
export class HandOverDutyInput extends DutyCommandInput {
  @Field(() => ID) rosterId!: string;
  @Field(() => ID) handoverId!: string;
  @Field() fromShift!: string;
  @Field() toShift!: string;
  @Field(() => [String], { description: 'What the incoming shift must follow up; open until it confirms' }) pendingItems!: string[];
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType()
export class ConfirmHandoverInput extends DutyCommandInput {
  @Field(() => ID) rosterId!: string;
  @Field(() => ID) handoverId!: string;
}
