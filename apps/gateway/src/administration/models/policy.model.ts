import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../common/scalars';

const DELAY = 'ISO-8601 duration (PT24H, P3D, PT10S) or working days (5WD)';

@ObjectType('EscalationStep')
export class EscalationStepModel {
  @Field(() => Int) level!: number;
  @Field({ description: `After the missed deadline: ${DELAY}` }) after!: string;
  @Field({ description: 'DEPARTMENT_HEAD, COMMITTEE_OFFICE or HIGHER_AUTHORITY' }) notify!: string;
  @Field() action!: string;
  @Field(() => String, { nullable: true, description: 'An act the step requires on the record: SUPERVISION_LETTER (督办函), INTERVIEW (约谈), RAISE_LISTING (提级挂牌)' })
  requires?: string | null;
  @Field(() => String, { nullable: true, description: `By when the required act is recorded, after the step: ${DELAY}` }) actWithin?: string | null;
}

@ObjectType('EscalationRules')
export class EscalationRulesModel {
  @Field({ description: `A MAJOR hazard found but not listed: ${DELAY}` }) listWithin!: string;
  @Field({ description: `Listed but not supervised: ${DELAY}` }) superviseWithin!: string;
  @Field({ description: `Reminder before the deadline: ${DELAY}` }) remindBefore!: string;
  @Field(() => [EscalationStepModel]) ladder!: EscalationStepModel[];
  @Field({ description: `A submitted rectification not verified: ${DELAY}` }) verifyWithin!: string;
  @Field({ description: `Default standby check interval: ${DELAY}` }) checkInterval!: string;
  @Field({ description: `Grace before a standby check counts as missed: ${DELAY}` }) checkGrace!: string;
}

@ObjectType('EscalationPolicy', { description: 'A version of an escalation policy; a change makes a new version.' })
export class EscalationPolicyModel {
  @Field() id!: string;
  @Field(() => Int) version!: number;
  @Field() name!: string;
  @Field(() => EscalationRulesModel) rules!: EscalationRulesModel;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field() createdBy!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
}
