import { formatRemaining, remaining } from './clock';
import { defaultShifts, nextShift, shiftIndexOf, toShiftInputs } from './roster-form';

describe('the reporting clocks on the duty desk', () => {
  const due = '2026-03-02T04:00:00.000Z';
  const at = (iso: string) => Date.parse(iso);

  test('counts down to the due time in whole seconds, and up once it has passed', () => {
    expect(remaining(due, at('2026-03-02T02:58:59.500Z'))).toEqual({ overdue: false, urgent: false, days: 0, hours: 1, minutes: 1, seconds: 1 });
    expect(formatRemaining(remaining(due, at('2026-03-02T02:58:59.500Z')), '天')).toBe('01:01:01');
    expect(remaining(due, at('2026-03-02T04:00:00.000Z'))).toMatchObject({ overdue: true, urgent: true, hours: 0, minutes: 0, seconds: 0 });
    expect(formatRemaining(remaining(due, at('2026-03-02T04:05:03.900Z')), '天')).toBe('00:05:03');
    expect(remaining(due, at('2026-03-02T04:05:03.900Z')).overdue).toBe(true);
    expect(formatRemaining(remaining(due, at('2026-02-28T01:00:00.000Z')), 'd')).toBe('2 d 03:00:00');
  });

  test('is urgent within the 15 minutes before the due time (the server warns then)', () => {
    expect(remaining(due, at('2026-03-02T03:44:59.000Z')).urgent).toBe(false);
    expect(remaining(due, at('2026-03-02T03:45:00.000Z')).urgent).toBe(true);
    expect(remaining(due, at('2026-03-02T03:59:59.000Z'))).toMatchObject({ overdue: false, urgent: true, seconds: 1 });
  });
});

describe('the roster form', () => {
  test('offers a day around the clock, in Beijing time', () => {
    const rows = defaultShifts('2026-03-02');
    expect(rows.map((r) => [r.name, r.startsAt, r.endsAt])).toEqual([
      ['白班', '2026-03-02T08:00', '2026-03-02T20:00'],
      ['夜班', '2026-03-02T20:00', '2026-03-03T08:00'],
    ]);
    expect(nextShift(rows, '白班')).toMatchObject({ date: '2026-03-03', startsAt: '2026-03-03T08:00', endsAt: '2026-03-03T20:00' });
    expect(nextShift([], '白班')).toMatchObject({ startsAt: '', endsAt: '' });
  });

  test('sends the roles filled in and leaves the gaps for the server to refuse', () => {
    const rows = defaultShifts('2026-03-02');
    rows[0].people = { DUTY_LEADER: { name: ' 王局长 ', phone: '13800000001' }, SHIFT_HEAD: { name: '张科长', phone: '' }, DISPATCHER: { name: '  ', phone: '1' } };
    const { shifts, errors } = toShiftInputs(rows);
    expect(errors).toEqual({});
    expect(shifts[0]).toEqual({
      date: '2026-03-02',
      name: '白班',
      startsAt: '2026-03-02T00:00:00.000Z',
      endsAt: '2026-03-02T12:00:00.000Z',
      assignments: [
        { role: 'DUTY_LEADER', name: '王局长', phone: '13800000001' },
        { role: 'SHIFT_HEAD', name: '张科长', phone: null },
      ],
    });
    expect(shifts[1].assignments).toEqual([]);
  });

  test('answers only what cannot be sent: an incomplete time, an empty name', () => {
    const rows = defaultShifts('2026-03-02');
    rows[1].endsAt = '2026-03-03';
    rows[1].name = ' ';
    expect(toShiftInputs(rows).errors).toEqual({ 'shifts[1].endsAt': 'datetime', 'shifts[1].name': 'required' });
  });

  test('reads which shift a refusal names', () => {
    expect(shiftIndexOf('shifts[3].assignments')).toBe(3);
    expect(shiftIndexOf('shifts')).toBeNull();
    expect(shiftIndexOf(undefined)).toBeNull();
  });
});
