import { Field, InputType, Int } from '@nestjs/graphql';
import { CalendarDayKind } from '../models/calendar.model';

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
