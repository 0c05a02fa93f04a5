import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { DutyRole } from '@hazard/domain';
import { DateTimeScalar } from '../../common/scalars';
import { DutyRoleEnum } from './duty.enums';

@ObjectType('DutyRoleRules', { description: 'The roles every shift of a level fills: numbered versions naming their source' })
export class DutyRoleRulesModel {
  @Field(() => Int) version!: number;
  @Field() source!: string;
  @Field(() => [DutyRoleEnum]) city!: DutyRole[];
  @Field(() => [DutyRoleEnum]) district!: DutyRole[];
  @Field(() => DateTimeScalar, { nullable: true }) savedAt!: string | null;
  @Field(() => String, { nullable: true }) savedBy!: string | null;
}
