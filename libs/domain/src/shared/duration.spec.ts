import { DAY, HOUR, MINUTE, SECOND, caught } from '../testing';
import { addDuration, duration, parseDuration } from './duration';
import { DomainError } from './errors';

const WIDE = { minMs: 0, maxMs: 365 * DAY };

describe('parseDuration', () => {
  test.each([
    ['PT24H', 24 * HOUR],
    ['P1D', DAY],
    ['P1W', 7 * DAY],
    ['PT0.5S', 500],
    ['PT10S', 10 * SECOND],
    ['PT1M', MINUTE],
    ['PT1H30M', 90 * MINUTE],
    ['P1DT12H', 36 * HOUR],
    ['P2W3D', 17 * DAY],
    ['PT0S', 0],
    ['PT1.25S', 1250],
  ])('%s = %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  test.each(['P1M', 'P1Y', 'P1Y2M', 'garbage', '', 'P', 'PT', 'P1DT', '1D', 'PT-1H', 'P-1D', 'PT1.5H', 'P1.5D', 'pt24h', ' PT24H', 'P1H', 'PT1D'])(
    '%j is refused',
    (text) => {
      expect(parseDuration(text)).toBeNull();
    },
  );
});

describe('duration (the checked field)', () => {
  test('accepts and normalises case and spaces', () => {
    expect(duration('d', 'PT24H', WIDE)).toBe('PT24H');
    expect(duration('d', ' p1d ', WIDE)).toBe('P1D');
    expect(duration('d', 'P1W', WIDE)).toBe('P1W');
    expect(duration('d', 'PT0.5S', WIDE)).toBe('PT0.5S');
  });

  test.each([['P1M'], ['P1Y'], ['garbage'], [''], [24], [null]])('refuses %j as BAD_USER_INPUT with the field', (value) => {
    const error = caught(() => duration('checkInterval', value, WIDE));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'checkInterval' });
  });

  test('bounds are inclusive', () => {
    const bounds = { minMs: SECOND, maxMs: DAY };
    expect(duration('d', 'PT1S', bounds)).toBe('PT1S');
    expect(duration('d', 'P1D', bounds)).toBe('P1D');
    expect(caught(() => duration('d', 'PT0.5S', bounds))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'd' });
    expect(caught(() => duration('d', 'PT24H1S', bounds))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'd' });
    expect(caught(() => duration('d', 'PT24H0.001S', bounds))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('addDuration', () => {
  test('adds to an instant in UTC', () => {
    expect(addDuration('2026-03-02T01:00:00.000Z', 'PT24H')).toBe('2026-03-03T01:00:00.000Z');
    expect(addDuration('2026-03-02T09:00:00+08:00', 'P1W')).toBe('2026-03-09T01:00:00.000Z');
    expect(addDuration('2026-03-02T01:00:00.000Z', 'PT0.5S')).toBe('2026-03-02T01:00:00.500Z');
  });

  test('a day is 24 hours, whatever the calendar says', () => {
    expect(addDuration('2026-02-28T12:00:00.000Z', 'P1D')).toBe('2026-03-01T12:00:00.000Z');
  });

  test('throws on what is not a duration', () => {
    expect(() => addDuration('2026-03-02T01:00:00.000Z', 'P1M')).toThrow(/not a duration/);
  });
});
