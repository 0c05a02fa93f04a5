import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type TestStack, codeOf, startStack } from './support/stack';

const INCIDENT = `id version level levelLabel rulesVersion rulesSource casualties { deaths injuries missing }
  reports { key kind dueAt filedAt late warnedAt missedAt } nextClock { clock kind at } closedAt`;

describe('incidents on the clock: the real workflow warns, then raises the alarm', () => {
  let stack: TestStack;
  let office: string;
  let duty: string;
  let dutyOut: string;
  let auditor: string;
  const run = `${Date.now()}`;
  const gql = (token: string, query: string, variables?: Record<string, unknown>) => stack.gql(token, query, variables);
  const mutate = (token: string, name: string, input: Record<string, unknown>) =>
    gql(token, `mutation($i: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $i) { ${INCIDENT} } }`, { i: input });
  const incident = async (id: string) => (await gql(duty, `query($id: ID!) { incident(id: $id) { ${INCIDENT} history { type actor } } }`, { id })).data.incident;
  const until = async <T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 30_000): Promise<T> => {
    const end = Date.now() + ms;
    for (;;) {
      const v = await read();
      if (ok(v) || Date.now() > end) return v;
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  beforeAll(async () => {
    stack = await startStack();
    office = await stack.token({ sub: 'office', roles: ['COMMITTEE_OFFICE'] });
    duty = await stack.token({ sub: 'duty', roles: ['SUPERVISOR'], regions: ['211103'], departments: ['EMERGENCY'] });
    dutyOut = await stack.token({ sub: 'duty-out', roles: ['SUPERVISOR'], regions: ['211104'], departments: ['EMERGENCY'] });
    auditor = await stack.token({ sub: 'aud', roles: ['AUDITOR'] });
  });
  afterAll(() => stack?.close());

  it('records an incident with the due times of the rules in force, and a missed report escalates on the real timer', async () => {
    const now = Date.now();
    const base = {
      title: '某化工企业储罐泄漏',
      level: 'ORDINARY',
      sector: 'HAZARDOUS_CHEMICALS',
      regionCode: '211103',
      departmentCode: 'EMERGENCY',
      place: '石化园区 3 号罐区',
      summary: '储罐法兰泄漏，1 人受伤',
      happenedAt: new Date(now - 30 * 60_000).toISOString(),
      receivedAt: new Date(now - 5_000).toISOString(),
      casualties: { injuries: 1 },
    };
    // With the default rules (Decree 493): the unit within 1 hour of the incident, passing on within 2 hours of receipt.
    const first = await mutate(duty, 'recordIncident', { ...base, incidentId: `inc-default-${run}` });
    expect(first.errors).toBeUndefined();
    expect(first.data.recordIncident).toMatchObject({ version: 1, levelLabel: '一般事故', rulesVersion: 0 });
    expect(first.data.recordIncident.reports.map((r: any) => [r.key, r.dueAt, r.filedAt !== null])).toEqual([
      ['unit_report', new Date(now - 30 * 60_000 + 3_600_000).toISOString(), true],
      ['pass_on', new Date(now - 5_000 + 7_200_000).toISOString(), false],
    ]);
    expect(codeOf(await mutate(dutyOut, 'recordIncident', { ...base, incidentId: `inc-x-${run}` }))).toBe('FORBIDDEN');
    const bad = await mutate(duty, 'recordIncident', { ...base, incidentId: `inc-bad-${run}`, receivedAt: new Date(now - 3_600_000).toISOString() });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'receivedAt' });
    expect(await incident(`inc-bad-${run}`)).toBeNull();

    // Rules in seconds, saved as a version naming its source (the office's; others are refused).
    const RULES = 'mutation($i: SaveIncidentReportingRulesInput!) { saveIncidentReportingRules(input: $i) { version source } }';
    const rules = { source: '测试用时限（秒级）', obligations: [{ kind: 'UNIT_REPORT', from: 'OCCURRED', within: 'PT1H' }, { kind: 'PASS_ON', from: 'RECEIVED', within: 'PT6S' }], casualtyWindowDays: 30, roadTrafficCasualtyWindowDays: 7, fireCasualtyWindowDays: 7, supplementaryWithin: 'PT20S', warnBefore: 'PT3S' };
    expect(codeOf(await gql(duty, RULES, { i: rules }))).toBe('FORBIDDEN');
    expect((await gql(office, RULES, { i: { ...rules, warnBefore: '2WD' } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'warnBefore' });
    expect((await gql(office, RULES, { i: rules })).data.saveIncidentReportingRules).toEqual({ version: 1, source: '测试用时限（秒级）' });

    // The alarm goes out like a hazard's escalation: to a webhook subscribed to it.
    const received: any[] = [];
    const server: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push(JSON.parse(body));
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const hook = await gql(office, 'mutation($i: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { id } }', {
      i: { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/duty`, secret: 'duty-desk-secret-0123', filter: { eventTypes: ['IncidentReportOverdue'], regionCodes: ['211103'] } },
    });
    expect(hook.errors).toBeUndefined();

    const id = `inc-fast-${run}`;
    const recorded = await mutate(duty, 'recordIncident', { ...base, incidentId: id, receivedAt: new Date().toISOString() });
    expect(recorded.data.recordIncident).toMatchObject({ rulesVersion: 1, nextClock: { clock: 'warn:pass_on', kind: 'WARN' } });
    const passOnDue = Date.parse(recorded.data.recordIncident.reports[1].dueAt);

    // The worker's workflow warns before the due time, then raises the alarm at it: nobody does anything.
    const alarmed = await until(() => incident(id), (i) => i.reports[1].missedAt !== null);
    const passOn = alarmed.reports[1];
    expect(passOn.warnedAt).not.toBeNull();
    expect(Date.parse(passOn.warnedAt)).toBeLessThan(passOnDue);
    expect(Date.parse(passOn.missedAt)).toBeGreaterThanOrEqual(passOnDue);
    expect(alarmed.history.map((e: any) => e.type)).toEqual(['IncidentRecorded', 'IncidentReportDueSoon', 'IncidentReportOverdue']);
    expect(alarmed.history.slice(1).map((e: any) => e.actor)).toEqual(['system', 'system']);
    expect((await gql(duty, '{ incidents(filter: { overdue: true }) { id } }')).data.incidents.map((i: any) => i.id)).toEqual([id]);
    const delivered = await until(async () => received, (r) => r.length > 0, 15_000);
    server.close();
    expect(delivered).toEqual([expect.objectContaining({ type: 'IncidentReportOverdue', streamId: `incident-${id}`, hazardId: null, data: expect.objectContaining({ key: 'pass_on' }) })]);

    // Filed late: recorded as late, the alarm stays in the record, nothing else fires.
    const filed = await mutate(duty, 'fileIncidentReport', { incidentId: id, key: 'pass_on', summary: '已电话报告市应急局值班室', recipient: '市应急管理局' });
    expect(filed.data.fileIncidentReport.reports[1]).toMatchObject({ late: true });
    expect(filed.data.fileIncidentReport.nextClock).toBeNull();

    // A casualty change inside the window opens a supplementary report, on its own clock; filing it in time stops it.
    const changed = await mutate(duty, 'reportCasualtyChange', { incidentId: id, deaths: 1, injuries: 0, missing: 0, note: '伤者抢救无效死亡' });
    expect(changed.data.reportCasualtyChange.reports.map((r: any) => r.key)).toEqual(['unit_report', 'pass_on', 'supplementary-1']);
    const supplementary = await mutate(duty, 'fileIncidentReport', { incidentId: id, key: 'supplementary-1', summary: '补报：死亡 1 人', recipient: '市应急管理局', idempotencyKey: 'supp-1' });
    expect(supplementary.data.fileIncidentReport.reports[2]).toMatchObject({ late: false, missedAt: null });
    await new Promise((r) => setTimeout(r, 5_000));
    const settled = await incident(id);
    expect(settled.reports[2]).toMatchObject({ warnedAt: null, missedAt: null });
    expect(settled.history.map((e: any) => e.type)).toEqual([
      'IncidentRecorded',
      'IncidentReportDueSoon',
      'IncidentReportOverdue',
      'IncidentReportFiled',
      'CasualtiesChanged',
      'SupplementaryReportOpened',
      'IncidentReportFiled',
    ]);
    expect(codeOf(await gql(dutyOut, `{ incident(id: "${id}") { id } }`))).toBe('NOT_FOUND');
    expect((await gql(auditor, `{ incident(id: "${id}") { casualties { deaths } } }`)).data.incident.casualties.deaths).toBe(1);
  });

  it('has one writer: concurrent commands and the clocks run one at a time in the incident workflow, none refused as a conflict', async () => {
    const now = Date.now();
    const id = `inc-one-writer-${run}`;
    const recorded = await mutate(duty, 'recordIncident', {
      incidentId: id,
      title: '某码头输油臂泄漏',
      level: 'ORDINARY',
      sector: 'HAZARDOUS_CHEMICALS',
      regionCode: '211103',
      departmentCode: 'EMERGENCY',
      place: '港区 2 号泊位',
      summary: '输油臂法兰渗漏',
      happenedAt: new Date(now - 10 * 60_000).toISOString(),
      receivedAt: new Date(now).toISOString(),
      casualties: { injuries: 0 },
      idempotencyKey: `one-writer-${run}`,
    });
    expect(recorded.errors).toBeUndefined();
    // Eight people's commands at once while the pass-on clock (seconds, from the rules saved above) comes due.
    const burst = await Promise.all(
      Array.from({ length: 8 }, (_, n) => mutate(duty, 'reportCasualtyChange', { incidentId: id, deaths: 0, injuries: n + 1, missing: 0, note: `第 ${n + 1} 次核实`, idempotencyKey: `burst-${run}-${n}` })),
    );
    expect(burst.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok')).toEqual(Array(8).fill('ok'));
    const settled = await until(() => incident(id), (i) => i.reports.some((r: any) => r.key === 'pass_on' && r.missedAt !== null));
    const types = settled.history.map((e: any) => e.type);
    expect(types.filter((t: string) => t === 'CasualtiesChanged')).toHaveLength(8);
    expect(types.filter((t: string) => t === 'IncidentReportOverdue').length).toBeGreaterThanOrEqual(1);
    // A retried command (same key) is answered, not applied again.
    const again = await mutate(duty, 'reportCasualtyChange', { incidentId: id, deaths: 0, injuries: 1, missing: 0, note: '第 1 次核实', idempotencyKey: `burst-${run}-0` });
    expect(again.errors).toBeUndefined();
    expect((await incident(id)).history).toHaveLength(settled.history.length);

    // What the server holds: every command went through the record workflow as an update (update-with-start).
    const updates: string[] = [];
    for await (const execution of stack.temporal.workflow.list({ query: `WorkflowId = "incident-clocks-${id}"` })) {
      const history = await stack.temporal.workflow.getHandle(execution.workflowId, execution.runId).fetchHistory();
      for (const event of history.events ?? []) {
        const accepted = event.workflowExecutionUpdateAcceptedEventAttributes;
        if (accepted?.acceptedRequest?.input?.name === 'recordCommand') updates.push(accepted.acceptedRequest.meta?.updateId ?? '');
      }
    }
    expect(updates).toEqual(expect.arrayContaining([`duty:one-writer-${run}`, ...Array.from({ length: 8 }, (_, n) => `duty:burst-${run}-${n}`)]));
  });
});
