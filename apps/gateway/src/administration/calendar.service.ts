import { Inject, Injectable } from '@nestjs/common';
import { badInput, requiredText } from '@hazard/domain';
import type { Db } from '@hazard/event-store';
import { type CalendarYear, calendarYear, replaceCalendarYear } from '@hazard/administration';
import { authorize } from '../auth/authorize';
import type { Principal } from '../auth/principal';
import { DATABASE } from '../infrastructure/database.provider';
import type { SetHolidayCalendarInput } from './dto/calendar.input';

/** The official holiday calendar (holidays and make-up working days) that working-day deadlines count by. */
@Injectable()
export class CalendarService {
  constructor(@Inject(DATABASE) private readonly db: Db) {}

  year(principal: Principal, year: number): Promise<CalendarYear> {
    authorize(principal, 'readCalendar');
    return calendarYear(this.db, year);
  }

  /** Replaces a year of official holidays and make-up working days: each a date of that year, listed once. */
  replaceYear(principal: Principal, input: SetHolidayCalendarInput): Promise<CalendarYear> {
    authorize(principal, 'manageCalendar');
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) throw badInput('year', 'must be between 2000 and 2100');
    const seen = new Set<string>();
    const days = input.days.map((d, i) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date) || Number.isNaN(Date.parse(`${d.date}T00:00:00Z`)) || !d.date.startsWith(`${input.year}-`)) {
        throw badInput(`days[${i}].date`, `must be a YYYY-MM-DD date in ${input.year}`);
      }
      if (seen.has(d.date)) throw badInput(`days[${i}].date`, `${d.date} is listed twice`);
      seen.add(d.date);
      return { date: d.date, kind: d.kind, name: requiredText(`days[${i}].name`, d.name, { max: 50 }) };
    });
    return replaceCalendarYear(this.db, { year: input.year, source: requiredText('source', input.source, { max: 300 }), days });
  }
}
