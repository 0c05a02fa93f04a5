import { Field, InputType } from '@nestjs/graphql';

@InputType('SiteVerifierInput')
export class SiteVerifierInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) unit?: string | null;
}
