import { type HolidayCalendar, addWorkingDays, isWorkingDay, missingYears, shanghaiDate } from './calendar';
import { applyDelay } from './delay';

const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
};

// The 2026 schedule of the State Council notice of 2025-11-04 (春节 2/15–2/23, 调休 2/14 and 2/28).
const CALENDAR_2026: HolidayCalendar = {
  years: [2026],
  holidays: [...range('2026-01-01', '2026-01-03'), ...range('2026-02-15', '2026-02-23'), ...range('2026-10-01', '2026-10-07')],
  workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-09-20', '2026-10-10'],
};

/** 10:00 Beijing time on a date. */
const beijing = (date: string, time = '10:00') => Date.parse(`${date}T${time}:00+08:00`);
const day = (ms: number) => shanghaiDate(ms);

describe('working days (Asia/Shanghai, holidays and make-up days as data)', () => {
  it('counts a make-up Saturday as a working day and the Spring Festival week as days off', () => {
    expect(isWorkingDay('2026-02-14', CALENDAR_2026)).toBe(true); // Saturday, 调休上班
    expect(isWorkingDay('2026-02-16', CALENDAR_2026)).toBe(false); // Monday, 春节
    expect(isWorkingDay('2026-02-28', CALENDAR_2026)).toBe(true); // Saturday, 调休上班
    expect(isWorkingDay('2026-03-01', CALENDAR_2026)).toBe(false); // an ordinary Sunday
    expect(isWorkingDay('2026-02-24', CALENDAR_2026)).toBe(true);
  });

  it('steps across the Spring Festival', () => {
    expect(day(addWorkingDays(beijing('2026-02-13'), 1, CALENDAR_2026))).toBe('2026-02-14');
    expect(day(addWorkingDays(beijing('2026-02-13'), 2, CALENDAR_2026))).toBe('2026-02-24');
    expect(day(addWorkingDays(beijing('2026-02-12'), 5, CALENDAR_2026))).toBe('2026-02-26');
    expect(day(addWorkingDays(beijing('2026-02-24'), -1, CALENDAR_2026))).toBe('2026-02-14');
    expect(day(addWorkingDays(beijing('2026-02-27'), 1, CALENDAR_2026))).toBe('2026-02-28');
  });

  it('keeps the Beijing time of day and uses the Beijing date, not UTC', () => {
    // 07:00 Beijing on Saturday 2/14 is still Friday 2/13 in UTC.
    const t = addWorkingDays(beijing('2026-02-14', '07:00'), 1, CALENDAR_2026);
    expect(new Date(t).toISOString()).toBe('2026-02-23T23:00:00.000Z');
    expect(day(t)).toBe('2026-02-24');
  });

  it('returns the instant itself for zero days and refuses fractions', () => {
    expect(addWorkingDays(beijing('2026-02-16'), 0, CALENDAR_2026)).toBe(beijing('2026-02-16'));
    expect(() => addWorkingDays(0, 1.5, CALENDAR_2026)).toThrow();
  });

  it('counts weekends only in a year without an official schedule, and says which years lack one', () => {
    // 2027-02-05 is a Friday; without data the next working day is Monday.
    expect(day(addWorkingDays(beijing('2027-02-05'), 1, CALENDAR_2026))).toBe('2027-02-08');
    expect(missingYears(beijing('2026-12-01'), beijing('2027-03-01'), CALENDAR_2026)).toEqual([2027]);
    expect(missingYears(beijing('2026-01-01'), beijing('2026-12-31'), CALENDAR_2026)).toEqual([]);
  });

  it('applies policy delays of both kinds', () => {
    expect(day(applyDelay(beijing('2026-02-13'), '2WD', CALENDAR_2026))).toBe('2026-02-24');
    expect(applyDelay(beijing('2026-02-13'), 'P2D', CALENDAR_2026)).toBe(beijing('2026-02-15'));
    expect(day(applyDelay(beijing('2026-02-24'), '1WD', CALENDAR_2026, -1))).toBe('2026-02-14');
  });
});
