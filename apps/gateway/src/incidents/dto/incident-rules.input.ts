import { Field, InputType, Int } from '@nestjs/graphql';
import type { IncidentLevel, ReportKind } from '@hazard/domain';
import { IncidentLevelEnum, ReportKindEnum } from '../models/incident.enums';

@InputType('ObligationRuleInput')
export class ObligationRuleInput {
  @Field(() => ReportKindEnum) kind!: ReportKind;
  @Field(() => [IncidentLevelEnum], { nullable: true }) levels?: IncidentLevel[] | null;
  @Field() from!: string;
  @Field() within!: string;
}

@InputType()
export class SaveIncidentReportingRulesInput {
  @Field() source!: string;
  @Field(() => [ObligationRuleInput]) obligations!: ObligationRuleInput[];
  @Field(() => Int) casualtyWindowDays!: number;
  @Field(() => Int, { nullable: true }) roadTrafficCasualtyWindowDays?: number | null;
  @Field(() => Int, { nullable: true }) fireCasualtyWindowDays?: number | null;
  @Field() supplementaryWithin!: string;
  @Field() warnBefore!: string;
}
