import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Runtime, DefaultLogger, Worker } from '@temporalio/worker';
import { createActivities } from '@hazard/worker/activities';
import { registerSearchAttributes } from '@hazard/worker/search-attribute-registration';
import { findOrInstallTemporalTestServer } from '@hazard/devstack';
import { type CommandMetadata, type PolicySnapshot, addWorkingDays, applyDelay } from '@hazard/domain';
import { readStream } from '@hazard/event-store';
import { resolvePolicySnapshot } from '@hazard/administration';
import { executeCommandUpdate, hazardWorkflowId } from '@hazard/contracts';
import { type TestDatabase, createTestDatabase } from './support/database';
import { sampleReport } from './support/hazard-api';

const DAY = 86_400_000;

/**
 * The real default policy (days and working days) on Temporal's time-skipping test server:
 * a 30-day deadline and the whole ladder run in seconds, against real Postgres.
 */
describe('a policy of real days on the time-skipping test server', () => {
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;

  beforeAll(async () => {
    try {
      Runtime.install({ logger: new DefaultLogger('WARN') });
    } catch {
      // installed already
    }
    database = await createTestDatabase();
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: findOrInstallTemporalTestServer() } },
    });
    await registerSearchAttributes(env.connection, 'default');
  });
  afterAll(async () => {
    await env?.teardown();
    await database?.drop();
  });

  it('reminds, misses, and escalates through all three levels at the working-day times the policy names', async () => {
    const taskQueue = `ts-${randomUUID()}`;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: { codePath: process.env.TEST_WORKFLOW_BUNDLE as string },
      activities: createActivities({ db: database.db }),
    });
    const hazardId = randomUUID();
    const actor = { sub: 'sup', name: '督办员', roles: ['SUPERVISOR' as const] };
    const start = env.currentTimeMs ? await env.currentTimeMs() : Date.now();
    const meta = (commandId: string): CommandMetadata => ({ commandId, actor, now: new Date(start).toISOString() });
    const policy = (await resolvePolicySnapshot(database.db, 'default', start, start + 40 * DAY)) as PolicySnapshot;
    const deadline = new Date(start + 30 * DAY).toISOString();

        await worker.runUntil(async () => {
      const { default: _ignored, ...report } = { default: null, ...sampleReport() };
      await env.client.workflow.executeUpdateWithStart(executeCommandUpdate, {
        args: [{ command: { type: 'ReportHazard', data: { ...(report as any), hazardId, code: 'YH-TS-1', policy } }, meta: meta('r1') }],
        updateId: 'r1',
        startWorkflowOperation: new WithStartWorkflowOperation('hazardWorkflow', {
          workflowId: hazardWorkflowId(hazardId),
          taskQueue,
          args: [{ hazardId }],
          workflowIdConflictPolicy: 'FAIL',
        }),
      });
      const handle = env.client.workflow.getHandle(hazardWorkflowId(hazardId));
      await handle.executeUpdate(executeCommandUpdate, {
        args: [{ command: { type: 'ListHazard', data: { listingLevel: 'CITY', supervisingUnit: '市安委办', deadline, policyId: 'default', policy } }, meta: meta('l1') }],
        updateId: 'l1',
      });
      await env.sleep('60 days');
    });

    const events = await readStream(database.db, `hazard-${hazardId}`);
    const clocks = events.filter((e) => (e.metadata as any).actor.sub === 'system');
    expect(clocks.map((e) => (e.type === 'Escalated' ? `Escalated${(e.data as any).level}` : e.type))).toEqual([
      'SupervisionOverdue',
      'DeadlineApproaching',
      'DeadlineMissed',
      'Escalated1',
      'Escalated2',
      'Escalated3',
    ]);
    const listedAt = Date.parse((events[1].metadata as any).occurredAt);
    const cal = policy.calendar;
    const d = Date.parse(deadline);
    const expected = [
      applyDelay(listedAt, policy.rules.superviseWithin, cal),
      addWorkingDays(d, -3, cal),
      d,
      d,
      addWorkingDays(d, 3, cal),
      addWorkingDays(d, 10, cal),
    ];
    clocks.forEach((e, i) => {
      const data = e.data as { dueAt: string };
      expect(new Date(data.dueAt).toISOString()).toBe(new Date(expected[i]).toISOString());
      const firedAt = Date.parse((e.metadata as any).recordedAt);
      expect(firedAt).toBeGreaterThanOrEqual(expected[i]);
      expect(firedAt - expected[i]).toBeLessThan(60_000);
    });
    expect(policy.rules.superviseWithin).toBe('5WD');
  });
});
