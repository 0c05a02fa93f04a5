import { Field, InputType, Int } from '@nestjs/graphql';

@InputType()
export class PeriodReportDueInput {
  @Field() from!: string;
  @Field() to!: string;
  @Field({ description: 'An instant with its offset, e.g. 2023-02-28T15:00:00+08:00' }) dueAt!: string;
  @Field() title!: string;
}

@InputType({ description: 'A new version of a reporting obligation (a new id starts at version 1)' })
export class RecordReportingObligationInput {
  @Field() id!: string;
  @Field() documentNumber!: string;
  @Field() title!: string;
  @Field(() => [String]) units!: string[];
  @Field({ defaultValue: '01-01' }) countingFrom!: string;
  @Field() cityCutoff!: string;
  @Field() districtCutoff!: string;
  @Field(() => Int, { defaultValue: 120 }) remindBeforeMinutes!: number;
  @Field() effectiveFrom!: string;
  @Field(() => String, { nullable: true }) endsOn?: string | null;
  @Field(() => [PeriodReportDueInput], { nullable: true }) periodReports?: PeriodReportDueInput[] | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}
