import { badInput } from './errors';

// C0/C1 control characters and the Unicode line/paragraph separators, except tab and newlines,
// which multi-line fields keep. Matching control characters is what these expressions are for.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

export interface TextRule {
  max: number;
  multiline?: boolean;
}

export function requiredText(field: string, value: unknown, rule: TextRule): string {
  if (typeof value !== 'string') throw badInput(field, 'is required');
  const text = value.trim();
  if (text.length === 0) throw badInput(field, 'must not be blank');
  if ([...text].length > rule.max) throw badInput(field, `must be at most ${rule.max} characters`);
  const forbidden = rule.multiline ? CONTROL_CHARS : CONTROL_CHARS_SINGLE_LINE;
  if (forbidden.test(text)) throw badInput(field, 'must not contain control characters');
  return text;
}

export function optionalText(field: string, value: unknown, rule: TextRule): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  return requiredText(field, value, rule);
}

export function oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw badInput(field, `must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

export function code(field: string, value: unknown): string {
  const text = requiredText(field, value, { max: 32 });
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(text)) throw badInput(field, 'must be a code of letters, digits, - and _');
  return text;
}

const ISO_INSTANT =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** An instant with an explicit offset, normalised to UTC ISO text. */
export function instant(field: string, value: unknown): string {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) {
    throw badInput(field, 'must be an ISO-8601 date-time with a time zone, e.g. 2026-03-01T08:00:00+08:00');
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms) || !isRealCalendarTime(value)) throw badInput(field, 'is not a valid date-time');
  return new Date(ms).toISOString();
}

/** 2026-02-30 or 25:00 would be silently rolled over by Date.parse; refuse them instead. */
function isRealCalendarTime(value: string): boolean {
  const [, y, mo, d, h, mi, s] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value) ?? [];
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return false;
  return Number(h) <= 23 && Number(mi) <= 59 && Number(s ?? 0) <= 59;
}

export function optionalInstant(field: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return instant(field, value);
}

export function finiteNumber(field: string, value: unknown, range: { min?: number; max?: number } = {}): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw badInput(field, 'must be a number');
  if (range.min !== undefined && value < range.min) throw badInput(field, `must be at least ${range.min}`);
  if (range.max !== undefined && value > range.max) throw badInput(field, `must be at most ${range.max}`);
  return value;
}

export function integer(field: string, value: unknown, range: { min?: number; max?: number } = {}): number {
  const n = finiteNumber(field, value, range);
  if (!Number.isInteger(n)) throw badInput(field, 'must be a whole number');
  return n;
}

export function bool(field: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw badInput(field, 'must be true or false');
  return value;
}

export const MAX_EVIDENCE = 50;

/** Evidence files are hashed when received; the command carries their SHA-256 (hex). */
export function evidenceHashes(field: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw badInput(field, 'must be a list of SHA-256 hex digests');
  if (value.length > MAX_EVIDENCE) throw badInput(field, `must hold at most ${MAX_EVIDENCE} digests`);
  const seen = new Set<string>();
  return value.map((item, i) => {
    if (typeof item !== 'string' || !/^[0-9a-fA-F]{64}$/.test(item)) {
      throw badInput(`${field}[${i}]`, 'must be a SHA-256 digest of 64 hex characters');
    }
    const digest = item.toLowerCase();
    if (seen.has(digest)) throw badInput(`${field}[${i}]`, 'is listed twice');
    seen.add(digest);
    return digest;
  });
}

export function phone(field: string, value: unknown): string | null {
  const text = optionalText(field, value, { max: 20 });
  if (text !== null && !/^\+?[0-9][0-9 -]{4,19}$/.test(text)) throw badInput(field, 'must be a phone number');
  return text;
}

const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015 unified social credit code: 18 characters, the last a mod-31 check character. */
export function isValidCreditCode(candidate: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(candidate)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARS.indexOf(candidate[i]) * CREDIT_CODE_WEIGHTS[i];
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_CHARS[check] === candidate[17];
}

export function creditCode(field: string, value: unknown): string | null {
  const text = optionalText(field, value, { max: 18 });
  if (text === null) return null;
  const upper = text.toUpperCase();
  if (!isValidCreditCode(upper)) {
    throw badInput(field, 'is not a valid unified social credit code (GB 32100-2015: 18 characters with a check character)');
  }
  return upper;
}

/** A calendar date YYYY-MM-DD that exists (2026-02-30 is refused). */
export function calendarDate(field: string, value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw badInput(field, 'must be a date YYYY-MM-DD');
  }
  return value;
}
