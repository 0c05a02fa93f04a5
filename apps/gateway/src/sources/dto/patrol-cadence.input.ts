import { Field, InputType, Int } from '@nestjs/graphql';
import type { ResponsibleRole } from '@hazard/domain';
import { ResponsibleRoleEnum } from '../models/source.enums';

@InputType('PatrolCadenceRuleInput')
export class PatrolCadenceRuleInput {
  @Field(() => ResponsibleRoleEnum) role!: ResponsibleRole;
  @Field(() => Int) everyDays!: number;
  @Field(() => Int, { nullable: true }) beforeHolidaysWithinDays?: number | null;
  @Field(() => Int, { nullable: true }) beforeMajorEventsWithinDays?: number | null;
}

@InputType()
export class SavePatrolCadenceInput {
  @Field({ description: 'The regulation or notice and its version the rules come from' }) source!: string;
  @Field(() => [PatrolCadenceRuleInput], { description: 'One rule per role' }) rules!: PatrolCadenceRuleInput[];
}
