import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { buildSchema, findBreakingChanges } from 'graphql';
import { createGateway } from '@hazard/gateway/bootstrap';
import { servedSchemaSdl } from '@hazard/gateway/schema-sdl';
import { loadConfig } from '@hazard/config';

describe('the GraphQL schema', () => {
  let app: INestApplication;
  let served: string;

  beforeAll(async () => {
    app = await createGateway(loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused' }));
    await app.init();
    served = servedSchemaSdl(app);
  });
  afterAll(() => app?.close());

  it('matches the committed schema.gql (run `npm run schema` after an API change and commit the diff)', () => {
    const committed = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');
    expect(served).toBe(committed);
  });

  it('keeps the public contract: nothing removed, renamed or made stricter', () => {
    const contract = buildSchema(readFileSync(join(__dirname, 'fixtures', 'api-contract.graphql'), 'utf8'));
    const breaking = findBreakingChanges(contract, buildSchema(served)).map((c) => `${c.type}: ${c.description}`);
    expect(breaking).toEqual([]);
  });
});
