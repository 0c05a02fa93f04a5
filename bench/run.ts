import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { projectRoot } from '@hazard/config';
import { ProcessStack } from '@hazard/devstack';
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

const USAGE = `usage: npm run bench -- [--quick] [--sections commands,store,console,audit,reads,timers,reports] [--hazards 100000] [--million] [--timers 10000] [--profile DIR]
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
    if (sections.has('commands')) await section('commands', () => commands(stack, office, settings));
    if (sections.has('store')) await section('store', () => store(stack, settings));
    if (sections.has('console')) await section('console', () => consoleSection(stack, office, gql));
    if (sections.has('audit') || sections.has('reads') || sections.has('reports')) await section('seeding', () => seed(stack.admin, settings.readHazards));
    if (sections.has('audit')) await section('audit', () => audit(stack, auditor, settings));
    if (sections.has('reads')) await section('reads', () => reads(stack, auditor, settings, gql));
    // Reports over the first seeding (100,000 by default), before the million.
    if (sections.has('reports')) await section('reports', () => reports(stack, stack.admin, office, auditor, settings, gql));
    if (sections.has('timers')) await section('timers', () => timers(stack, office, settings, gql));
    if (settings.million && sections.has('reads')) {
      await section('seedingMillion', () => seed(stack.admin, 1_000_000 - settings.readHazards, 1));
      await section('readsMillion', () => reads(stack, auditor, { ...settings, readHazards: 1_000_000 }, gql));
    }
  } finally {
    await stack.close();
  }
  log(`written to ${file} and .md`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
