import { type HolidayCalendar, addWorkingDays } from './calendar';
import { parseDuration } from './duration';

/** A delay: an ISO-8601 duration (PT24H, P3D, PT10S) or a count of working days (5WD). */
export type Delay = string;

const WORKING_DAYS = /^(\d{1,3})WD$/;

export function isDelay(value: unknown): value is Delay {
  if (typeof value !== 'string') return false;
  if (WORKING_DAYS.test(value)) return true;
  return parseDuration(value) !== null;
}

/** `from` moved forward (sign +1) or back (sign −1) by a delay. */
export function applyDelay(fromMs: number, delay: Delay, calendar: HolidayCalendar, sign: 1 | -1 = 1): number {
  const wd = WORKING_DAYS.exec(delay);
  if (wd) return addWorkingDays(fromMs, sign * Number(wd[1]), calendar);
  const ms = parseDuration(delay);
  if (ms === null) throw new Error(`not a delay: ${delay}`);
  return fromMs + sign * ms;
}
