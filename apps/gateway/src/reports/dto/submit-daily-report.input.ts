import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'The signature block of each sheet (who filled it, a phone number, the reviewer); the date is the submission’s' })
export class ReportSignatureInput {
  @Field(() => String, { nullable: true, description: '填报人 (default: the caller’s name)' }) filledBy?: string | null;
  @Field(() => String, { nullable: true, description: '联系电话' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: '审核人' }) reviewer?: string | null;
}

@InputType()
export class SubmitDailyReportInput {
  @Field({ description: 'The report day D, YYYY-MM-DD (Beijing)' }) date!: string;
  @Field() departmentCode!: string;
  @Field(() => String, { nullable: true, description: 'A district unit’s report: its region; absent for the city unit (a district caller’s own region when it has one)' })
  regionCode?: string | null;
  @Field(() => ReportSignatureInput, { nullable: true }) signature?: ReportSignatureInput | null;
}

@InputType()
export class SubmitPeriodReportInput {
  @Field({ description: 'First day of the period an obligation demands, YYYY-MM-DD' }) from!: string;
  @Field({ description: 'Last day of the period' }) to!: string;
  @Field() departmentCode!: string;
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => ReportSignatureInput, { nullable: true }) signature?: ReportSignatureInput | null;
}
