/**
 * Working days in Asia/Shanghai: weekends and official holidays are off, make-up working days
 * (调休) are on. The calendar is data (dates as YYYY-MM-DD); a year without data counts
 * weekends only, and `missingYears` says so.
 */
export interface HolidayCalendar {
  /** Years whose official schedule the calendar holds. */
  years: number[];
  holidays: string[];
  workdays: string[];
}

export const EMPTY_CALENDAR: HolidayCalendar = { years: [], holidays: [], workdays: [] };

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The Shanghai calendar date (YYYY-MM-DD) of an instant. */
export const shanghaiDate = (instantMs: number): string => new Date(instantMs + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);

export function isWorkingDay(date: string, calendar: HolidayCalendar): boolean {
  if (calendar.workdays.includes(date)) return true;
  if (calendar.holidays.includes(date)) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The instant `days` working days after (or, when negative, before) `instantMs`, at the same
 * Shanghai time of day. Counting starts from the next (previous) calendar day; zero returns the
 * instant itself.
 */
export function addWorkingDays(instantMs: number, days: number, calendar: HolidayCalendar): number {
  if (!Number.isInteger(days)) throw new Error(`working days must be whole: ${days}`);
  const step = days >= 0 ? DAY_MS : -DAY_MS;
  let remaining = Math.abs(days);
  let t = instantMs;
  while (remaining > 0) {
    t += step;
    if (isWorkingDay(shanghaiDate(t), calendar)) remaining--;
  }
  return t;
}

/** Years between two instants (Shanghai) for which the calendar has no official schedule. */
export function missingYears(fromMs: number, toMs: number, calendar: HolidayCalendar): number[] {
  const first = Number(shanghaiDate(Math.min(fromMs, toMs)).slice(0, 4));
  const last = Number(shanghaiDate(Math.max(fromMs, toMs)).slice(0, 4));
  const missing: number[] = [];
  for (let y = first; y <= last; y++) if (!calendar.years.includes(y)) missing.push(y);
  return missing;
}
