import { VALID_CREDIT_CODE, caught, withCreditCheck } from '../testing';
import { DomainError } from './errors';
import {
  MAX_EVIDENCE,
  bool,
  code,
  creditCode,
  evidenceHashes,
  finiteNumber,
  instant,
  integer,
  isValidCreditCode,
  oneOf,
  optionalInstant,
  optionalText,
  phone,
  requiredText,
} from './validation';

/** The helper threw BAD_USER_INPUT naming `field`. */
function expectBadInput(run: () => unknown, field: string): void {
  const error = caught(run);
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
}

describe('unified social credit code (GB 32100-2015)', () => {
  // Published codes of well-known enterprises and the standard's own example: independent of our checksum.
  const published = [
    '9144030071526726XG', // 腾讯科技（深圳）有限公司
    '914403001922038216', // 华为技术有限公司
    '91110000802100433B', // 百度在线网络技术（北京）有限公司
    '91350100M000100Y43', // GB 32100-2015 示例
  ];

  test.each(published)('%s is valid', (candidate) => {
    expect(isValidCreditCode(candidate)).toBe(true);
  });

  test.each(published)('%s with any other check character is invalid', (candidate) => {
    const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const others = [...chars].filter((c) => c !== candidate[17]);
    expect(others).toHaveLength(30);
    for (const c of others) expect(isValidCreditCode(candidate.slice(0, 17) + c)).toBe(false);
  });

  test('a single changed character is caught', () => {
    expect(isValidCreditCode('9144030071526727XG')).toBe(false);
    expect(isValidCreditCode('914403001922038226')).toBe(false);
  });

  test('every 17-character prefix has exactly one check character', () => {
    for (const prefix of ['91110000100000000', '12100000000000000', 'Y1211100MA0Y12345', '00000000000000000']) {
      const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
      const valid = [...chars].filter((c) => isValidCreditCode(prefix + c));
      expect(valid).toHaveLength(1);
      expect(withCreditCheck(prefix)).toBe(prefix + valid[0]);
    }
    expect(withCreditCheck('91110000100000000')).toBe('91110000100000000R');
    expect(isValidCreditCode('91110000100000000F')).toBe(false);
  });

  test.each([
    ['too short', '9144030071526726X'],
    ['too long', '9144030071526726XGX'],
    ['letters I, O, S, V, Z are not used', '9144030071526726OG'],
    ['the administrative division code is six digits', '91A4030071526726XG'],
    ['lower case (the parser upper-cases first)', '9144030071526726xg'],
    ['blank', ''],
  ])('refused: %s', (_label, candidate) => {
    expect(isValidCreditCode(candidate)).toBe(false);
  });

  test('creditCode() upper-cases, trims, accepts none, and refuses a bad one with the field', () => {
    expect(creditCode('c', ' 9144030071526726xg ')).toBe('9144030071526726XG');
    expect(creditCode('c', VALID_CREDIT_CODE)).toBe(VALID_CREDIT_CODE);
    expect(creditCode('c', null)).toBeNull();
    expect(creditCode('c', undefined)).toBeNull();
    expect(creditCode('c', '   ')).toBeNull();
    expectBadInput(() => creditCode('enterpriseCreditCode', '9144030071526726XH'), 'enterpriseCreditCode');
    expectBadInput(() => creditCode('enterpriseCreditCode', 12345), 'enterpriseCreditCode');
  });
});

describe('text', () => {
  test('required text is trimmed and must not be blank or missing', () => {
    expect(requiredText('f', '  隐患  ', { max: 10 })).toBe('隐患');
    expectBadInput(() => requiredText('f', ' \t ', { max: 10 }), 'f');
    expectBadInput(() => requiredText('f', undefined, { max: 10 }), 'f');
    expectBadInput(() => requiredText('f', 42, { max: 10 }), 'f');
  });

  test('the maximum counts characters (code points) and is inclusive', () => {
    expect(requiredText('f', '隐'.repeat(5), { max: 5 })).toHaveLength(5);
    expect(requiredText('f', '𠀀'.repeat(5), { max: 5 })).toBe('𠀀'.repeat(5));
    expectBadInput(() => requiredText('f', '隐'.repeat(6), { max: 5 }), 'f');
  });

  test('control characters are refused; multi-line text keeps newlines and tabs', () => {
    for (const bad of ['a\u0000b', 'a\u0007b', 'a\u001bb', 'a\u007fb', 'a\u0085b', 'a\u2028b', 'a\u2029b']) {
      expectBadInput(() => requiredText('f', bad, { max: 10, multiline: true }), 'f');
    }
    expect(requiredText('f', '一\n二\r\n三\t四', { max: 20, multiline: true })).toBe('一\n二\r\n三\t四');
    expectBadInput(() => requiredText('f', '一\n二', { max: 20 }), 'f');
    expectBadInput(() => requiredText('f', '一\t二', { max: 20 }), 'f');
  });

  test('optional text: absent or blank is null, present is checked', () => {
    expect(optionalText('f', undefined, { max: 3 })).toBeNull();
    expect(optionalText('f', null, { max: 3 })).toBeNull();
    expect(optionalText('f', '  ', { max: 3 })).toBeNull();
    expect(optionalText('f', ' 号 ', { max: 3 })).toBe('号');
    expectBadInput(() => optionalText('f', 'abcd', { max: 3 }), 'f');
  });

  test('codes are letters, digits, - and _', () => {
    expect(code('regionCode', 'PJ-LB')).toBe('PJ-LB');
    expect(code('regionCode', '211102')).toBe('211102');
    for (const bad of ['-PJ', 'PJ LB', '盘锦', '', 'a'.repeat(33)]) expectBadInput(() => code('regionCode', bad), 'regionCode');
  });

  test('oneOf accepts only the listed strings', () => {
    expect(oneOf('level', 'MAJOR', ['GENERAL', 'MAJOR'] as const)).toBe('MAJOR');
    expectBadInput(() => oneOf('level', 'major', ['GENERAL', 'MAJOR'] as const), 'level');
    expectBadInput(() => oneOf('level', null, ['GENERAL', 'MAJOR'] as const), 'level');
  });

  test('phone numbers', () => {
    expect(phone('p', '+86 138-0000-0000')).toBe('+86 138-0000-0000');
    expect(phone('p', '0427-2800000')).toBe('0427-2800000');
    expect(phone('p', null)).toBeNull();
    for (const bad of ['1234', 'call me', '138 0000 0000 0000 0000 0']) expectBadInput(() => phone('p', bad), 'p');
  });
});

