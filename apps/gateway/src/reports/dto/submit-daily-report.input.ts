import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class SubmitDailyReportInput {
  @Field({ description: 'The report day D, YYYY-MM-DD (Beijing)' }) date!: string;
  @Field() departmentCode!: string;
}
