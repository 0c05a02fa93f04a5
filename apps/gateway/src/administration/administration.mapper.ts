import type { CalendarYear } from '@hazard/administration';
import type { CalendarDayKind, CalendarYearModel } from './models/calendar.model';

/** A year of the calendar; `official` when its schedule is on file (a source names the notice it comes from). */
export const toCalendarYearModel = (year: CalendarYear): CalendarYearModel => ({
  ...year,
  official: year.source !== null,
  days: year.days.map((d) => ({ ...d, kind: d.kind as CalendarDayKind })),
});