describe('instants', () => {
  test('an offset is required and the result is UTC ISO text', () => {
    expect(instant('t', '2026-03-01T08:00:00+08:00')).toBe('2026-03-01T00:00:00.000Z');
    expect(instant('t', '2026-03-01T08:00+0800')).toBe('2026-03-01T00:00:00.000Z');
    expect(instant('t', '2026-03-01T00:00:00.123Z')).toBe('2026-03-01T00:00:00.123Z');
    for (const bad of ['2026-03-01T08:00:00', '2026-03-01', 'yesterday', '2026-13-01T00:00:00Z', 1_700_000_000_000, null]) {
      expectBadInput(() => instant('t', bad), 't');
    }
  });

  test('optional instants', () => {
    expect(optionalInstant('t', undefined)).toBeNull();
    expect(optionalInstant('t', null)).toBeNull();
    expectBadInput(() => optionalInstant('t', ''), 't');
  });
});

describe('numbers and booleans', () => {
  test('finite numbers within a range', () => {
    expect(finiteNumber('n', 0.01, { min: 0.01 })).toBe(0.01);
    expect(finiteNumber('n', 100, { max: 100 })).toBe(100);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '1', null]) expectBadInput(() => finiteNumber('n', bad), 'n');
    expectBadInput(() => finiteNumber('n', 0, { min: 0.01 }), 'n');
    expectBadInput(() => finiteNumber('n', 100.5, { max: 100 }), 'n');
  });

  test('integers', () => {
    expect(integer('percent', 100, { min: 0, max: 100 })).toBe(100);
    expect(integer('percent', 0, { min: 0, max: 100 })).toBe(0);
    for (const bad of [101, -1, 50.5]) expectBadInput(() => integer('percent', bad, { min: 0, max: 100 }), 'percent');
  });

  test('booleans are true or false, nothing truthy', () => {
    expect(bool('b', false)).toBe(false);
    for (const bad of ['true', 1, null, undefined]) expectBadInput(() => bool('b', bad), 'b');
  });
});

describe('evidence hashes', () => {
  const a = 'A'.repeat(64);
  const b = 'b'.repeat(64);

  test('SHA-256 hex digests, lower-cased; none is an empty list', () => {
    expect(evidenceHashes('e', [a, b])).toEqual(['a'.repeat(64), b]);
    expect(evidenceHashes('e', undefined)).toEqual([]);
    expect(evidenceHashes('e', null)).toEqual([]);
    expect(evidenceHashes('e', [])).toEqual([]);
  });

  test('refused with the index of the bad digest', () => {
    expectBadInput(() => evidenceHashes('e', [b, 'a'.repeat(63)]), 'e[1]');
    expectBadInput(() => evidenceHashes('e', ['g'.repeat(64)]), 'e[0]');
    expectBadInput(() => evidenceHashes('e', [b, b.toUpperCase()]), 'e[1]');
    expectBadInput(() => evidenceHashes('e', b), 'e');
  });

  test(`at most ${MAX_EVIDENCE}`, () => {
    const many = Array.from({ length: MAX_EVIDENCE + 1 }, (_, i) => i.toString(16).padStart(64, '0'));
    expect(evidenceHashes('e', many.slice(0, MAX_EVIDENCE))).toHaveLength(MAX_EVIDENCE);
    expectBadInput(() => evidenceHashes('e', many), 'e');
  });
});

describe('instants that do not exist', () => {
  it('refuses dates and times that Date.parse would silently roll over', () => {
    for (const bad of ['2026-02-30T00:00:00Z', '2026-13-01T00:00:00Z', '2026-04-31T08:00:00+08:00', '2026-01-01T24:00:00Z', '2026-01-01T10:60:00Z']) {
      expect(() => instant('at', bad)).toThrow(/not a valid date-time|must be an ISO-8601/);
    }
    expect(instant('at', '2028-02-29T08:00:00+08:00')).toBe('2028-02-29T00:00:00.000Z');
  });
});
