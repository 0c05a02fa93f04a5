/** Calendar days in Asia/Shanghai, the time the notice and its readers live in. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

export function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}

/** The instant a Shanghai calendar day starts (00:00 +08:00). */
export const dayStart = (date: string): Date => new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET_MS);

export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The Shanghai calendar day of an instant. */
export const shanghaiDay = (instant: Date | string | number): string => new Date(new Date(instant).getTime() + OFFSET_MS).toISOString().slice(0, 10);

