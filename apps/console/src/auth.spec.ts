import { parseToken } from './auth';

const b64url = (value: unknown) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const jwt = (claims: unknown) => `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(claims)}.c2lnbmF0dXJl`;

describe('reading a token’s claims in the browser (the server verifies it)', () => {
  test('takes subject, Chinese name, roles, scope and expiry', () => {
    const session = parseToken(`  ${jwt({ sub: 'u1', name: '兴隆台督办', roles: ['SUPERVISOR'], regions: ['211103'], departments: '*', exp: 2_000_000_000 })}\n`);
    expect(session).toMatchObject({ sub: 'u1', name: '兴隆台督办', roles: ['SUPERVISOR'], regions: ['211103'], departments: '*', expiresAt: 2_000_000_000_000 });
    expect(session?.token).not.toMatch(/\s/);
  });

  test('refuses what is not a JWT with a subject', () => {
    expect(parseToken('abc')).toBeNull();
    expect(parseToken('a.b.c')).toBeNull();
    expect(parseToken(jwt({ name: 'no subject' }))).toBeNull();
  });

  test('an unscoped token sees nothing rather than everything', () => {
    expect(parseToken(jwt({ sub: 'u2' }))).toMatchObject({ roles: [], regions: [], departments: [], name: 'u2', expiresAt: null });
  });
});
