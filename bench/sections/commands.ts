import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Worker, bundleWorkflowCode } from '@temporalio/worker';
import type { BenchStack } from '../target';
import { type HazardState, decide, envelope, evolve } from '@hazard/domain';
import { appendToStream, createDatabase } from '@hazard/event-store';
import { projectHazardEvents } from '@hazard/read-models';
import { executeCommandUpdate, hazardWorkflowId } from '@hazard/contracts';
import { type Cell, measure } from '../measure';
import { benchActivities } from '../bench-activities';
import { incrementUpdate } from '../workflows';
import { fmt, log, say } from '../output';
import { meta, progress, report, supervise } from '../fixtures';

export async function commands(stack: BenchStack, office: string, s: { seconds: number; warmupSeconds: number; runs: number }, on = '') {
  log(`commands${on}: raw Temporal vs our update path vs GraphQL`);
  const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('../workflows'), logger: new DefaultLogger('WARN') });
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
        log(`  ${target} ${name} c=${concurrency}: ${cell.perSecond}/s p50 ${cell.p50} ms${on}`);
      }
    }
  }
  counterWorker.shutdown();
  await running;
  await connection.close();
  await floorDb.destroy();

  say('');
  say(`## 1. Commands: throughput (per second) and latency (ms) at concurrency 1, 8, 32${on}`);
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
