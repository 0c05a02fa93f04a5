import { badInput } from './errors';

const DURATION = /^P(?!$)(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Milliseconds of an ISO-8601 duration made of weeks, days, hours, minutes and seconds.
 * Years and months are refused: their length depends on the calendar, and a timer must not.
 */
export function parseDuration(text: string): number | null {
  const match = DURATION.exec(text);
  if (!match) return null;
  const [, w, d, h, m, s] = match;
  const ms =
    (Number(w ?? 0) * 7 * 86_400 + Number(d ?? 0) * 86_400 + Number(h ?? 0) * 3_600 + Number(m ?? 0) * 60 + Number(s ?? 0)) *
    1000;
  return Number.isFinite(ms) ? Math.round(ms) : null;
}

export function duration(field: string, value: unknown, bounds: { minMs: number; maxMs: number }): string {
  if (typeof value !== 'string') throw badInput(field, 'must be an ISO-8601 duration such as PT24H');
  const text = value.trim().toUpperCase();
  const ms = parseDuration(text);
  if (ms === null) throw badInput(field, 'must be an ISO-8601 duration of weeks, days, hours, minutes or seconds, such as PT24H or P1D');
  if (ms < bounds.minMs) throw badInput(field, `must be at least ${formatMs(bounds.minMs)}`);
  if (ms > bounds.maxMs) throw badInput(field, `must be at most ${formatMs(bounds.maxMs)}`);
  return text;
}

export function addDuration(isoInstant: string, durationText: string): string {
  const ms = parseDuration(durationText);
  if (ms === null) throw new Error(`not a duration: ${durationText}`);
  return new Date(Date.parse(isoInstant) + ms).toISOString();
}

function formatMs(ms: number): string {
  if (ms % 86_400_000 === 0) return `${ms / 86_400_000} days`;
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} hours`;
  return `${ms / 1000} seconds`;
}
