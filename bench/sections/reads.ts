import { ProcessStack } from '../../libs/devstack/src';
import { createDatabase, findHazardPage } from '../../libs/event-store/src';
import { type Cell, measure } from '../measure';
import { fmt, log, say } from '../output';

export async function reads(stack: ProcessStack, auditorToken: string, s: { seconds: number; warmupSeconds: number; runs: number; readHazards: number }, gql: (t: string, q: string, v?: Record<string, unknown>) => Promise<any>) {
  log(`reads at ${s.readHazards} hazards, 50 concurrent`);
  const db = createDatabase({ connectionString: stack.postgres.url.replace(/\/postgres$/, '/hazards'), poolSize: 50 });
  const now = new Date();
  const filters: Record<string, Record<string, unknown>> = {
    'status in (LISTED, SUPERVISED)': { status: ['LISTED', 'SUPERVISED'] },
    'overdue MAJOR': { overdue: true, level: 'MAJOR' },
    'region + sector': { regionCode: '211104', sector: 'HAZARDOUS_CHEMICALS' },
  };
  const firstPage = await findHazardPage(db, { filter: filters['status in (LISTED, SUPERVISED)'], first: 20, now });
  const table: Record<string, { db: Cell; graphql: Cell }> = {};
  const concurrency = 50;
  for (const [name, filter] of Object.entries(filters)) {
    table[name] = {
      db: await measure(async () => void (await findHazardPage(db, { filter: filter, first: 20, now })), { concurrency, ...s }),
      graphql: await measure(async () => void (await gql(auditorToken, 'query($f: HazardFilter) { hazards(filter: $f, first: 20) { totalCount edges { node { id code deadline status } } } }', { f: filter })), { concurrency, ...s }),
    };
    log(`  ${name}: db ${table[name].db.p50} ms, graphql ${table[name].graphql.p50} ms`);
  }
  table['page 2 (cursor) of status in (LISTED, SUPERVISED)'] = {
    db: await measure(async () => void (await findHazardPage(db, { filter: filters['status in (LISTED, SUPERVISED)'], first: 20, after: firstPage.endCursor, now })), { concurrency, ...s }),
    graphql: await measure(
      async () => void (await gql(auditorToken, 'query($a: String) { hazards(filter: { status: [LISTED, SUPERVISED] }, first: 20, after: $a) { totalCount edges { node { id } } } }', { a: firstPage.endCursor })),
      { concurrency, ...s },
    ),
  };
  const trivial = await measure(async () => void (await gql(auditorToken, '{ __typename }')), { concurrency, ...s });
  await db.destroy();
  say('');
  say(`## 4. Reads: hazards(filter), ${s.readHazards.toLocaleString('en')} hazards, 50 concurrent connections`);
  say('');
  say('| query | DB per s | DB p50 | DB p95 | DB p99 | GraphQL per s | GraphQL p50 | GraphQL p95 | GraphQL p99 |');
  say('|---|---|---|---|---|---|---|---|---|');
  for (const [name, { db: d, graphql: g }] of Object.entries(table)) say(`| ${name} | ${fmt(d)} | ${fmt(g)} |`);
  say(`| trivial GraphQL \`{ __typename }\` (the ceiling) | — | — | — | — | ${fmt(trivial)} |`);
  return { ...table, trivial };
}
