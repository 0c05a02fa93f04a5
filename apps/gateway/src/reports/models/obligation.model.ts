import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../common/scalars';

@ObjectType('PeriodReportDue', { description: 'A one-off period report an obligation demands, with its own due time' })
export class PeriodReportDueModel {
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => DateTimeScalar) dueAt!: string;
  @Field() title!: string;
}

@ObjectType('ReportingObligation', { description: 'A notice that binds units to report, at one version (a changed cutoff is a new version)' })
export class ReportingObligationModel {
  @Field() id!: string;
  @Field(() => Int) version!: number;
  @Field({ description: '文号, e.g. 盘安委办发〔2023〕11号' }) documentNumber!: string;
  @Field() title!: string;
  @Field(() => [String], { description: 'Department codes of the bound units, or ["*"]' }) units!: string[];
  @Field({ description: 'MM-DD: the counting period starts on this day each year' }) countingFrom!: string;
  @Field({ description: 'HH:MM Beijing: city departments report to the committee office by then' }) cityCutoff!: string;
  @Field({ description: 'HH:MM Beijing: district units report to their city department by then' }) districtCutoff!: string;
  @Field(() => Int) remindBeforeMinutes!: number;
  @Field() effectiveFrom!: string;
  @Field(() => String, { nullable: true }) endsOn!: string | null;
  @Field(() => [PeriodReportDueModel]) periodReports!: PeriodReportDueModel[];
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() recordedBy!: string;
  @Field(() => DateTimeScalar) recordedAt!: string;
}
