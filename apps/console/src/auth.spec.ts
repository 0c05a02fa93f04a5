import { listCovers, readClaims } from '@hazard/domain';
import { parseToken } from './auth';

const b64url = (value: unknown) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const jwt = (claims: unknown) => `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(claims)}.c2lnbmF0dXJl`;
const CREDIT_CODE = '91211103MA0DEN0015';

describe('reading a token’s claims in the browser (the server verifies it)', () => {
  test('takes subject, Chinese name, roles, scope and expiry', () => {
    const session = parseToken(`  ${jwt({ sub: 'u1', name: '兴隆台督办', roles: ['SUPERVISOR'], regions: ['211103'], departments: '*', exp: 2_000_000_000 })}\n`);
    expect(session).toMatchObject({ sub: 'u1', name: '兴隆台督办', roles: ['SUPERVISOR'], regions: ['211103'], departments: ['*'], expiresAt: 2_000_000_000_000 });
    expect(session?.token).not.toMatch(/\s/);
  });

  test('refuses what is not a JWT with a subject', () => {
    expect(parseToken('abc')).toBeNull();
    expect(parseToken('a.b.c')).toBeNull();
    expect(parseToken(jwt({ name: 'no subject' }))).toBeNull();
  });

  test('a token the server would refuse is refused here too, rather than read as an unscoped session', () => {
    expect(parseToken(jwt({ sub: 'u2' }))).toBeNull();
    expect(parseToken(jwt({ sub: 'u2', name: 'x', roles: ['ROOT'], regions: '*', departments: '*' }))).toBeNull();
    expect(parseToken(jwt({ sub: 'system', name: 'x', roles: ['SUPERVISOR'], regions: '*', departments: '*' }))).toBeNull();
  });
});

/** Every form of scope the gateway accepts, read the same way by both (readClaims is the gateway's reading too). */
describe('one reading of the claims for console and server', () => {
  const forms: [string, unknown, string[]][] = [
    ['"*" as a string', '*', ['*']],
    ['["*"] as an array', ['*'], ['*']],
    ['a list of codes', ['211103', '211104'], ['211103', '211104']],
    ['a list with "*" among codes', ['211103', '*'], ['211103', '*']],
    ['an empty list', [], []],
  ];

  test.each(forms)('regions and departments given as %s', (_name, value, list) => {
    const claims = { sub: 'u', name: '甲', roles: ['INSPECTOR'], regions: value, departments: value };
    const session = parseToken(jwt(claims));
    const server = readClaims(claims);
    expect(server.ok && server.principal).toMatchObject({ regions: list, departments: list });
    expect(session).toMatchObject({ regions: list, departments: list });
    // what the report form offers: a wildcard in any form covers every code
    expect(listCovers(session!.regions, '211102')).toBe(list.includes('*'));
  });

  test('an enterprise safety manager is scoped by its credit code alone', () => {
    const session = parseToken(jwt({ sub: 'e1', name: '企业安全员', roles: ['ENTERPRISE'], creditCode: CREDIT_CODE.toLowerCase(), regions: '*', departments: '*' }));
    expect(session).toMatchObject({ roles: ['ENTERPRISE'], creditCode: CREDIT_CODE, regions: [], departments: [] });
    expect(parseToken(jwt({ sub: 'e1', name: 'x', roles: ['ENTERPRISE'] }))).toBeNull();
    expect(parseToken(jwt({ sub: 'e1', name: 'x', roles: ['ENTERPRISE'], creditCode: '91211103MA0DEN0016' }))).toBeNull();
    expect(parseToken(jwt({ sub: 'e1', name: 'x', roles: ['ENTERPRISE', 'SUPERVISOR'], creditCode: CREDIT_CODE, regions: '*', departments: '*' }))).toBeNull();
  });

  test('malformed scopes are named as the server names them', () => {
    expect(readClaims({ sub: 'u', name: 'x', roles: ['INSPECTOR'], regions: 'all', departments: [''] })).toEqual({ ok: false, problems: ['regions', 'departments'] });
  });
});
