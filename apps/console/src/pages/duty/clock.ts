/**
 * The legal reporting clocks on screen: how long until a report is due (or how long it is overdue),
 * recomputed from `dueAt` and the browser's clock every tick, so a countdown needs no request.
 */

export interface Remaining {
  /** Due time passed (the report is late from now on). */
  overdue: boolean;
  /** Within the warning before the due time (the server's default 15 minutes), or overdue. */
  urgent: boolean;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** The server's default warning: 15 minutes before a report is due (README, Incidents on the clock). */
export const WARN_BEFORE_MS = 15 * 60_000;

export function remaining(dueAt: string, now: number, warnBeforeMs = WARN_BEFORE_MS): Remaining {
  const due = Date.parse(dueAt);
  const diff = Number.isNaN(due) ? 0 : due - now;
  const overdue = diff <= 0;
  // whole seconds: a countdown shows 0 s only once it is due
  let s = overdue ? Math.floor(-diff / 1000) : Math.ceil(diff / 1000);
  const days = Math.floor(s / 86_400);
  s -= days * 86_400;
  const hours = Math.floor(s / 3600);
  s -= hours * 3600;
  const minutes = Math.floor(s / 60);
  return { overdue, urgent: overdue || diff <= warnBeforeMs, days, hours, minutes, seconds: s - minutes * 60 };
}

const two = (n: number) => String(n).padStart(2, '0');

/** 1 天 02:03:04 / 1 d 02:03:04; under a day 02:03:04. */
export function formatRemaining(r: Remaining, dayUnit: string): string {
  const clock = `${two(r.hours)}:${two(r.minutes)}:${two(r.seconds)}`;
  return r.days > 0 ? `${r.days} ${dayUnit} ${clock}` : clock;
}
