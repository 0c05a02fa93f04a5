import { createHmac } from 'node:crypto';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { command, historyOf, mutate, sampleReport, samplePlan } from './support/hazard-api';
import { FAST_RULES, saveFastPolicy } from './support/policies';
import { type TestStack, codeOf, startStack } from './support/stack';
import { sleep, waitFor } from './support/wait';

const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();
/** How late a clock may fire and still count as on time (worker polling and a workflow task). */
const ON_TIME_MS = 3_000;

interface EventView {
  version: number;
  type: string;
  actor: string;
  data: any;
  recordedAt?: string;
}

describe('clocks that fire by themselves', () => {
  let stack: TestStack;
  let office: string;
  let supervisor: string;
  let supervisor2: string;
  let auditor: string;

  beforeAll(async () => {
    stack = await startStack();
    office = await stack.token({ sub: 'office', roles: ['COMMITTEE_OFFICE'] });
    supervisor = await stack.token({ sub: 'sup-a', roles: ['SUPERVISOR'] });
    supervisor2 = await stack.token({ sub: 'sup-b', roles: ['SUPERVISOR'] });
    auditor = await stack.token({ sub: 'auditor', roles: ['AUDITOR'] });
    await saveFastPolicy(stack, office);
  });
  afterAll(() => stack?.close());

  const events = async (id: string): Promise<EventView[]> =>
    (
      await stack.gql(auditor, 'query($id: ID!) { hazardHistory(id: $id) { version type actor data recordedAt } }', { id })
    ).data.hazardHistory;

  async function listedHazard(deadlineInSeconds: number, overrides: Record<string, unknown> = {}) {
    const { id } = await command(stack, supervisor, 'reportHazard', sampleReport(overrides));
    await command(stack, supervisor, 'listHazard', {
      hazardId: id,
      listingLevel: 'CITY',
      supervisingUnit: '市安委办',
      deadline: inSeconds(deadlineInSeconds),
      policyId: 'fast',
    });
    return id;
  }

  it('climbs the whole ladder in order, each step once and on time, and operators can find it', async () => {
    const id = await listedHazard(6, { regionCode: '211104', title: '无人理会的重大隐患' });
    const listed = (await events(id))[1];
    expect(listed.data.policy).toMatchObject({ id: 'fast', version: 1, rules: FAST_RULES });

    await waitFor(async () => (await events(id)).some((e) => e.type === 'Escalated' && e.data.level === 3), 'escalation level 3', 30_000);
    await sleep(1_500);
    const history = await events(id);
    const clocks = history.filter((e) => e.actor === 'system');
    expect(clocks.map((e) => (e.type === 'Escalated' ? `Escalated${e.data.level}` : e.type))).toEqual([
      'SupervisionOverdue',
      'DeadlineApproaching',
      'DeadlineMissed',
      'Escalated1',
      'Escalated2',
      'Escalated3',
    ]);
    const deadline = Date.parse(listed.data.deadline);
    const expectedDue = [Date.parse(listed.recordedAt as string) + 3_000, deadline - 2_000, deadline, deadline + 1_000, deadline + 2_000, deadline + 3_000];
    clocks.forEach((e, i) => {
      expect(Math.abs(Date.parse(e.data.dueAt) - expectedDue[i])).toBeLessThan(50);
      const lag = Date.parse(e.recordedAt as string) - Date.parse(e.data.dueAt);
      expect(lag).toBeGreaterThanOrEqual(0);
      expect(lag).toBeLessThan(ON_TIME_MS);
    });
    expect(clocks.find((e) => e.type === 'Escalated')?.data).toMatchObject({ notify: 'DEPARTMENT_HEAD', rule: expect.stringContaining('fast@v1') });

    const view = await stack.gql(supervisor, 'query($id: ID!) { hazard(id: $id) { overdue escalationLevel escalations { level notify } } }', { id });
    expect(view.data.hazard).toMatchObject({ overdue: true, escalationLevel: 3 });
    const overdue = await stack.gql(supervisor, '{ hazards(filter: { overdue: true, regionCode: "211104" }) { edges { node { id escalationLevel } } } }');
    expect(overdue.data.hazards.edges.map((e: any) => e.node.id)).toContain(id);

    // "All overdue major hazards in 大洼区" is one query in the Temporal UI.
    const found = await waitFor(async () => {
      const ids: string[] = [];
      for await (const wf of stack.temporal.workflow.list({
        query: `HazardRegion = '211104' AND HazardLevel = 'MAJOR' AND EscalationLevel >= 1 AND HazardStatus IN ('LISTED', 'SUPERVISED', 'SUSPENDED')`,
      })) {
        ids.push(wf.workflowId);
      }
      return ids.includes(`hazard-${id}`) ? ids : undefined;
    }, 'the visibility query to find the workflow');
    expect(found).toContain(`hazard-${id}`);
  });

  it('moves the deadline clocks when an extension is approved, and keeps them when it is denied', async () => {
    const approved = await listedHazard(5);
    const denied = await listedHazard(5);
    for (const id of [approved, denied]) {
      await command(stack, supervisor, 'requestDeadlineExtension', { hazardId: id, requestedDeadline: inSeconds(120), reason: '材料未到' });
    }
    await command(stack, supervisor2, 'decideDeadlineExtension', { hazardId: approved, approved: true });
    await command(stack, supervisor2, 'decideDeadlineExtension', { hazardId: denied, approved: false, note: '理由不充分' });

    await waitFor(async () => (await events(denied)).some((e) => e.type === 'DeadlineMissed'), 'the denied hazard to miss its deadline', 20_000);
    await sleep(1_000);
    const approvedTypes = (await events(approved)).map((e) => e.type);
    expect(approvedTypes).not.toContain('DeadlineMissed');
    expect(approvedTypes).not.toContain('DeadlineApproaching');
    const view = await stack.gql(supervisor, 'query($id: ID!) { hazard(id: $id) { deadline nextClock { kind dueAt } } }', { id: approved });
    expect(Date.parse(view.data.hazard.deadline)).toBeGreaterThan(Date.now() + 60_000);
  });

  it('raises StandbyCheckMissed when no check comes, and IllegalResumptionSuspected at once when production is seen', async () => {
    const id = await listedHazard(300);
    await command(stack, supervisor, 'suspendOperations', {
      hazardId: id,
      scope: 'FULL',
      reason: '无法保证安全',
      monitors: [{ name: '张盯守' }],
      checkInterval: 'PT2S',
    });
    await waitFor(async () => (await events(id)).some((e) => e.type === 'StandbyCheckMissed'), 'a missed standby check', 15_000);

    const before = Date.now();
    const checked = await command(stack, supervisor, 'recordStandbyCheck', { hazardId: id, monitor: '张盯守', productionObserved: true, note: '夜间发现设备运转' });
    expect(checked.escalationLevel).toBe(2);
    const history = await events(id);
    const tail = history.slice(-3).map((e) => e.type);
    expect(tail).toEqual(['StandbyCheckRecorded', 'IllegalResumptionSuspected', 'Escalated']);
    expect(Date.parse(history[history.length - 1].recordedAt as string)).toBeLessThan(before + 2_000);
  });

  it('fires a clock that came due while the worker was down, once, after it restarts', async () => {
    const id = await listedHazard(4);
    await command(stack, supervisor, 'superviseHazard', { hazardId: id, plan: samplePlan });
    await stack.stopWorker();
    await sleep(6_000);
    expect((await events(id)).map((e) => e.type)).not.toContain('DeadlineMissed');
    await stack.startWorker();
    await waitFor(async () => (await events(id)).some((e) => e.type === 'DeadlineMissed'), 'the missed deadline after restart', 20_000);
    await sleep(2_000);
    const history = await events(id);
    expect(history.filter((e) => e.type === 'DeadlineMissed')).toHaveLength(1);
    expect(history.filter((e) => e.type === 'DeadlineApproaching')).toHaveLength(1);
  });

  it('delivers signed webhooks, retries after a 500, and records every attempt', async () => {
    const secret = 'webhook-secret-0123456789';
    const received: { body: string; signature: string; attempt: string }[] = [];
    let failuresLeft = 1;
    const server: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ body, signature: String(req.headers['x-hazard-signature']), attempt: String(req.headers['x-hazard-delivery-attempt']) });
        if (failuresLeft > 0) {
          failuresLeft--;
          res.writeHead(500).end('try again');
        } else {
          res.writeHead(204).end();
        }
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
      const created = await stack.gql(
        office,
        'mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { id active filter { eventTypes } } }',
        { input: { url, secret, filter: { eventTypes: ['DeadlineMissed'], regionCodes: ['PJ-GX'] } } },
      );
      const subscriptionId = created.data.createWebhookSubscription.id;
      const outside = await listedHazard(2, { regionCode: '211102' });
      const id = await listedHazard(2, { regionCode: 'PJ-GX' });

      await waitFor(async () => received.length >= 2 && received, 'a retried delivery', 30_000);
      const [first, second] = received;
      expect(first.body).toBe(second.body);
      expect([first.attempt, second.attempt]).toEqual(['1', '2']);
      const payload = JSON.parse(second.body);
      expect(payload).toMatchObject({ hazardId: id, type: 'DeadlineMissed' });
      const [t, v1] = second.signature.split(',').map((p) => p.split('=')[1]);
      expect(v1).toBe(createHmac('sha256', secret).update(`${t}.${second.body}`).digest('hex'));
      expect(Math.abs(Date.now() / 1000 - Number(t))).toBeLessThan(60);
      await sleep(1_000);
      expect(received.map((r) => JSON.parse(r.body).hazardId)).not.toContain(outside);

      const attempts = await stack.gql(office, 'query($id: ID!) { webhookDeliveries(subscriptionId: $id) { attempt statusCode succeeded } }', {
        id: subscriptionId,
      });
      expect(attempts.data.webhookDeliveries).toEqual([
        { attempt: 2, statusCode: 204, succeeded: true },
        { attempt: 1, statusCode: 500, succeeded: false },
      ]);
      expect(codeOf(await stack.gql(supervisor, '{ webhookSubscriptions { id } }'))).toBe('FORBIDDEN');
    } finally {
      server.close();
    }
  });

  it('recommends closure on the third fine within 180 days for an enterprise with a major hazard', async () => {
    const enterprise = { enterpriseName: '盘锦某屡罚企业', enterpriseCreditCode: '91211100MA0Q7K3L23' };
    const a = await listedHazard(600, enterprise);
    const b = await listedHazard(600, enterprise);
    await command(stack, supervisor, 'recordEnforcement', { hazardId: a, kind: 'FINE', amount: 10000 });
    await command(stack, supervisor, 'recordEnforcement', { hazardId: b, kind: 'FINE', amount: 20000 });
    expect((await events(b)).map((e) => e.type)).not.toContain('ClosureRecommended');
    const third = await mutate(stack, supervisor, 'recordEnforcement', { hazardId: a, kind: 'FINE', amount: 30000 });
    expect(third.errors).toBeUndefined();
    const history = await events(a);
    expect(history.slice(-2).map((e) => e.type)).toEqual(['EnforcementRecorded', 'ClosureRecommended']);
    expect(history[history.length - 1].data).toMatchObject({ finesWithin180Days: 3 });
  });

  it('lets only the committee office change policies, and refuses a malformed one', async () => {
    const bad = await stack.gql(office, 'mutation($input: SaveEscalationPolicyInput!) { saveEscalationPolicy(input: $input) { id } }', {
      input: { id: 'broken', name: 'x', rules: { ...FAST_RULES, listWithin: 'soon' } },
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const denied = await stack.gql(supervisor, 'mutation($input: SaveEscalationPolicyInput!) { saveEscalationPolicy(input: $input) { id } }', {
      input: { id: 'fast', name: 'x', rules: FAST_RULES },
    });
    expect(codeOf(denied)).toBe('FORBIDDEN');
    const v2 = await saveFastPolicy(stack, office, 'fast', { ...FAST_RULES, remindBefore: 'PT1S' });
    expect(v2.version).toBe(2);
    const versions = await stack.gql(supervisor, '{ escalationPolicyVersions(id: "fast") { version rules { remindBefore } } }');
    expect(versions.data.escalationPolicyVersions).toEqual([
      { version: 2, rules: { remindBefore: 'PT1S' } },
      { version: 1, rules: { remindBefore: 'PT2S' } },
    ]);
    const listedUnderV1 = (await historyOf(stack, auditor, await listedHazard(600)))[1];
    expect(listedUnderV1.data.policy.version).toBe(2);
  });
});
