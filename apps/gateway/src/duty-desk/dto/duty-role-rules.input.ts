import { Field, InputType } from '@nestjs/graphql';
import type { DutyRole } from '@hazard/domain';
import { DutyRoleEnum } from '../models/duty.enums';

@InputType()
export class SaveDutyRoleRulesInput {
  @Field({ description: 'The regulation or notice and its version' }) source!: string;
  @Field(() => [DutyRoleEnum]) city!: DutyRole[];
  @Field(() => [DutyRoleEnum]) district!: DutyRole[];
}
