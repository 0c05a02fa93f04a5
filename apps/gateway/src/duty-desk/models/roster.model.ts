import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DutyLevel, DutyRole } from '@hazard/domain';
import { DateTimeScalar } from '../../common/scalars';
import { DutyLevelEnum, DutyRoleEnum, PresenceEnum } from './duty.enums';

@ObjectType('DutyAssignment')
export class DutyAssignmentModel {
  @Field(() => DutyRoleEnum) role!: DutyRole;
  @Field() roleLabel!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'Masked for roles that do not need it' }) phone!: string | null;
  @Field(() => PresenceEnum, { nullable: true }) presence!: 'ON_POST' | 'OFF_POST' | null;
}

@ObjectType('DutyShift')
export class DutyShiftModel {
  @Field() key!: string;
  @Field() date!: string;
  @Field() name!: string;
  @Field(() => DateTimeScalar) startsAt!: string;
  @Field(() => DateTimeScalar) endsAt!: string;
  @Field(() => [DutyAssignmentModel]) assignments!: DutyAssignmentModel[];
}

@ObjectType('DutySwap')
export class DutySwapModel {
  @Field() id!: string;
  @Field() shift!: string;
  @Field(() => DutyRoleEnum) role!: DutyRole;
  @Field() fromName!: string;
  @Field() toName!: string;
  @Field() reason!: string;
  @Field() status!: string;
}

@ObjectType('DutyHandover')
export class DutyHandoverModel {
  @Field() id!: string;
  @Field() fromShift!: string;
  @Field() toShift!: string;
  @Field(() => [String]) pendingItems!: string[];
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => DateTimeScalar) at!: string;
  @Field(() => String, { nullable: true }) confirmedBy!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) confirmedAt!: string | null;
}

@ObjectType('DutyRoster', { description: '值班表: every shift has a person in every required role' })
export class DutyRosterModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => DutyLevelEnum) level!: DutyLevel;
  @Field() regionCode!: string;
  @Field() departmentCode!: string;
  @Field(() => [DutyRoleEnum]) requiredRoles!: DutyRole[];
  @Field(() => [DutyShiftModel]) shifts!: DutyShiftModel[];
  @Field(() => [DutySwapModel]) swaps!: DutySwapModel[];
  @Field(() => [DutyHandoverModel]) handovers!: DutyHandoverModel[];
  @Field(() => [String], { description: 'Handed-over items not yet confirmed by the incoming shift' }) openHandoverItems!: string[];
}
