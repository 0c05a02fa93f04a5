import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CalendarDayKind {
  HOLIDAY = 'HOLIDAY',
  WORKDAY = 'WORKDAY',
}
registerEnumType(CalendarDayKind, { name: 'CalendarDayKind', description: 'HOLIDAY: a day off; WORKDAY: a make-up working day (调休)' });

@ObjectType('CalendarDay')
export class CalendarDayModel {
  @Field({ description: 'YYYY-MM-DD (Asia/Shanghai)' }) date!: string;
  @Field(() => CalendarDayKind) kind!: CalendarDayKind;
  @Field() name!: string;
}

@ObjectType('CalendarYear')
export class CalendarYearModel {
  @Field(() => Int) year!: number;
  @Field({ description: 'Whether the official schedule of this year is on file; without it, only weekends are days off' })
  official!: boolean;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => [CalendarDayModel]) days!: CalendarDayModel[];
}
