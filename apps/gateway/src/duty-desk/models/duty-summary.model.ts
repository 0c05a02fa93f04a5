import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../common/scalars';
import { DutyShiftModel } from './roster.model';

@ObjectType('DutyIncidentClock')
export class DutyIncidentClockModel {
  @Field(() => ID) incidentId!: string;
  @Field() title!: string;
  @Field() levelLabel!: string;
  @Field({ description: 'The report next due' }) report!: string;
  @Field(() => DateTimeScalar) dueAt!: string;
  @Field() overdue!: boolean;
}

@ObjectType('DutySummary', { description: 'What the duty officer sees first: who is on duty, what waits, what is ready' })
export class DutySummaryModel {
  @Field(() => DateTimeScalar) at!: string;
  @Field({ description: 'Beijing date' }) date!: string;
  @Field(() => [DutyShiftModel], { description: 'The shifts on duty now, one per roster in scope' }) onDuty!: DutyShiftModel[];
  @Field(() => [String], { description: 'The duty leaders (带班领导) now' }) dutyLeaders!: string[];
  @Field(() => [String]) openHandoverItems!: string[];
  @Field(() => [DutyIncidentClockModel], { description: 'Open incidents by their next report due' }) incidentClocks!: DutyIncidentClockModel[];
  @Field(() => Int) teams!: number;
  @Field(() => Int) teamsReady!: number;
  @Field(() => Int) peopleOnDuty!: number;
  @Field(() => Int) depots!: number;
  @Field(() => Int) depotsReady!: number;
  @Field(() => Int, { description: 'Stock lines expired or expiring within 30 days' }) stockExpiringSoon!: number;
}
