import { Field, InputType } from '@nestjs/graphql';

@InputType('EnforcementItemInput')
export class EnforcementItemInput {
  @Field() code!: string;
  @Field() name!: string;
}

@InputType()
export class SaveEnforcementBodyInput {
  @Field() code!: string;
  @Field() name!: string;
  @Field() departmentCode!: string;
  @Field(() => [EnforcementItemInput], { description: 'The published inspection item list (行政检查事项清单)' }) items!: EnforcementItemInput[];
  @Field({ description: 'Where the list is published, and its version' }) source!: string;
}
