import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { IncidentLevel, ReportKind, Sector } from '@hazard/domain';
import { SectorEnum } from '../../common/enums';
import { RegisterEventModel } from '../../common/models/register-event.model';
import { DateTimeScalar } from '../../common/scalars';
import { IncidentLevelEnum, ReportKindEnum } from './incident.enums';

@ObjectType('IncidentReportObligation', { description: 'A report the incident requires, with its clock' })
export class ObligationModel {
  @Field() key!: string;
  @Field(() => ReportKindEnum) kind!: ReportKind;
  @Field(() => DateTimeScalar) dueAt!: string;
  @Field(() => DateTimeScalar, { nullable: true }) filedAt!: string | null;
  @Field() late!: boolean;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the desk was warned that it is due soon' }) warnedAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the alarm went off: due and not filed' }) missedAt!: string | null;
}

@ObjectType('Casualties')
export class CasualtiesModel {
  @Field(() => Int) deaths!: number;
  @Field(() => Int) injuries!: number;
  @Field(() => Int) missing!: number;
}

@ObjectType('IncidentClock')
export class IncidentClockModel {
  @Field() clock!: string;
  @Field() kind!: string;
  @Field(() => DateTimeScalar) at!: string;
}

@ObjectType('Incident', { description: 'An incident (事故) on its reporting clocks' })
export class IncidentModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field() title!: string;
  @Field(() => IncidentLevelEnum) level!: IncidentLevel;
  @Field() levelLabel!: string;
  @Field(() => SectorEnum) sector!: Sector;
  @Field() regionCode!: string;
  @Field() departmentCode!: string;
  @Field() place!: string;
  @Field() summary!: string;
  @Field(() => DateTimeScalar) happenedAt!: string;
  @Field(() => DateTimeScalar) receivedAt!: string;
  @Field(() => CasualtiesModel) casualties!: CasualtiesModel;
  @Field(() => ID, { nullable: true }) hazardId!: string | null;
  @Field(() => ID, { nullable: true }) majorHazardSourceId!: string | null;
  @Field(() => Int) rulesVersion!: number;
  @Field() rulesSource!: string;
  @Field(() => [ObligationModel]) reports!: ObligationModel[];
  @Field(() => IncidentClockModel, { nullable: true, description: 'The next warning or alarm' }) nextClock!: IncidentClockModel | null;
  @Field(() => DateTimeScalar, { nullable: true }) closedAt!: string | null;
  @Field(() => [RegisterEventModel], { nullable: true, description: 'Every event (only when fetched by id)' }) history!: RegisterEventModel[] | null;
}
