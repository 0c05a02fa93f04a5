import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { WithStartWorkflowOperation, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker, bundleWorkflowCode } from '@temporalio/worker';
import { ProcessStack, ensureDatabase, projectRoot } from '../libs/devstack/src';
import { type CommandMetadata, type HazardCommand, type HazardEvent, type HazardState, decide, envelope, evolve } from '../libs/domain/src';
import {
  type Db,
  HAZARD,
  appendDecided,
  appendToStream,
  createDatabase,
  findHazardPage,
  foldHazardRows,
  migrateToLatest,
  projectHazardEvents,
  readStreamRows,
  resolvePolicySnapshot,
  verifyChain,
} from '../libs/event-store/src';
import { sql } from 'kysely';
import { CITY_WIDE, dayStart, generateDailyReport, renderXlsx, reportScope, shanghaiDay } from '../libs/reports/src';
import { planCity, seedCity } from '../libs/seed/src';
import { type CommandRequest, executeCommandUpdate, hazardWorkflowId } from '../workflows/definitions';
import { consoleBench } from './console';
import { machine } from './machine';
import { type Cell, measure, time } from './measure';
import { percentile } from './stats';
import { benchActivities } from './bench-activities';
import { incrementUpdate } from './workflows';

const USAGE = `usage: npm run bench -- [--quick] [--sections commands,store,console,audit,reads,timers,reports] [--hazards 100000] [--million] [--timers 10000]
Starts Postgres, the Temporal dev server, a worker and the gateway as processes, runs each comparison in this one
process against the same services, prints a markdown table and writes bench/results/<date>.json.`;

const REGIONS = ['211102', '211103', '211104', '211122', 'PJ-LB', 'PJ-GX'];
const DAY = 86_400_000;
const out: string[] = [];
const say = (line = '') => {
  out.push(line);
  console.log(line);
};
const log = (line: string) => console.error(`[bench] ${line}`);
const fmt = (c: Cell) => `${c.perSecond} | ${c.p50} | ${c.p95} | ${c.p99}`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean' },
      sections: { type: 'string' },
      hazards: { type: 'string' },
      million: { type: 'boolean' },
      timers: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return void console.log(USAGE);
  const quick = Boolean(values.quick);
  const settings = {
    seconds: quick ? 2 : 4,
    warmupSeconds: 1,
    runs: quick ? 1 : 3,
    readHazards: Number(values.hazards ?? (quick ? 20_000 : 100_000)),
    million: Boolean(values.million),
    timerHazards: Number(values.timers ?? (quick ? 500 : 10_000)),
  };
  const sections = new Set((values.sections ?? 'commands,store,console,audit,reads,timers,reports').split(','));
  const results: Record<string, unknown> = { at: new Date().toISOString(), machine: machine(), settings };
  Runtime.install({ logger: new DefaultLogger('WARN') });

  log('starting the stack (Postgres, Temporal dev server, worker, gateway)…');
  const stack = new ProcessStack({ logLevel: 'error', directDatabase: true, localAppend: process.env.HAZARD_LOCAL_APPEND !== 'false' });
  await stack.start();
  const office = await stack.token('bench-office', ['COMMITTEE_OFFICE']);
  const auditor = await stack.token('bench-auditor', ['AUDITOR']);
  const gql = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
    return body.data;
  };
  say(`# Benchmarks (${new Date().toISOString().slice(0, 10)})`);
  const m = machine();
  say(`Machine: ${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB, ${m.platform}, Node ${m.node}. Everything (Postgres 17, the Temporal dev server on SQLite, worker, gateway, this driver) shares these cores. ${settings.runs} run(s) of ${settings.seconds} s after ${settings.warmupSeconds} s of warm-up per cell; medians.`);

  const dir = join(projectRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  // A second run on the same day gets its own files (-run2, -run3…) instead of overwriting the first.
  const day = String(results.at).slice(0, 10);
  let stem = day;
  for (let n = 2; existsSync(join(dir, `${stem}.json`)); n++) stem = `${day}-run${n}`;
  const file = join(dir, `${stem}.json`);
  // Written after every section: a run that fails late keeps what it measured.
  const persist = () => {
    writeFileSync(file, JSON.stringify(results, null, 2));
    writeFileSync(join(dir, `${stem}.md`), `${out.join('\n')}\n`);
  };
  const section = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    try {
      const value = await run();
      results[name] = value;
      persist();
      return value;
    } catch (err) {
      // Say what failed before the stack is torn down (a late client retry can otherwise mask it).
      log(`section ${name} failed: ${(err as Error).stack ?? err}`);
      results[`${name}Error`] = String((err as Error).message ?? err);
      persist();
      throw err;
    }
  };

  try {
    if (sections.has('commands')) await section('commands', () => commands(stack, office, settings));
    if (sections.has('store')) await section('store', () => store(stack, settings));
    if (sections.has('console')) await section('console', () => consoleSection(stack, office, gql));
    if (sections.has('audit') || sections.has('reads') || sections.has('reports')) await section('seeding', () => seed(stack.admin, settings.readHazards));
    if (sections.has('audit')) await section('audit', () => audit(stack, auditor, settings));
    if (sections.has('reads')) await section('reads', () => reads(stack, auditor, settings, gql));
    if (settings.million && sections.has('reads')) {
      await section('seedingMillion', () => seed(stack.admin, 1_000_000 - settings.readHazards, 1));
      await section('readsMillion', () => reads(stack, auditor, { ...settings, readHazards: 1_000_000 }, gql));
    }
    if (sections.has('timers')) await section('timers', () => timers(stack, office, settings, gql));
    if (sections.has('reports')) await section('reports', () => reports(stack.admin, { ...settings, readHazards: settings.million ? 1_000_000 : settings.readHazards }));
  } finally {
    await stack.close();
  }
  log(`written to ${file} and .md`);
}

