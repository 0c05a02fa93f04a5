import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType('DrawEnterpriseInput')
export class DrawEnterpriseInput {
  @Field({ description: 'The enterprise’s unified social credit code' }) id!: string;
}

@InputType('DrawInspectorInput')
export class DrawInspectorInput {
  @Field() id!: string;
  @Field() certificateNo!: string;
}

@InputType('DrawConflictInput')
export class DrawConflictInput {
  @Field() inspectorId!: string;
  @Field() enterpriseId!: string;
}

@InputType()
export class RecordRandomDrawInput {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() bodyCode!: string;
  @Field(() => String, { nullable: true, description: 'Made by the server when absent; recorded either way' }) seed?: string | null;
  @Field(() => [DrawEnterpriseInput]) enterprises!: DrawEnterpriseInput[];
  @Field(() => [DrawInspectorInput]) inspectors!: DrawInspectorInput[];
  @Field(() => [DrawConflictInput], { nullable: true, description: 'Declared conflicts of interest' }) conflicts?: DrawConflictInput[] | null;
  @Field(() => Int) count!: number;
  @Field(() => Int, { defaultValue: 2 }) inspectorsPerEnterprise!: number;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}
