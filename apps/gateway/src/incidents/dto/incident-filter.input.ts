import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class IncidentFilter {
  @Field(() => Boolean, { nullable: true }) open?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'With a report past its due time and not filed' }) overdue?: boolean | null;
  @Field(() => String, { nullable: true }) regionCode?: string | null;
}
