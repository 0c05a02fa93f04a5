import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { Client } from 'pg';
import { createGateway } from '@hazard/gateway/bootstrap';
import { loadConfig } from '@hazard/config';
import { TEST_APP_USER } from './support/database';
import { MUTATION_NAMES, command, mutate, sampleReport, verify } from './support/hazard-api';
import { type TestStack, codeOf, startStack } from './support/stack';

describe('security: limits, attacks, bad input', () => {
  let stack: TestStack;
  let office: string;
  let auditor: string;
  let hazardId: string;

  beforeAll(async () => {
    stack = await startStack({ env: { MUTATION_RATE_LIMIT_PER_MINUTE: '100000', RATE_LIMIT_PER_MINUTE: '100000' } });
    office = await stack.token({ sub: 'office', roles: ['COMMITTEE_OFFICE'] });
    auditor = await stack.token({ sub: 'auditor', roles: ['AUDITOR'] });
    ({ id: hazardId } = await command(stack, office, 'reportHazard', sampleReport()));
  });
  afterAll(() => stack?.close());

  const eventCount = async () => Number((await stack.database.db.selectFrom('events').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${office}`, ...headers }, body });

  describe('the attack table: each answered with a clear code, nothing written', () => {
    const attacks: { name: string; run: () => Promise<{ status: number; code?: string }> }[] = [
      {
        name: 'deep nesting through named fragments',
        run: async () => {
          const res = await post(JSON.stringify({ query: deepFragmentQuery(20) }));
          return { status: res.status, code: ((await res.json()) as any).errors?.[0]?.extensions?.code };
        },
      },
      {
        name: 'an alias flood',
        run: async () => {
          const aliases = Array.from({ length: 60 }, (_, i) => `a${i}: hazards { totalCount }`).join(' ');
          const res = await post(JSON.stringify({ query: `{ ${aliases} }` }));
          return { status: res.status, code: ((await res.json()) as any).errors?.[0]?.extensions?.code };
        },
      },
      {
        name: 'a cost bomb on lists',
        run: async () => {
          const res = await post(JSON.stringify({ query: '{ hazards(first: 100) { edges { node { history { data metadata hash prevHash actor } } } } }' }));
          return { status: res.status, code: ((await res.json()) as any).errors?.[0]?.extensions?.code };
        },
      },
      {
        name: 'a batched array request',
        run: async () => {
          const res = await post(JSON.stringify([{ query: '{ hazards { totalCount } }' }, { query: '{ hazards { totalCount } }' }]));
          const body = (await res.json()) as any;
          return { status: res.status, code: (Array.isArray(body) ? 'BATCHED' : body.errors?.[0]?.extensions?.code) ?? 'none' };
        },
      },
      {
        name: 'a 10 MB body',
        run: async () => {
          const res = await post(JSON.stringify({ query: '{ hazards { totalCount } }', variables: { pad: 'x'.repeat(10 * 1024 * 1024) } }));
          return { status: res.status };
        },
      },
      {
        name: 'a 1 MB string field',
        run: async () => {
          const res = await mutate(stack, office, 'reportProgress', { hazardId, percent: 5, note: '长'.repeat(300_000) });
          return { status: 200, code: codeOf(res) };
        },
      },
      {
        name: 'an invalid credit code',
        run: async () => ({ status: 200, code: codeOf(await mutate(stack, office, 'reportHazard', sampleReport({ enterpriseCreditCode: '91211100MA0Q7K3L24' }))) }),
      },
      {
        name: 'an unknown region',
        run: async () => ({ status: 200, code: codeOf(await mutate(stack, office, 'reportHazard', sampleReport({ regionCode: '999999' }))) }),
      },
      {
        name: 'a deadline decades away',
        run: async () => ({
          status: 200,
          code: codeOf(await mutate(stack, office, 'listHazard', { hazardId, listingLevel: 'CITY', supervisingUnit: 'x', deadline: '2080-01-01T00:00:00Z' })),
        }),
      },
      {
        name: 'a malformed DateTime',
        run: async () => ({
          status: 200,
          code: codeOf(await mutate(stack, office, 'listHazard', { hazardId, listingLevel: 'CITY', supervisingUnit: 'x', deadline: 'next tuesday' })),
        }),
      },
      {
        name: 'control characters in a name',
        run: async () => ({ status: 200, code: codeOf(await mutate(stack, office, 'reportHazard', sampleReport({ enterpriseName: 'ACME\u0007\u001b[2J' }))) }),
      },
    ];

    const expected: Record<string, { status?: number; code?: string }> = {
      'deep nesting through named fragments': { code: 'GRAPHQL_VALIDATION_FAILED' },
      'an alias flood': { code: 'GRAPHQL_VALIDATION_FAILED' },
      'a cost bomb on lists': { code: 'QUERY_TOO_COMPLEX' },
      'a batched array request': { code: 'BAD_REQUEST' },
      'a 10 MB body': { status: 413 },
      'a 1 MB string field': { code: 'BAD_USER_INPUT' },
      'an invalid credit code': { code: 'BAD_USER_INPUT' },
      'an unknown region': { code: 'BAD_USER_INPUT' },
      'a deadline decades away': { code: 'BAD_USER_INPUT' },
      'a malformed DateTime': { code: 'BAD_USER_INPUT' },
      'control characters in a name': { code: 'BAD_USER_INPUT' },
    };

    it.each(attacks.map((a) => [a.name, a] as const))('%s', async (name, attack) => {
      const before = await eventCount();
      const outcome = await attack.run();
      const want = expected[name];
      if (want.status) expect(outcome.status).toBe(want.status);
      if (want.code) expect(outcome.code).toBe(want.code);
      expect(outcome.status).not.toBe(500);
      expect(await eventCount()).toBe(before);
    });
  });

  it('stores SQL and script payloads as text and returns them unchanged', async () => {
    const evil = `'); DROP TABLE events; -- <script>alert("x")</script> \${7*7} {{7*7}}`;
    const created = await command(stack, office, 'reportHazard', sampleReport({ title: evil, description: evil, enterpriseName: '某公司' }));
    const read = await stack.gql(office, 'query($id: ID!) { hazard(id: $id) { title description } }', { id: created.id });
    expect(read.data.hazard).toEqual({ title: evil, description: evil });
    const res = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${office}` },
      body: JSON.stringify({ query: 'query($id: ID!) { hazard(id: $id) { title } }', variables: { id: created.id } }),
    });
    expect(res.headers.get('content-type')).toMatch(/application\/(graphql-response\+)?json/);
    expect(await eventCount()).toBeGreaterThan(0);
  });

  it('hides internals: no stack traces, and unknown fields are not suggested in production', async () => {
    const res = (await (await post(JSON.stringify({ query: '{ hazards { totalCont } }' }))).json()) as any;
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|node_modules|at .*\.ts/);
    const prod = await createGateway(
      loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DATABASE_URL: stack.database.appUrl, JWKS_URL: 'http://127.0.0.1:9/jwks', JWT_ISSUER: 'i', JWT_AUDIENCE: 'a' }),
    );
    await prod.listen(0, '127.0.0.1');
    try {
      const url = `http://127.0.0.1:${(prod.getHttpServer().address() as AddressInfo).port}/graphql`;
      const introspection = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { types { name } } }' }) });
      expect(((await introspection.json()) as any).data ?? null).toBeNull();
      const headers = (await fetch(url.replace('/graphql', '/health/live'))).headers;
      expect(headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-powered-by')).toBeNull();
    } finally {
      await prod.close();
    }
  });

  it('refuses to start in production with the development secret or without a JWKS', async () => {
    await expect(createGateway(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x@127.0.0.1:1/x' }))).rejects.toThrow(/JWKS_URL/);
    await expect(
      createGateway(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x@127.0.0.1:1/x', JWKS_URL: 'https://idp.example/jwks' })),
    ).rejects.toThrow(/JWT_ISSUER/);
  });

  it('gives the application role no DDL and no UPDATE or DELETE on events', async () => {
    const client = new Client({ connectionString: stack.database.appUrl });
    await client.connect();
    try {
      await expect(client.query('update events set type = $1', ['x'])).rejects.toThrow(/permission denied/);
      await expect(client.query('delete from events')).rejects.toThrow(/permission denied/);
      await expect(client.query('truncate events')).rejects.toThrow(/permission denied/);
      await expect(client.query('create table evil (id int)')).rejects.toThrow(/permission denied/);
      await expect(client.query('alter table events disable trigger all')).rejects.toThrow(/must be owner/);
      const { rows } = await client.query('select current_user');
      expect(rows[0].current_user).toBe(TEST_APP_USER);
    } finally {
      await client.end();
    }
  });

  it('answers random well- and ill-typed input at every mutation without a 500, writing nothing when it refuses', async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('2026-12-01T00:00:00+08:00', 'PT1H', 'a'.repeat(64), '211102', 'EMERGENCY', 'MAJOR', 'FINE', 'CITY', 'FULL', '张盯守'),
    );
    const field = fc.constantFrom(
      'hazardId', 'percent', 'note', 'summary', 'accepted', 'approved', 'reason', 'deadline', 'requestedDeadline', 'listingLevel',
      'supervisingUnit', 'kind', 'amount', 'monitor', 'productionObserved', 'scope', 'checkInterval', 'evidenceHashes', 'expectedVersion', 'title',
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...MUTATION_NAMES), fc.dictionary(field, value, { maxKeys: 6 }), fc.boolean(), async (name, junk, useRealId) => {
        const input = { ...(name === 'reportHazard' ? {} : { hazardId: useRealId ? hazardId : junk.hazardId ?? 'x' }), ...junk };
        const before = await eventCount();
        const res = await fetch(stack.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${office}` },
          body: JSON.stringify({ query: `mutation($input: ${inputType(name)}!) { ${name}(input: $input) { hazard { id version } } }`, variables: { input } }),
        });
        expect(res.status).toBeLessThan(500);
        const body = (await res.json()) as any;
        const code = body.errors?.[0]?.extensions?.code;
        expect(code).not.toBe('INTERNAL_SERVER_ERROR');
        if (body.errors) expect(await eventCount()).toBe(before);
      }),
      { numRuns: 120 },
    );
    await expect(verify(stack, auditor, hazardId)).resolves.toMatchObject({ ok: true, matchesReadModel: true });
  });

  it('limits mutations per subject with a clear code', async () => {
    const limited = await startStack({ env: { MUTATION_RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const token = await limited.token({ sub: 'busy-inspector', roles: ['INSPECTOR'] });
      const other = await limited.token({ sub: 'calm-inspector', roles: ['INSPECTOR'] });
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 5; i++) codes.push(codeOf(await mutate(limited, token, 'reportHazard', sampleReport({ title: `限流${i}` }))));
      expect(codes.slice(0, 3)).toEqual([undefined, undefined, undefined]);
      expect(codes.slice(3)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
      expect(codeOf(await mutate(limited, other, 'reportHazard', sampleReport()))).toBeUndefined();
      expect((await limited.gql(token, '{ hazards { totalCount } }')).data.hazards.totalCount).toBe(4);
    } finally {
      await limited.close();
    }
  });

  it('accepts RS256 tokens from a JWKS with the right issuer and audience, and refuses algorithm switching', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const jwks: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', r));
    const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks`;
    const idp = await startStack({ worker: 'none', env: { JWKS_URL: jwksUrl, JWT_ISSUER: 'https://idp.panjin.gov.cn', JWT_AUDIENCE: 'hazard-engine' } });
    const claims = { name: '审计', roles: ['AUDITOR'], regions: '*', departments: '*' };
    const sign = (overrides: { iss?: string; aud?: string; nbf?: number } = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('idp-user')
        .setIssuer(overrides.iss ?? 'https://idp.panjin.gov.cn')
        .setAudience(overrides.aud ?? 'hazard-engine')
        .setIssuedAt()
        .setNotBefore(overrides.nbf ?? Math.floor(Date.now() / 1000) - 5)
        .setExpirationTime('5m')
        .sign(privateKey);
    try {
      const q = '{ hazards { totalCount } }';
      expect(codeOf(await idp.gql(await sign(), q))).toBeUndefined();
      expect(codeOf(await idp.gql(await sign({ iss: 'https://evil.example' }), q))).toBe('UNAUTHENTICATED');
      expect(codeOf(await idp.gql(await sign({ aud: 'another-service' }), q))).toBe('UNAUTHENTICATED');
      expect(codeOf(await idp.gql(await sign({ nbf: Math.floor(Date.now() / 1000) + 600 }), q))).toBe('UNAUTHENTICATED');
      // Algorithm switching: an HS256 token whose "secret" is the public key.
      const pem = (await import('node:crypto')).createPublicKey(await exportKeyPem(publicKey)).export({ type: 'spki', format: 'pem' });
      const switched = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
        .setSubject('x')
        .setIssuer('https://idp.panjin.gov.cn')
        .setAudience('hazard-engine')
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(String(pem)));
      expect(codeOf(await idp.gql(switched, q))).toBe('UNAUTHENTICATED');
      // The development secret means nothing here.
      expect(codeOf(await idp.gql(await idp.token({ sub: 'dev', roles: ['AUDITOR'] }), q))).toBe('UNAUTHENTICATED');
    } finally {
      await idp.close();
      jwks.close();
    }
  });
});

async function exportKeyPem(key: Parameters<typeof import('jose').exportSPKI>[0]): Promise<string> {
  const { exportSPKI } = await import('jose');
  return exportSPKI(key);
}

function inputType(name: string): string {
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`;
}

/**
 * GraphQL forbids cyclic fragments and this schema is shallow, so depth attacks come through
 * introspection's self-referencing types: `ofType` nested `levels` times, one named fragment a level.
 */
function deepFragmentQuery(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment T${i} on __Type { name ofType { ${i + 1 < levels ? `...T${i + 1}` : 'name'} } }`);
  return `query { __schema { queryType { ...T0 } } } ${fragments.join(' ')}`;
}
