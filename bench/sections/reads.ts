import type { ProcessStack } from '@hazard/devstack';
import { createDatabase } from '@hazard/event-store';
import { countHazards, findHazardPage } from '@hazard/read-models';
import { type SentStatement, explainAnalyze } from '../explain';
import { type Cell, measure } from '../measure';
import { fmt, log, say } from '../output';

/**
 * The lists: each filter the console offers, as the gateway runs it (a page, and the capped count when a
 * client asks for totalCount), straight on Postgres and through GraphQL, with the plan of each statement.
 */
export async function reads(
  stack: ProcessStack,
  auditorToken: string,
  s: { seconds: number; warmupSeconds: number; runs: number; readHazards: number },
  gql: (t: string, q: string, v?: Record<string, unknown>) => Promise<any>,
) {
  log(`reads at ${s.readHazards} hazards, 50 concurrent`);
  const sent: SentStatement[] = [];
  let capture = false;
  const db = createDatabase({
    connectionString: stack.postgres.url.replace(/\/postgres$/, '/hazards'),
    poolSize: 50,
    onQuery: (q, parameters) => void (capture && sent.push({ sql: q, parameters })),
  });
  const now = new Date();
  const filters: Record<string, Record<string, unknown>> = {
    'status in (LISTED, SUPERVISED)': { status: ['LISTED', 'SUPERVISED'] },
    'overdue MAJOR': { overdue: true, level: 'MAJOR' },
    'region + sector': { regionCode: '211104', sector: 'HAZARDOUS_CHEMICALS' },
  };
  const firstPage = await findHazardPage(db, { filter: filters['status in (LISTED, SUPERVISED)'], first: 20, now });
  const cases: Record<string, { filter: Record<string, unknown>; after?: string | null }> = {
    ...Object.fromEntries(Object.entries(filters).map(([name, filter]) => [name, { filter }])),
    'page 2 (cursor) of status in (LISTED, SUPERVISED)': { filter: filters['status in (LISTED, SUPERVISED)'], after: firstPage.endCursor },
  };
  const table: Record<string, { alone: Cell; page: Cell; pageAndCount: Cell; graphql: Cell; graphqlNoCount: Cell }> = {};
  const plans: Record<string, string[]> = {};
  const concurrency = 50;
  const QUERY = 'query($f: HazardFilter, $a: String) { hazards(filter: $f, first: 20, after: $a) { totalCount edges { node { id code deadline status } } } }';
  const QUERY_NO_COUNT = 'query($f: HazardFilter, $a: String) { hazards(filter: $f, first: 20, after: $a) { edges { node { id code deadline status } } } }';
  for (const [name, { filter, after }] of Object.entries(cases)) {
    const request = { filter, first: 20, after, now };
    table[name] = {
      // one client, nothing else asking: what a page costs the database without queueing
      alone: await measure(async () => void (await findHazardPage(db, request)), { ...s, concurrency: 1 }),
      page: await measure(async () => void (await findHazardPage(db, request)), { concurrency, ...s }),
      pageAndCount: await measure(async () => void (await Promise.all([findHazardPage(db, request), countHazards(db, request)])), { concurrency, ...s }),
      graphql: await measure(async () => void (await gql(auditorToken, QUERY, { f: filter, a: after ?? null })), { concurrency, ...s }),
      graphqlNoCount: await measure(async () => void (await gql(auditorToken, QUERY_NO_COUNT, { f: filter, a: after ?? null })), { concurrency, ...s }),
    };
    log(`  ${name}: page ${table[name].page.p50} ms, page + count ${table[name].pageAndCount.p50} ms, graphql ${table[name].graphql.p50} ms`);
    // The plan of each statement, as Postgres runs it on this data (one run, after the measurements warmed the cache).
    sent.length = 0;
    capture = true;
    await findHazardPage(db, request);
    await countHazards(db, request);
    capture = false;
    plans[name] = [];
    for (const statement of sent) plans[name].push(await explainAnalyze(db, statement));
  }
  const trivial = await measure(async () => void (await gql(auditorToken, '{ __typename }')), { concurrency, ...s });
  await db.destroy();
  say('');
  say(`## 4. Reads: hazards(filter), ${s.readHazards.toLocaleString('en')} hazards, 50 concurrent connections`);
  say('');
  say('A page reads its own 21 rows; the count (asked for with `totalCount`) stops at 10,000. Each measure: per s, then p50 / p95 / p99 in ms; the first at concurrency 1, the others at 50.');
  say('');
  const measures = ['DB page alone (1 client)', 'DB page', 'DB page + capped count', 'GraphQL with totalCount', 'GraphQL without'];
  say(`| query | ${measures.map((m) => `${m} per s | p50 | p95 | p99`).join(' | ')} | GraphQL ÷ trivial (with / without) |`);
  say(`|---|${measures.map(() => '---|---|---|---|').join('')}---|`);
  for (const [name, c] of Object.entries(table)) {
    say(`| ${name} | ${fmt(c.alone)} | ${fmt(c.page)} | ${fmt(c.pageAndCount)} | ${fmt(c.graphql)} | ${fmt(c.graphqlNoCount)} | ${(c.graphql.perSecond / trivial.perSecond).toFixed(2)} / ${(c.graphqlNoCount.perSecond / trivial.perSecond).toFixed(2)} |`);
  }
  say(`| trivial GraphQL \`{ __typename }\` (the ceiling) | ${'— | '.repeat(12)}${fmt(trivial)} | ${'— | '.repeat(4)}1 |`);
  for (const [name, statements] of Object.entries(plans)) {
    say('');
    say(`Plans of \`${name}\` (the page, then the capped count), \`EXPLAIN (ANALYZE, BUFFERS)\`:`);
    for (const plan of statements) {
      say('');
      say('```');
      say(plan);
      say('```');
    }
  }
  return { ...table, trivial, plans };
}
