import type { ChildProcess } from 'node:child_process';
import { sql } from 'kysely';
import { foldHazardRows, readStreamRows, sameJson, verifyChain } from '@hazard/event-store';
import { command, inDays, mutate, sampleReport, samplePlan } from './support/hazard-api';
import { type TestStack, codeOf, startStack } from './support/stack';

const CLIENTS = 6;
// Enough commands that the clients are still sending when the last kill comes (a command takes tens of ms).
const COMMANDS_PER_CLIENT = 40;
const KILLS = 3;

type Outcome = 'acknowledged' | 'rejected' | 'ambiguous';

describe('a worker killed with SIGKILL in the middle of a stream of commands', () => {
  let stack: TestStack;
  let worker: ChildProcess;

  beforeAll(async () => {
    stack = await startStack({ worker: 'none' });
    worker = await stack.spawnWorkerProcess();
  });
  afterAll(() => stack?.close());

  it('loses no acknowledged command and applies none twice', async () => {
    const supervisor = await stack.token({ sub: 'crash-supervisor', roles: ['SUPERVISOR'] });
    const hazards: string[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      const { id } = await command(stack, supervisor, 'reportHazard', sampleReport({ title: `崩溃测试-${i}` }));
      await command(stack, supervisor, 'listHazard', { hazardId: id, listingLevel: 'CITY', supervisingUnit: '市安委办', deadline: inDays(30) });
      await command(stack, supervisor, 'superviseHazard', { hazardId: id, plan: samplePlan });
      hazards.push(id);
    }

    // One person per client: the gateway limits mutations per person.
    const senders = await Promise.all(Array.from({ length: CLIENTS }, (_, c) => stack.token({ sub: `crash-supervisor-${c}`, roles: ['SUPERVISOR'] })));
    const outcomes = new Map<string, Outcome>();
    let clientsDone = false;

    // Each client behaves like a real one: on a timeout or an unavailable service it retries with the same key.
    const client = async (c: number) => {
      for (let n = 0; n < COMMANDS_PER_CLIENT; n++) {
        const key = `c${c}-n${n}`;
        let outcome: Outcome = 'ambiguous';
        for (let attempt = 0; attempt < 8 && outcome === 'ambiguous'; attempt++) {
          try {
            const res = await mutate(stack, senders[c], 'reportProgress', { hazardId: hazards[c], percent: n, note: `第${n}次`, idempotencyKey: key });
            const code = codeOf(res);
            if (code === undefined) outcome = 'acknowledged';
            else if (code !== 'SERVICE_UNAVAILABLE' && code !== 'INTERNAL_SERVER_ERROR') outcome = 'rejected';
          } catch {
            // connection trouble: ambiguous, retry
          }
        }
        outcomes.set(key, outcome);
      }
    };

    let kills = 0;
    const killer = async () => {
      for (let k = 0; k < KILLS && !clientsDone; k++) {
        await new Promise((r) => setTimeout(r, 300 + Math.random() * 500));
        worker.kill('SIGKILL');
        kills++;
        await new Promise((r) => worker.once('exit', r));
        await new Promise((r) => setTimeout(r, 200 + Math.random() * 300));
        worker = await stack.spawnWorkerProcess();
      }
    };

    const clients = Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c))).finally(() => (clientsDone = true));
    await Promise.all([clients, killer()]);
    expect(kills).toBe(KILLS);

    const counts = await stack.database.db
      .selectFrom('events')
      .select(['command_id', sql<number>`count(*)::int`.as('n')])
      .where('type', '=', 'ProgressReported')
      .groupBy('command_id')
      .execute();
    const applied = new Map(counts.map((r) => [r.command_id, r.n]));
    const acknowledged = [...outcomes].filter(([, o]) => o === 'acknowledged').map(([k]) => k);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect([...outcomes.values()].filter((o) => o === 'rejected')).toEqual([]);
    for (const [key, outcome] of outcomes) {
      const n = applied.get(`crash-supervisor-${key.slice(1, key.indexOf('-'))}:${key}`) ?? 0;
      if (outcome === 'acknowledged') expect({ key, n }).toEqual({ key, n: 1 });
      else expect(n).toBeLessThanOrEqual(1);
    }

    for (const id of hazards) {
      const rows = await readStreamRows(stack.database.db, `hazard-${id}`);
      expect(verifyChain(`hazard-${id}`, rows)).toMatchObject({ ok: true });
      const row = await stack.database.db.selectFrom('hazards').select('state').where('id', '=', id).executeTakeFirstOrThrow();
      expect(sameJson(foldHazardRows(rows), row.state)).toBe(true);
    }
  });
});
