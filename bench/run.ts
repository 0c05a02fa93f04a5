import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { projectRoot } from '@hazard/config';
import { Cluster, ProcessStack, STACK_JWT_SECRET, TEMPORAL_SERVER_VERSION } from '@hazard/devstack';
import type { BenchStack } from './target';
import type { Cell } from './measure';
import { machine } from './machine';

import { type Settings, log, out, say } from './output';
import { consoleSection } from './sections/console';
import { commands } from './sections/commands';
import { store } from './sections/store';
import { seed } from './sections/seed';
import { audit } from './sections/audit';
import { reads } from './sections/reads';
import { reports } from './sections/reports';
import { timers } from './sections/timers';

const USAGE = `usage: npm run bench -- [--quick] [--sections commands,store,console,audit,reads,timers,reports] [--hazards 100000] [--million] [--timers 10000] [--profile DIR] [--cluster]
--cluster: also start the production topology (a Temporal server built from its Go module on Postgres, two workers, two
gateways) and run the commands and timers sections on it too, side by side with the dev server in this one run.
--profile DIR: the gateway and the worker write a V8 CPU profile each into DIR when the run ends (node --cpu-prof);
open them in Chrome DevTools, or summarise them with node bench/profile-summary.mjs DIR/<file>.cpuprofile.
Starts Postgres, the Temporal dev server, a worker and the gateway as processes, runs each comparison in this one
process against the same services, prints a markdown table and writes bench/results/<date>.json.`;


async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean' },
      sections: { type: 'string' },
      hazards: { type: 'string' },
      million: { type: 'boolean' },
      timers: { type: 'string' },
      profile: { type: 'string' },
      cluster: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return void console.log(USAGE);
  const quick = Boolean(values.quick);
  const settings: Settings = {
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
  // The worker's tuning (WORKER_MAX_CACHED_WORKFLOWS, …) can be set for a run from this process's environment.
  const workerEnv = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[0].startsWith('WORKER_') && e[1] !== undefined));
  const profile = values.profile ? ['--cpu-prof', '--cpu-prof-dir', values.profile] : [];
  const stack = new ProcessStack({
    logLevel: 'error',
    directDatabase: true,
    localAppend: process.env.HAZARD_LOCAL_APPEND !== 'false',
    workerEnv,
    nodeArgs: { gateway: profile, worker: profile },
  });
  await stack.start();
  // The production topology beside it (README "Production"): the same apps, tuned alike, on a real Temporal server.
  let cluster: Cluster | null = null;
  const clusterDir = values.cluster ? mkdtempSync(join(tmpdir(), 'hazard-bench-cluster-')) : '';
  if (values.cluster) {
    log(`starting the cluster (temporal-server ${TEMPORAL_SERVER_VERSION} on Postgres, two workers, two gateways)…`);
    cluster = new Cluster({
      dir: clusterDir,
      jwtSecret: STACK_JWT_SECRET,
      logLevel: 'error',
      env: { ...workerEnv, RATE_LIMIT_PER_MINUTE: '1000000', MUTATION_RATE_LIMIT_PER_MINUTE: '1000000', ...(process.env.HAZARD_LOCAL_APPEND !== 'false' ? { HAZARD_LOCAL_APPEND: 'true' } : {}) },
    });
    await cluster.start();
  }
  const devTarget: BenchStack = stack;
  const clusterTarget: BenchStack | null = cluster
    ? { temporal: cluster.temporal, client: cluster.client, taskQueue: 'hazards', gatewayUrl: cluster.gatewayUrls[0], databaseUrl: cluster.databaseUrl, admin: cluster.admin, worker: cluster.workers[0].child, localAppend: process.env.HAZARD_LOCAL_APPEND !== 'false' }
    : null;
  const ON_DEV = cluster ? ' — on the dev server' : '';
  const ON_CLUSTER = ` — on the cluster (temporal-server ${TEMPORAL_SERVER_VERSION} on Postgres)`;
  const office = await stack.token('bench-office', ['COMMITTEE_OFFICE']);
  const auditor = await stack.token('bench-auditor', ['AUDITOR']);
  const gqlAt = (url: string) => async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
    return body.data;
  };
  const gql = gqlAt(stack.gatewayUrl);
  say(`# Benchmarks (${new Date().toISOString().slice(0, 10)})`);
  const m = machine();
  if (Object.keys(workerEnv).length > 0) say(`Worker tuning for this run: ${Object.entries(workerEnv).map(([k, v]) => `${k}=${v}`).join(', ')}.`);
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
    if (sections.has('commands')) {
      const dev = await section('commands', () => commands(devTarget, office, settings, ON_DEV));
      if (clusterTarget) compareCommands(dev, await section('commandsCluster', () => commands(clusterTarget, office, settings, ON_CLUSTER)));
    }
    if (sections.has('store')) await section('store', () => store(stack, settings));
    if (sections.has('console')) await section('console', () => consoleSection(stack, office, gql));
    if (sections.has('audit') || sections.has('reads') || sections.has('reports')) await section('seeding', () => seed(stack.admin, settings.readHazards));
    if (sections.has('audit')) await section('audit', () => audit(stack, auditor, settings));
    if (sections.has('reads')) await section('reads', () => reads(stack, auditor, settings, gql));
    // Reports over the first seeding (100,000 by default), before the million.
    if (sections.has('reports')) await section('reports', () => reports(stack, stack.admin, office, auditor, settings, gql));
    if (sections.has('timers')) {
      const dev = await section('timers', () => timers(devTarget, office, settings, gql, ON_DEV));
      if (clusterTarget && cluster) compareTimers(dev, await section('timersCluster', () => timers(clusterTarget, office, settings, gqlAt(cluster.gatewayUrls[0]), ON_CLUSTER)));
    }
    if (settings.million && sections.has('reads')) {
      await section('seedingMillion', () => seed(stack.admin, 1_000_000 - settings.readHazards, 1));
      await section('readsMillion', () => reads(stack, auditor, { ...settings, readHazards: 1_000_000 }, gql));
    }
  } finally {
    await cluster?.close();
    if (clusterDir) rmSync(clusterDir, { recursive: true, force: true });
    await stack.close();
  }
  log(`written to ${file} and .md`);
}

