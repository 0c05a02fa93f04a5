import { Field, InputType, Int } from '@nestjs/graphql';

@InputType()
export class MajorHazardSourceFilter {
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => String, { nullable: true }) departmentCode?: string | null;
  @Field(() => Boolean, { nullable: true }) isMajor?: boolean | null;
  @Field(() => Int, { nullable: true }) level?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Only sources with a patrol overdue now' }) overduePatrol?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Only sources verified on site (true) or never verified (false)' }) verifiedOnSite?: boolean | null;
}
