import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { WithStartWorkflowOperation, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import type { BenchStack } from '../target';
import { resolvePolicySnapshot } from '@hazard/administration';
import { type CommandRequest, executeCommandUpdate, hazardWorkflowId } from '@hazard/contracts';
import { percentile } from '../stats';
import { DAY, log, say } from '../output';
import { meta, report } from '../fixtures';

export async function timers(stack: BenchStack, office: string, s: { timerHazards: number }, gql: (t: string, q: string, v?: Record<string, unknown>) => Promise<any>, on = '') {
  log(`timers${on}: ${s.timerHazards} open hazards with armed clocks`);
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
  // allSettled: a failure waits for the other 31 clients, so no call is left running when the stack closes
  const clients = await Promise.allSettled(
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
            if (attempt >= 5 || !(err instanceof WorkflowUpdateRPCTimeoutOrCancelledError)) {
              throw new Error(`listing hazard ${hazardId} (attempt ${attempt}): ${(err as Error).message}${(err as Error).cause ? `: ${((err as Error).cause as Error).message}` : ''}`);
            }
            retries++;
          }
        }
        created.push(hazardId);
        deadlines.set(hazardId, Date.parse(deadline));
      }
    }),
  );
  const failed = clients.find((c): c is PromiseRejectedResult => c.status === 'rejected');
  if (failed) {
    clearInterval(sampler);
    throw failed.reason;
  }
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
  say(`## 5. Timers at scale: ${result.hazards.toLocaleString('en')} open hazards, each with a reminder, a deadline and an escalation due within ${Math.round(spread)} s${on}`);
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
