import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

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

@InputType()
export class CalendarDayInput {
  @Field() date!: string;
  @Field(() => CalendarDayKind) kind!: CalendarDayKind;
  @Field() name!: string;
}

@InputType()
export class SetHolidayCalendarInput {
  @Field(() => Int) year!: number;
  @Field({ description: 'The notice it comes from, e.g. 国务院办公厅关于2027年部分节假日安排的通知' }) source!: string;
  @Field(() => [CalendarDayInput]) days!: CalendarDayInput[];
}

@ObjectType('Region', { description: '县区 and development zones (reference data)' })
export class RegionModel {
  @Field() code!: string;
  @Field() name!: string;
  @Field() kind!: string;
}

@ObjectType('Department', { description: '市直部门 and the sectors they supervise' })
export class DepartmentModel {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => [String]) sectors!: string[];
}
