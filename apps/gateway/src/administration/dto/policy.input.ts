import { Field, InputType, Int } from '@nestjs/graphql';

@InputType()
export class EscalationStepInput {
  @Field(() => Int) level!: number;
  @Field() after!: string;
  @Field() notify!: string;
  @Field() action!: string;
  @Field(() => String, { nullable: true, description: 'SUPERVISION_LETTER, INTERVIEW or RAISE_LISTING: an act the step requires on the record' }) requires?: string | null;
  @Field(() => String, { nullable: true, description: 'By when the required act is recorded, after the step' }) actWithin?: string | null;
}

@InputType()
export class EscalationRulesInput {
  @Field() listWithin!: string;
  @Field() superviseWithin!: string;
  @Field() remindBefore!: string;
  @Field(() => [EscalationStepInput]) ladder!: EscalationStepInput[];
  @Field() verifyWithin!: string;
  @Field() checkInterval!: string;
  @Field() checkGrace!: string;
}

@InputType()
export class SaveEscalationPolicyInput {
  @Field({ description: 'Policy id (letters, digits, - and _); saving an existing id makes its next version' }) id!: string;
  @Field() name!: string;
  @Field(() => EscalationRulesInput) rules!: EscalationRulesInput;
  @Field(() => String, { nullable: true }) note?: string | null;
}
