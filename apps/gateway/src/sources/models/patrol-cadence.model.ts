import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ResponsibleRole } from '@hazard/domain';
import { DateTimeScalar } from '../../common/scalars';
import { ResponsibleRoleEnum } from './source.enums';

@ObjectType('PatrolCadenceRule')
export class PatrolCadenceRuleModel {
  @Field(() => ResponsibleRoleEnum) role!: ResponsibleRole;
  @Field(() => Int, { description: 'At least one patrol every this many days' }) everyDays!: number;
  @Field(() => Int, { nullable: true, description: 'A patrol within this many days before each official holiday period' }) beforeHolidaysWithinDays!: number | null;
  @Field(() => Int, { nullable: true, description: 'A patrol within this many days before each major event (a campaign’s first day)' }) beforeMajorEventsWithinDays!: number | null;
}

@ObjectType('PatrolCadence', { description: 'How often responsible persons patrol: numbered versions, each naming its source' })
export class PatrolCadenceModel {
  @Field(() => Int, { description: '0 is the built-in default, used until the office saves a version' }) version!: number;
  @Field() source!: string;
  @Field(() => [PatrolCadenceRuleModel]) rules!: PatrolCadenceRuleModel[];
  @Field(() => DateTimeScalar, { nullable: true }) savedAt!: string | null;
  @Field(() => String, { nullable: true }) savedBy!: string | null;
}
