import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { IncidentLevel, ReportKind } from '@hazard/domain';
import { DateTimeScalar } from '../../common/scalars';
import { IncidentLevelEnum, ReportKindEnum } from './incident.enums';

@ObjectType('ObligationRule')
export class ObligationRuleModel {
  @Field(() => ReportKindEnum) kind!: ReportKind;
  @Field(() => [IncidentLevelEnum], { description: 'Empty: every level' }) levels!: IncidentLevel[];
  @Field({ description: 'OCCURRED or RECEIVED' }) from!: string;
  @Field({ description: 'ISO-8601 duration' }) within!: string;
}

@ObjectType('IncidentReportingRules', { description: 'Numbered versions, each naming its source' })
export class IncidentRulesModel {
  @Field(() => Int) version!: number;
  @Field() source!: string;
  @Field(() => [ObligationRuleModel]) obligations!: ObligationRuleModel[];
  @Field(() => Int) casualtyWindowDays!: number;
  @Field(() => Int, { nullable: true }) roadTrafficCasualtyWindowDays!: number | null;
  @Field(() => Int, { nullable: true }) fireCasualtyWindowDays!: number | null;
  @Field() supplementaryWithin!: string;
  @Field() warnBefore!: string;
  @Field(() => DateTimeScalar, { nullable: true }) savedAt!: string | null;
  @Field(() => String, { nullable: true }) savedBy!: string | null;
}
