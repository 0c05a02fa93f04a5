import { beijingDate, formatTime, fromBeijingLocal, toBeijingLocal } from './time';

describe('Beijing time, whatever the machine’s zone', () => {
  test('formats an instant as Beijing wall-clock time', () => {
    expect(formatTime('2026-11-28T16:30:00.000Z')).toBe('2026-11-29 00:30');
    expect(formatTime(null)).toBe('—');
    expect(formatTime('not a time')).toBe('—');
  });

  test('reads a date field as Beijing time and writes it back', () => {
    expect(fromBeijingLocal('2027-03-01T18:00')).toBe('2027-03-01T10:00:00.000Z');
    expect(fromBeijingLocal('2027-03-01T18:00:30')).toBe('2027-03-01T10:00:30.000Z');
    expect(fromBeijingLocal('2027-03-01')).toBeNull();
    expect(fromBeijingLocal('')).toBeNull();
    expect(toBeijingLocal('2027-03-01T10:00:00.000Z')).toBe('2027-03-01T18:00');
  });

  test('the Beijing date turns at 16:00 UTC', () => {
    expect(beijingDate(new Date('2026-11-28T15:59:59Z'))).toBe('2026-11-28');
    expect(beijingDate(new Date('2026-11-28T16:00:00Z'))).toBe('2026-11-29');
  });
});
