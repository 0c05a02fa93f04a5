/** Every time on screen is Beijing time (Asia/Shanghai, UTC+8), whatever the browser's zone. */
export const ZONE = 'Asia/Shanghai';

const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const dateOnly = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  return dateTime.format(d).replace(/\//g, '-');
}

/** YYYY-MM-DD of the instant, in Beijing. */
export function beijingDate(at: Date = new Date()): string {
  return dateOnly.format(at);
}

/** The instant of a `datetime-local` value read as Beijing time. */
export function fromBeijingLocal(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const d = new Date(`${value.length === 16 ? `${value}:00` : value}+08:00`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** A `datetime-local` value for the instant, in Beijing time. */
export function toBeijingLocal(iso: string): string {
  const d = new Date(Date.parse(iso) + 8 * 3_600_000);
  return d.toISOString().slice(0, 16);
}