/** The two servers side by side: each path's throughput on the cluster as a ratio of the same path on the dev server. */
function compareCommands(dev: Record<string, Record<string, Cell>>, cluster: Record<string, Record<string, Cell>>): void {
  say('');
  say('### Commands: the cluster beside the dev server (same paths, same run)');
  say('');
  say('| target | path | c | dev server per s (p50 ms) | cluster per s (p50 ms) | cluster ÷ dev server |');
  say('|---|---|---|---|---|---|');
  for (const [key, byConcurrency] of Object.entries(dev)) {
    const [target, name] = key.split(' | ');
    for (const [c, d] of Object.entries(byConcurrency)) {
      const k = cluster[key]?.[c];
      if (!k) continue;
      say(`| ${target} | ${name} | ${c} | ${d.perSecond} (${d.p50}) | ${k.perSecond} (${k.p50}) | ${d.perSecond > 0 ? (k.perSecond / d.perSecond).toFixed(2) : '—'} |`);
    }
  }
}

function compareTimers(dev: Record<string, number>, cluster: Record<string, number>): void {
  say('');
  say('### Timers: the cluster beside the dev server');
  say('');
  say('| measurement | dev server | cluster |');
  say('|---|---|---|');
  for (const [key, label] of [
    ['creationPerSecond', 'hazards started per s'],
    ['clocksFired', 'clocks fired'],
    ['clocksExpected', 'clocks expected'],
    ['lagP50Ms', 'lag p50 (ms)'],
    ['lagP99Ms', 'lag p99 (ms)'],
    ['lagMaxMs', 'lag max (ms)'],
    ['workerRssPeakMiB', 'a worker’s peak memory (MiB)'],
  ] as const) {
    say(`| ${label} | ${dev[key]} | ${cluster[key]} |`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