/** The web console in Chromium: bundle weight, first paint, 10,000 rows, live timeline lag (issue 9's budget). */
async function consoleSection(stack: ProcessStack, office: string, gql: (t: string, q: string, v?: Record<string, unknown>) => Promise<any>) {
  const supervisorToken = await stack.token('bench-console-supervisor', ['SUPERVISOR']);
  const r = await consoleBench(stack, office, supervisorToken, log, gql);
  const ok = (v: number, limit: number) => (v <= limit ? 'within' : '**over**');
  say('');
  say('## Web console (Chromium, against this stack)');
  say('');
  say('| measure | value | budget | |');
  say('|---|---:|---:|---|');
  say(`| initial JavaScript + CSS, gzip | ${r.initialGzipKiB.toFixed(1)} KiB | ${r.limits.initialKiB} KiB | ${ok(r.initialGzipKiB, r.limits.initialKiB)} |`);
  for (const route of r.routes) say(`| route ${route.route}, gzip on top | ${route.gzipKiB.toFixed(1)} KiB | ${r.limits.routeKiB} KiB | ${ok(route.gzipKiB, r.limits.routeKiB)} |`);
  say(`| first contentful paint, 20 Mbps LAN, cold cache (p50 / max of 5) | ${r.firstPaintMs.p50.toFixed(0)} / ${r.firstPaintMs.max.toFixed(0)} ms | ${r.limits.firstPaintMs} ms | ${ok(r.firstPaintMs.max, r.limits.firstPaintMs)} |`);
  say(`| load 10,000 hazards into the list (100 pages) | ${r.list.loadMs} ms | | |`);
  say(`| scroll 10,000 rows to the end | ${r.list.scrollMs.toFixed(0)} ms | ${r.limits.scrollMs} ms | ${ok(r.list.scrollMs, r.limits.scrollMs)} |`);
  say(`| long tasks while scrolling (count / longest) | ${r.list.longTasks} / ${r.list.maxLongTaskMs.toFixed(0)} ms | none over ${r.limits.longTaskMs} ms | ${ok(r.list.maxLongTaskMs, r.limits.longTaskMs)} |`);
  say(`| mutation → another browser's timeline (p50 / p95 / max, ${r.liveTimelineMs.samples} samples) | ${r.liveTimelineMs.p50.toFixed(0)} / ${r.liveTimelineMs.p95.toFixed(0)} / ${r.liveTimelineMs.max.toFixed(0)} ms | p95 ${r.limits.liveP95Ms} ms | ${ok(r.liveTimelineMs.p95, r.limits.liveP95Ms)} |`);
  return r;
}

const supervisor = { sub: 'bench-supervisor', name: '压测督办', roles: ['SUPERVISOR' as const] };
const meta = (actor = supervisor): CommandMetadata => ({ commandId: randomUUID(), actor, now: new Date().toISOString() });
const report = (hazardId: string): HazardCommand => ({
  type: 'ReportHazard',
  data: { hazardId, code: `YH-BENCH-${hazardId.slice(0, 8)}`, title: '压测隐患', description: '压测', level: 'GENERAL', sector: 'FIRE', regionCode: '211102', departmentCode: 'FIRE', enterpriseName: '压测企业', source: 'DEPARTMENT_INSPECTION' },
});
const supervise = (days = 60): HazardCommand => ({
  type: 'SuperviseHazard',
  data: { deadline: new Date(Date.now() + days * DAY).toISOString(), plan: { responsibleUnit: '企业', responsiblePerson: '张', measures: '整改', fundingAmount: 1, contingencyPlan: '巡检' } },
});
const progress = (i: number): HazardCommand => ({ type: 'ReportProgress', data: { percent: i % 100, note: '压测进度' } });

