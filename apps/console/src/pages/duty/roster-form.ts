import { fromBeijingLocal } from '../../time';

/** Every duty role, in the order a roster prints them (DUTY_LEADER 带班领导 first). */
export const DUTY_ROLES = ['DUTY_LEADER', 'SHIFT_HEAD', 'DISPATCHER', 'INFORMATION_OFFICER', 'TECHNICAL_SUPPORT'] as const;
export type DutyRoleName = (typeof DUTY_ROLES)[number];

/** One shift as typed: Beijing wall-clock times (`datetime-local`), a name and a phone per role. */
export interface ShiftRow {
  date: string;
  name: string;
  startsAt: string;
  endsAt: string;
  people: Partial<Record<DutyRoleName, { name: string; phone: string }>>;
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A day around the clock: 白班 08:00–20:00 and 夜班 20:00–08:00 the next morning (Beijing time). */
export function defaultShifts(date: string, dayName = '白班', nightName = '夜班'): ShiftRow[] {
  return [
    { date, name: dayName, startsAt: `${date}T08:00`, endsAt: `${date}T20:00`, people: {} },
    { date, name: nightName, startsAt: `${date}T20:00`, endsAt: `${addDays(date, 1)}T08:00`, people: {} },
  ];
}

/** The shift after the last: as long as the last one, starting when it ends (an empty row if the last has no times). */
export function nextShift(rows: ShiftRow[], name: string): ShiftRow {
  const last = rows[rows.length - 1];
  const start = last ? fromBeijingLocal(last.endsAt) : null;
  const lastStart = last ? fromBeijingLocal(last.startsAt) : null;
  if (!start) return { date: '', name, startsAt: '', endsAt: '', people: {} };
  const startMs = Date.parse(start);
  const length = lastStart && Date.parse(lastStart) < startMs ? startMs - Date.parse(lastStart) : 12 * 3_600_000;
  const local = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16);
  return { date: local(startMs).slice(0, 10), name, startsAt: local(startMs), endsAt: local(startMs + length), people: {} };
}

export interface ShiftInput {
  date: string;
  name: string;
  startsAt: string;
  endsAt: string;
  assignments: { role: DutyRoleName; name: string; phone: string | null }[];
}

/**
 * The shifts as publishRoster takes them. A role left empty is simply not assigned: the server decides
 * whether the roster has a gap (its role rules are data), and its refusal is what the form shows.
 * Only what cannot be sent at all is answered here: a time that is not a complete Beijing date and time.
 */
export function toShiftInputs(rows: ShiftRow[]): { shifts: ShiftInput[]; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const shifts = rows.map((row, i) => {
    const startsAt = fromBeijingLocal(row.startsAt);
    const endsAt = fromBeijingLocal(row.endsAt);
    if (!startsAt) errors[`shifts[${i}].startsAt`] = 'datetime';
    if (!endsAt) errors[`shifts[${i}].endsAt`] = 'datetime';
    if (!row.name.trim()) errors[`shifts[${i}].name`] = 'required';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(row.date)) errors[`shifts[${i}].date`] = 'date';
    const assignments = DUTY_ROLES.flatMap((role) => {
      const person = row.people[role];
      const name = person?.name.trim() ?? '';
      return name ? [{ role, name, phone: person?.phone.trim() || null }] : [];
    });
    return { date: row.date, name: row.name.trim(), startsAt: startsAt ?? '', endsAt: endsAt ?? '', assignments };
  });
  return { shifts, errors };
}

/** The shift a server field names (`shifts[1].assignments` → 1), to show its refusal beside that row. */
export function shiftIndexOf(field: string | undefined): number | null {
  const m = /^shifts\[(\d+)\]/.exec(field ?? '');
  return m ? Number(m[1]) : null;
}