async function commands(stack: ProcessStack, office: string, s: { seconds: number; warmupSeconds: number; runs: number }) {
  log('commands: raw Temporal vs our update path vs GraphQL');
  const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('./workflows'), logger: new DefaultLogger('WARN') });
  const connection = await NativeConnection.connect({ address: stack.temporal.address });
  const floorDb = createDatabase({ connectionString: stack.databaseUrl, poolSize: 10 });
  const counterWorker = await Worker.create({ connection, taskQueue: 'bench-counter', workflowBundle: { code }, activities: benchActivities(floorDb) });
  const running = counterWorker.run();
  const client = stack.client;
  const concurrencies = [1, 8, 32];

  const counters = await Promise.all(
    Array.from({ length: 33 }, async (_, i) => client.workflow.start('counterWorkflow', { workflowId: `counter-${i}-${randomUUID()}`, taskQueue: 'bench-counter', args: [0] })),
  );
  // The floor: the counter plus our append as a local activity, each on a stream reported here.
  const floors = await Promise.all(
    Array.from({ length: 33 }, async (_, i) => {
      const hazardId = randomUUID();
      const m = meta({ sub: 'bench-inspector', name: '压测', roles: ['INSPECTOR'] as never });
      const events = envelope(hazardId, 0, decide(null, report(hazardId), m), m, randomUUID);
      let state: HazardState | null = null;
      for (const e of events) state = evolve(state, e);
      const { events: stored } = await appendToStream(floorDb, { streamId: events[0].streamId, streamType: 'hazard', expectedVersion: 0, events }, projectHazardEvents);
      return client.workflow.start('counterAppendWorkflow', { workflowId: `counter-append-${i}-${hazardId}`, taskQueue: 'bench-counter', args: [{ state, headHash: stored[stored.length - 1].hash }] });
    }),
  );
  const startHazard = async (localAppend: boolean) => {
    const hazardId = randomUUID();
    await client.workflow.executeUpdateWithStart(executeCommandUpdate, {
      args: [{ command: report(hazardId), meta: meta({ sub: 'bench-inspector', name: '压测', roles: ['INSPECTOR'] as never }) }],
      startWorkflowOperation: new WithStartWorkflowOperation('hazardWorkflow', { workflowId: hazardWorkflowId(hazardId), taskQueue: stack.taskQueue, args: [{ hazardId, localAppend }], workflowIdConflictPolicy: 'FAIL' }),
    });
    await client.workflow.getHandle(hazardWorkflowId(hazardId)).executeUpdate(executeCommandUpdate, { args: [{ command: supervise(), meta: meta() }] });
    return hazardId;
  };
  const hazards = await Promise.all(Array.from({ length: 33 }, () => startHazard(false)));
  const local = await Promise.all(Array.from({ length: 33 }, () => startHazard(true)));
  const gqlHazards: string[] = [];
  for (let i = 0; i < 33; i++) {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${office}` },
      body: JSON.stringify({ query: 'mutation($i: ReportHazardInput!) { reportHazard(input: $i) { hazard { id } } }', variables: { i: { title: '压测', description: '压测', level: 'GENERAL', sector: 'FIRE', regionCode: '211102', departmentCode: 'FIRE', enterpriseName: '压测企业', source: 'DEPARTMENT_INSPECTION' } } }),
    });
    const id = ((await res.json()) as any).data.reportHazard.hazard.id as string;
    await client.workflow.getHandle(hazardWorkflowId(id)).executeUpdate(executeCommandUpdate, { args: [{ command: supervise(), meta: meta() }] });
    gqlHazards.push(id);
  }
  const token = office;
  const paths: Record<string, (target: number, i: number) => Promise<void>> = {
    'raw Temporal (counter update)': async (t) => {
      await counters[t].executeUpdate(incrementUpdate, { args: [1] });
    },
    'raw Temporal + the same append as a local activity (the floor)': async (t, i) => {
      await floors[t].executeUpdate(incrementUpdate, { args: [i] });
    },
    'ours: update (decide + append activity)': async (t, i) => {
      await client.workflow.getHandle(hazardWorkflowId(hazards[t])).executeUpdate(executeCommandUpdate, { args: [{ command: progress(i), meta: meta() }] });
    },
    'ours: update, append as local activity': async (t, i) => {
      await client.workflow.getHandle(hazardWorkflowId(local[t])).executeUpdate(executeCommandUpdate, { args: [{ command: progress(i), meta: meta() }] });
    },
    'ours: GraphQL mutation end to end': async (t, i) => {
      const res = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'mutation($i: ReportProgressInput!) { reportProgress(input: $i) { hazard { version } } }', variables: { i: { hazardId: gqlHazards[t], percent: i % 100, note: '压测进度' } } }),
      });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error('refused');
    },
  };
  const table: Record<string, Record<string, Cell>> = {};
  for (const target of ['many', 'hot'] as const) {
    for (const [name, op] of Object.entries(paths)) {
      // One hazard takes at most 10 updates in flight (Temporal's history.maxInFlightUpdates): beyond that the
      // server refuses and the client backs off, so 32 clients on one hazard measure the limit, not us.
      for (const concurrency of target === 'hot' ? concurrencies.filter((c) => c <= 8) : concurrencies) {
        const cell = await measure((loop, i) => op(target === 'hot' ? 32 : loop, i), { concurrency, seconds: s.seconds, warmupSeconds: s.warmupSeconds, runs: s.runs });
        (table[`${target} | ${name}`] ??= {})[String(concurrency)] = cell;
        log(`  ${target} ${name} c=${concurrency}: ${cell.perSecond}/s p50 ${cell.p50} ms`);
      }
    }
  }
  counterWorker.shutdown();
  await running;
  await connection.close();
  await floorDb.destroy();

  say('');
  say('## 1. Commands: throughput (per second) and latency (ms) at concurrency 1, 8, 32');
  say('');
  say('"many": each concurrent client on its own hazard (workflow); "hot": all on one hazard, at 1 and 8 only: a workflow takes at most 10 updates in flight (Temporal `history.maxInFlightUpdates`), so 32 clients on one hazard queue behind that limit (the gateway answers `SERVICE_UNAVAILABLE` after `COMMAND_TIMEOUT_MS`; a retry with the same key applies once).');
  say('');
  say('| target | path | c | per s | p50 | p95 | p99 | failed | ÷ raw (throughput) | ÷ raw + append |');
  say('|---|---|---|---|---|---|---|---|---|---|');
  const ratio = (cell: Cell, reference: Cell | undefined) => (reference && reference.perSecond > 0 && cell.perSecond > 0 ? (cell.perSecond / reference.perSecond).toFixed(2) : '—');
  for (const [key, byConcurrency] of Object.entries(table)) {
    const [target, name] = key.split(' | ');
    for (const [c, cell] of Object.entries(byConcurrency)) {
      const raw = table[`${target} | raw Temporal (counter update)`][c];
      const floor = table[`${target} | raw Temporal + the same append as a local activity (the floor)`]?.[c];
      say(`| ${target} | ${name} | ${c} | ${fmt(cell)} | ${cell.errors} | ${ratio(cell, raw)} | ${name.startsWith('ours') ? ratio(cell, floor) : '—'} |`);
    }
  }
  return table;
}

async function store(stack: ProcessStack, s: { seconds: number; warmupSeconds: number; runs: number }) {
  log('event store append: ours vs emmett-postgresql');
  const base = stack.admin;
  void base;
  const adminUrl = stack.postgres.url;
  await ensureDatabase(adminUrl, 'bench_ours');
  await ensureDatabase(adminUrl, 'bench_emmett');
  const ours = createDatabase({ connectionString: adminUrl.replace(/\/postgres$/, '/bench_ours'), poolSize: 8 });
  await migrateToLatest(ours);
  const emmett = getPostgreSQLEventStore(adminUrl.replace(/\/postgres$/, '/bench_emmett'));
  const note = '现场检查发现的问题及整改进展说明，'.repeat(12);
  const table: Record<string, Cell> = {};
  for (const writers of [1, 4]) {
    const streams = await Promise.all(
      Array.from({ length: writers }, async () => {
        const hazardId = randomUUID();
        let state: HazardState | null = null;
        const m = meta({ sub: 'bench-inspector', name: '压测', roles: ['INSPECTOR'] as never });
        const events = envelope(hazardId, 0, decide(null, report(hazardId), m), m, randomUUID);
        const { events: stored } = await appendToStream(ours, { streamId: events[0].streamId, streamType: 'hazard', expectedVersion: 0, events }, projectHazardEvents);
        for (const e of events) state = evolve(state, e);
        return { hazardId, state: state as HazardState, headHash: stored[stored.length - 1].hash, emmettStream: `hazard-${randomUUID()}`, emmettVersion: 0n };
      }),
    );
    const progressed = (st: (typeof streams)[number]) => {
      const body = [{ type: 'ProgressReported' as const, data: { percent: 50, note } }];
      const events = envelope(st.hazardId, st.state.version, body, meta(), randomUUID) as HazardEvent[];
      let next = st.state;
      for (const e of events) next = evolve(next, e);
      return { events, next };
    };
    // The command path: the caller knows the head and has folded the state, so the append is one statement.
    table[`ours, one statement (hash chain + read model), ${writers} writer(s)`] = await measure(
      async (loop) => {
        const st = streams[loop];
        const { events, next } = progressed(st);
        const result = await appendDecided(ours, HAZARD, { streamId: events[0].streamId, expectedVersion: st.state.version, expectedHeadHash: st.headHash, events, state: next });
        if (result.path !== 'one-statement') throw new Error(`took the ${result.path} path`);
        st.state = next;
        st.headHash = result.events[result.events.length - 1].hash;
      },
      { concurrency: writers, ...s },
    );
    // The fallback a caller without the head takes: lock the stream, read the head and the read-model row.
    table[`ours, locking path (hash chain + read model), ${writers} writer(s)`] = await measure(
      async (loop) => {
        const st = streams[loop];
        const { events, next } = progressed(st);
        const result = await appendToStream(ours, { streamId: events[0].streamId, streamType: 'hazard', expectedVersion: st.state.version, events }, projectHazardEvents);
        st.state = next;
        st.headHash = result.events[result.events.length - 1].hash;
      },
      { concurrency: writers, ...s },
    );
    table[`emmett-postgresql, ${writers} writer(s)`] = await measure(
      async (loop) => {
        const st = streams[loop];
        const result = await emmett.appendToStream(st.emmettStream, [{ type: 'ProgressReported', data: { percent: 50, note } }], { expectedStreamVersion: st.emmettVersion === 0n ? undefined : st.emmettVersion });
        st.emmettVersion = result.nextExpectedStreamVersion;
      },
      { concurrency: writers, ...s },
    );
  }
  await emmett.close();
  await ours.destroy();
  say('');
  say('## 2. Event store append (one event of ~0.5 KB per append, expected version checked)');
  say('');
  say('| store | appends per s | p50 ms | p95 ms | p99 ms | ÷ emmett |');
  say('|---|---|---|---|---|---|');
  for (const [name, cell] of Object.entries(table)) {
    const writers = /(\d+) writer/.exec(name)?.[1];
    const emmettCell = table[`emmett-postgresql, ${writers} writer(s)`];
    say(`| ${name} | ${fmt(cell)} | ${name.startsWith('emmett') ? '1' : (cell.perSecond / emmettCell.perSecond).toFixed(2)} |`);
  }
  return table;
}

async function seed(db: Db, count: number, seedValue = 42) {
  if (count <= 0) return null;
  log(`seeding ${count} hazards…`);
  const end = dayStart(shanghaiDay(Date.now())).getTime() - 60_000;
  const started = performance.now();
  let last = 0;
  await seedCity(db, planCity({ count, seed: seedValue, start: end - 60 * DAY, end, regions: REGIONS }), (done, total) => {
    if (done - last >= 20_000 || done === total) {
      last = done;
      log(`  ${done}/${total}`);
    }
  });
  // Postgres vacuums insert-only tables by itself (autovacuum_vacuum_insert_threshold), which sets the
  // visibility map that index-only counts need: do it now rather than measure a table autovacuum has not reached.
  await sql`vacuum (analyze) hazards`.execute(db);
  await sql`analyze`.execute(db);
  const seconds = (performance.now() - started) / 1000;
  const result = { hazards: count, seconds: Math.round(seconds), hazardsPerSecond: Math.round(count / seconds) };
  say('');
  say(`Seeded ${count.toLocaleString('en')} hazards with the bulk seeder (every event decided by the domain, chained, projected; no workflows) in ${result.seconds} s: ${result.hazardsPerSecond} hazards/s.`);
  return result;
}

async function audit(stack: ProcessStack, auditorToken: string, s: { seconds: number; warmupSeconds: number; runs: number }) {
  log('audit: verify + fold vs plain SELECT; as-of of a 1,000-event hazard');
  const db = stack.admin;
  const streams = (await db.selectFrom('streams').select('stream_id').where('stream_type', '=', 'hazard').limit(2_000).execute()).map((r) => r.stream_id);
  let events = 0;
  const verifyMs = await time(async () => {
    events = 0;
    for (const id of streams) {
      const rows = await readStreamRows(db, id);
      events += rows.length;
      if (!verifyChain(id, rows).ok) throw new Error(`${id} does not verify`);
      foldHazardRows(rows);
    }
  }, s.runs);
  const selectMs = await time(async () => {
    for (const id of streams) await db.selectFrom('events').selectAll().where('stream_id', '=', id).orderBy('version').execute();
  }, s.runs);
  // A hazard with 1,000 events, appended through the store as the workflow would.
  const hazardId = randomUUID();
  let state: HazardState | null = null;
  const append = async (command: HazardCommand, actor = supervisor) => {
    const m = meta(actor);
    const evs = envelope(hazardId, state?.version ?? 0, decide(state, command, m), m, randomUUID);
    await appendToStream(db, { streamId: evs[0].streamId, streamType: 'hazard', expectedVersion: state?.version ?? 0, events: evs }, projectHazardEvents);
    for (const e of evs) state = evolve(state, e);
  };
  await append(report(hazardId), { sub: 'bench-inspector', name: '压测', roles: ['INSPECTOR'] as never });
  await append(supervise());
  for (let i = 0; (state as unknown as HazardState).version < 1_000; i++) await append(progress(i));
  const halfway = new Date().toISOString();
  const asOfDb = await time(async () => foldHazardRows(await readStreamRows(db, `hazard-${hazardId}`, { recordedUntil: new Date() })), s.runs);
  const asOfGraphQL = await time(async () => {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${auditorToken}` },
      body: JSON.stringify({ query: 'query($id: ID!, $at: DateTime!) { hazardAsOf(id: $id, at: $at) { version } }', variables: { id: hazardId, at: halfway } }),
    });
    await res.json();
  }, s.runs);
  const verifyGraphQL = await time(async () => {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${auditorToken}` },
      body: JSON.stringify({ query: 'query($id: ID!) { verifyHazardHistory(id: $id) { ok eventCount } }', variables: { id: hazardId } }),
    });
    await res.json();
  }, s.runs);
  const result = {
    streams: streams.length,
    events,
    verifyAndFoldEventsPerSecond: Math.round((events / verifyMs) * 1000),
    plainSelectEventsPerSecond: Math.round((events / selectMs) * 1000),
    asOf1000EventsMs: asOfDb,
    asOf1000EventsGraphQLMs: asOfGraphQL,
    verify1000EventsGraphQLMs: verifyGraphQL,
  };
  say('');
  say('## 3. Audit');
  say('');
  say(`| measurement | value |`);
  say(`|---|---|`);
  say(`| verify chain + fold, ${result.streams} streams, ${result.events} events (one query per stream) | ${result.verifyAndFoldEventsPerSecond} events/s |`);
  say(`| plain SELECT of the same rows (the same queries) | ${result.plainSelectEventsPerSecond} events/s |`);
  say(`| ratio verify+fold ÷ SELECT | ${(result.verifyAndFoldEventsPerSecond / result.plainSelectEventsPerSecond).toFixed(2)} |`);
  say(`| as-of of a 1,000-event hazard: read + fold | ${result.asOf1000EventsMs} ms |`);
  say(`| the same through GraphQL (hazardAsOf) | ${result.asOf1000EventsGraphQLMs} ms |`);
  say(`| verifyHazardHistory of that hazard through GraphQL (chain, head, read model, workflow query) | ${result.verify1000EventsGraphQLMs} ms |`);
  return result;
}

async function reads(stack: ProcessStack, auditorToken: string, s: { seconds: number; warmupSeconds: number; runs: number; readHazards: number }, gql: (t: string, q: string, v?: Record<string, unknown>) => Promise<any>) {
  log(`reads at ${s.readHazards} hazards, 50 concurrent`);
  const db = createDatabase({ connectionString: stack.postgres.url.replace(/\/postgres$/, '/hazards'), poolSize: 50 });
  const now = new Date();
  const filters: Record<string, Record<string, unknown>> = {
    'status in (LISTED, SUPERVISED)': { status: ['LISTED', 'SUPERVISED'] },
    'overdue MAJOR': { overdue: true, level: 'MAJOR' },
    'region + sector': { regionCode: '211104', sector: 'HAZARDOUS_CHEMICALS' },
  };
  const firstPage = await findHazardPage(db, { filter: filters['status in (LISTED, SUPERVISED)'] as never, first: 20, now });
  const table: Record<string, { db: Cell; graphql: Cell }> = {};
  const concurrency = 50;
  for (const [name, filter] of Object.entries(filters)) {
    table[name] = {
      db: await measure(async () => void (await findHazardPage(db, { filter: filter as never, first: 20, now })), { concurrency, ...s }),
      graphql: await measure(async () => void (await gql(auditorToken, 'query($f: HazardFilter) { hazards(filter: $f, first: 20) { totalCount edges { node { id code deadline status } } } }', { f: filter })), { concurrency, ...s }),
    };
    log(`  ${name}: db ${table[name].db.p50} ms, graphql ${table[name].graphql.p50} ms`);
  }
  table['page 2 (cursor) of status in (LISTED, SUPERVISED)'] = {
    db: await measure(async () => void (await findHazardPage(db, { filter: filters['status in (LISTED, SUPERVISED)'] as never, first: 20, after: firstPage.endCursor, now })), { concurrency, ...s }),
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

async function reports(db: Db, s: { runs: number; readHazards: number }) {
  log('reports over the seeded city');
  const today = shanghaiDay(Date.now());
  const department = (await reportScope(db, 'EMERGENCY'))!;
  const city = (await reportScope(db, CITY_WIDE))!;
  let rows = 0;
  const departmentMs = await time(async () => {
    const c = await generateDailyReport(db, department, today);
    rows = c.attachment1.length + c.attachment2.length;
  }, s.runs);
  const content = await generateDailyReport(db, department, today);
  const xlsxMs = await time(async () => renderXlsx(content), s.runs);
  const cityMs = await time(async () => generateDailyReport(db, city, today), s.runs);
  say('');
  say(`## 6. Reports over ${s.readHazards.toLocaleString('en')} hazards`);
  say('');
  say('| report | time |');
  say('|---|---|');
  say(`| EMERGENCY's daily report (state as of the cutoff folded from the events; ${rows} rows in attachments 1 and 2) | ${departmentMs} ms |`);
  say(`| its XLSX (three sheets, byte-reproducible zip) | ${xlsxMs} ms |`);
  say(`| the city's report with attachment 3 by region and sector (every hazard) | ${cityMs} ms |`);
  return { departmentMs, xlsxMs, cityMs, rows };
}

async function timers(stack: ProcessStack, office: string, s: { timerHazards: number }, gql: (t: string, q: string, v?: Record<string, unknown>) => Promise<any>) {
  log(`timers: ${s.timerHazards} open hazards with armed clocks`);
  await gql(office, 'mutation($i: SaveEscalationPolicyInput!) { saveEscalationPolicy(input: $i) { id } }', {
    i: {
      id: 'bench-timers',
      name: 'bench',
      rules: {
        listWithin: 'P30D', superviseWithin: 'P30D', remindBefore: 'PT20S', verifyWithin: 'P30D', checkInterval: 'P1D', checkGrace: 'PT1H',
        ladder: [
          { level: 1, after: 'PT10S', notify: 'DEPARTMENT_HEAD', action: 'a' },
          { level: 2, after: 'P10D', notify: 'COMMITTEE_OFFICE', action: 'b' },
          { level: 3, after: 'P20D', notify: 'COMMITTEE_OFFICE', action: 'c' },
        ],
      },
    },
  });
  const policy = await resolvePolicySnapshot(stack.admin, 'bench-timers', Date.now(), Date.now() + DAY);
  const client = stack.client;
  const created: string[] = [];
  let retries = 0;
  const spread = Math.max(60, s.timerHazards / 40);
  // Creation runs at roughly 60–80 hazards a second here; the first clock is due after the last is armed, with
  // room to spare: clocks firing while hazards are still being created would measure the creation, not the clocks.
  const firstDeadline = Date.now() + (s.timerHazards / 40) * 1000 + 30_000;
  const deadlines = new Map<string, number>();
  let next = 0;
  const startedAt = performance.now();
  const rss: number[] = [];
  const sampler = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${stack.worker?.pid}/status`, 'utf8');
      rss.push(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    } catch {
      // the worker is between processes
    }
  }, 1_000);
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < s.timerHazards) {
        const n = next++;
        const hazardId = randomUUID();
        const deadline = new Date(firstDeadline + (n / s.timerHazards) * spread * 1000).toISOString();
        await client.workflow.executeUpdateWithStart(executeCommandUpdate, {
          args: [{ command: report(hazardId), meta: meta({ sub: 'bench-inspector', name: '压测', roles: ['INSPECTOR'] as never }) }],
          startWorkflowOperation: new WithStartWorkflowOperation('hazardWorkflow', { workflowId: hazardWorkflowId(hazardId), taskQueue: stack.taskQueue, args: [{ hazardId, localAppend: stack.localAppend }], workflowIdConflictPolicy: 'FAIL' }),
        });
        // An update that outlives the RPC deadline under load is asked again with the same update id: applied once.
        const listing = { args: [{ command: { type: 'ListHazard', data: { listingLevel: 'CITY', supervisingUnit: '市安委办', deadline, policyId: 'bench-timers', policy } }, meta: meta() }] as [CommandRequest], updateId: `list-${hazardId}` };
        for (let attempt = 1; ; attempt++) {
          try {
            await client.workflow.getHandle(hazardWorkflowId(hazardId)).executeUpdate(executeCommandUpdate, listing);
            break;
          } catch (err) {
            if (attempt >= 5 || !(err instanceof WorkflowUpdateRPCTimeoutOrCancelledError)) throw err;
            retries++;
          }
        }
        created.push(hazardId);
        deadlines.set(hazardId, Date.parse(deadline));
      }
    }),
  );
  const creationSeconds = (performance.now() - startedAt) / 1000;
  log(`  created ${created.length} in ${Math.round(creationSeconds)} s; waiting for their clocks…`);
  const expected = created.length * 3;
  // The window: the last clock's due time plus 60 s (the target: every clock fired by then).
  const deadlineAll = firstDeadline + spread * 1000 + 10_000 + 60_000;
  let fired = 0;
  while (Date.now() < deadlineAll) {
    fired = Number((await stack.admin.selectFrom('events').select((eb) => eb.fn.countAll<string>().as('n')).where('type', 'in', ['DeadlineApproaching', 'DeadlineMissed', 'Escalated']).executeTakeFirstOrThrow()).n);
    if (fired >= expected) break;
    await new Promise((r) => setTimeout(r, 2_000));
  }
  clearInterval(sampler);
  const waitEnded = Date.now();
  const rows = await stack.admin
    .selectFrom('events')
    .select(['stream_id', 'type', 'recorded_at', 'data'])
    .where('type', 'in', ['DeadlineApproaching', 'DeadlineMissed', 'Escalated'])
    .execute();
  const lags = rows.map((r) => new Date(r.recorded_at).getTime() - Date.parse((r.data as { dueAt: string }).dueAt));
  // A clock not fired by the end of the wait counts as late by the whole wait (from its due time to then).
  const firedKinds = new Set(rows.map((r) => `${r.stream_id}|${r.type}`));
  for (const [hazardId, deadlineMs] of deadlines) {
    const due = { DeadlineApproaching: deadlineMs - 20_000, DeadlineMissed: deadlineMs, Escalated: deadlineMs + 10_000 };
    for (const [type, at] of Object.entries(due)) if (!firedKinds.has(`${hazardWorkflowId(hazardId)}|${type}`)) lags.push(waitEnded - at);
  }
  lags.sort((a, b) => a - b);
  const result = {
    hazards: created.length,
    clocksExpected: expected,
    clocksFired: rows.length,
    creationPerSecond: Math.round(created.length / creationSeconds),
    listingRetries: retries,
    lagP50Ms: Math.round(percentile(lags, 50)),
    lagP99Ms: Math.round(percentile(lags, 99)),
    lagMaxMs: Math.round(lags[lags.length - 1] ?? 0),
    workerRssPeakMiB: Math.round(Math.max(0, ...rss)),
  };
  say('');
  say(`## 5. Timers at scale: ${result.hazards.toLocaleString('en')} open hazards, each with a reminder, a deadline and an escalation due within ${Math.round(spread)} s`);
  say('');
  say('| measurement | value |');
  say('|---|---|');
  say(`| hazards started (report + list through updates, 32 at a time) | ${result.creationPerSecond}/s |`);
  say(`| listing updates asked again after the RPC deadline (same update id) | ${result.listingRetries} |`);
  say(`| clocks fired / expected | ${result.clocksFired} / ${result.clocksExpected} |`);
  say(`| lag fired − due, p50 (a clock not fired counts as late by the whole wait) | ${result.lagP50Ms} ms |`);
  say(`| lag fired − due, p99 (likewise) | ${result.lagP99Ms} ms |`);
  say(`| lag, max | ${result.lagMaxMs} ms |`);
  say(`| worker resident memory, peak | ${result.workerRssPeakMiB} MiB |`);
  return result;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
