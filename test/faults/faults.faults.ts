import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@hazard/config';
import { CommandDriver } from './driver';
import { ProcessStack } from '@hazard/devstack';
import { type Findings, checkInvariants, noFindings } from './invariants';
import { FAULT_RULES } from '../support/policies';

const LONG = process.env.FAULTS_LONG === '1';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();


/**
 * Breaks things on purpose and checks the promise after each scenario: every acknowledged
 * command is in the record exactly once, every due clock fired exactly once, every chain verifies.
 * `npm test` runs the short version; `npm run test:faults` the long one (FAULTS_LONG=1).
 */
describe(`faults (${LONG ? 'long' : 'short'} run): nothing accepted is ever lost`, () => {
  // FAULTS_LOCAL_APPEND=1 runs it against the local-activity append (HAZARD_LOCAL_APPEND), the candidate default.
  const stack = new ProcessStack({ maxUpdatesPerRun: 15, localAppend: process.env.FAULTS_LOCAL_APPEND === '1' });
  let driver: CommandDriver;
  let office: string;
  const hazards: string[] = [];
  const summary: Record<string, unknown>[] = [];

  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${office}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  async function hazard(extra: { policy?: boolean; deadlineSeconds?: number } = {}): Promise<string> {
    const report = await gql(
      'mutation($i: ReportHazardInput!) { reportHazard(input: $i) { hazard { id } } }',
      {
        i: {
          title: '故障注入测试隐患', description: '用于故障注入', level: 'GENERAL', sector: 'FIRE', regionCode: '211102',
          departmentCode: 'FIRE', enterpriseName: '测试企业', source: 'DEPARTMENT_INSPECTION',
        },
      },
    );
    const id = report.reportHazard.hazard.id as string;
    const deadline = extra.deadlineSeconds ? inSeconds(extra.deadlineSeconds) : inDays(60);
    await gql('mutation($i: ListHazardInput!) { listHazard(input: $i) { hazard { id } } }', {
      i: { hazardId: id, listingLevel: 'CITY', supervisingUnit: '市安委办', deadline, ...(extra.policy ? { policyId: 'fast' } : {}) },
    });
    await gql('mutation($i: SuperviseHazardInput!) { superviseHazard(input: $i) { hazard { id } } }', {
      i: { hazardId: id, plan: { responsibleUnit: '企业', responsiblePerson: '张', measures: '整改', fundingAmount: 1000, contingencyPlan: '巡检' } },
    });
    return id;
  }

  async function verified(scenario: string, extra: Record<string, unknown> = {}): Promise<Findings> {
    await driver.stop();
    await sleep(2_000);
    await stack.probe();
    let findings = await checkInvariants(stack, driver);
    for (let i = 0; i < 5 && (findings.missingWorkflows.length || findings.orphanWorkflows.length || findings.timersNotFired.length); i++) {
      await sleep(3_000);
      findings = await checkInvariants(stack, driver);
    }
    summary.push({ scenario, ...driver.counts(), ...extra, findings: Object.fromEntries(Object.entries(findings).map(([k, v]) => [k, Array.isArray(v) ? v.length : v])) });
    expect({ scenario, findings }).toEqual({ scenario, findings: noFindings() });
    driver.start(LONG ? 8 : 6, hazards);
    return findings;
  }

  beforeAll(async () => {
    await stack.start();
    office = await stack.token('fault-office', ['COMMITTEE_OFFICE']);
    await gql('mutation($i: SaveEscalationPolicyInput!) { saveEscalationPolicy(input: $i) { id } }', { i: { id: 'fast', name: 'faults', rules: FAULT_RULES } });
    for (let i = 0; i < (LONG ? 12 : 6); i++) hazards.push(await hazard());
    // Hazards whose clocks come due while things break.
    for (let i = 0; i < (LONG ? 6 : 3); i++) await hazard({ policy: true, deadlineSeconds: 20 + i * 15 });
    driver = new CommandDriver(stack.gatewayUrl, await stack.token('fault-client', ['COMMITTEE_OFFICE']), 'fault-client');
    driver.start(LONG ? 8 : 6, hazards);
  }, 180_000);

  afterAll(async () => {
    try {
      // A client loop stuck on a request that never answers must not keep the stack (and its servers) alive.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([driver?.stop(), new Promise((r) => (timer = setTimeout(r, 30_000)))]);
      clearTimeout(timer);
      const totals = { ...driver?.counts(), workerKills: stack.workerKills, injectedKills: stack.injectedKills, temporalRestarts: stack.temporalRestarts, postgresRestarts: stack.postgresRestarts, lostCommitAcks: stack.proxy?.lostCommitAcks };
      const out = join(projectRoot(), 'bench', 'results');
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, `faults-${LONG ? 'long' : 'short'}-latest.json`), JSON.stringify({ at: new Date().toISOString(), totals, scenarios: summary }, null, 2));
    } finally {
      await stack.close();
    }
  }, 120_000);

  it('survives the worker killed with SIGKILL at random moments and right after an append committed', async () => {
    const kills = LONG ? 20 : 3;
    for (let k = 0; k < kills; k++) {
      await sleep(800 + Math.random() * 1_500);
      stack.killWorker();
    }
    // The planted crash fires at random; keep it on until it has fired (enough times), within a bound.
    stack.setWorkerInjection('kill-after-append:0.1');
    const wanted = LONG ? 3 : 1;
    const until = Date.now() + 90_000;
    while (stack.injectedKills < wanted && Date.now() < until) await sleep(1_000);
    await sleep(2_000);
    stack.setWorkerInjection(null);
    await verified('worker kills', { kills, injected: stack.injectedKills });
    expect(stack.injectedKills).toBeGreaterThan(0);
  });

  it('survives the Temporal dev server stopped and restarted on its SQLite file', async () => {
    for (let i = 0; i < (LONG ? 3 : 1); i++) {
      await sleep(3_000);
      await stack.restartTemporal();
    }
    await sleep(3_000);
    await verified('temporal restarts');
  });

  it('survives Postgres stopped immediately and restarted', async () => {
    for (let i = 0; i < (LONG ? 3 : 1); i++) {
      await sleep(3_000);
      await stack.restartPostgres();
    }
    await sleep(3_000);
    await verified('postgres restarts');
  });

  it('survives the worker’s link to Postgres black-holed, reset, and its commit answers lost', async () => {
    await sleep(2_000);
    stack.proxy.mode = 'blackhole';
    await sleep(5_000);
    stack.proxy.reset();
    stack.proxy.mode = 'pass';
    await sleep(3_000);
    stack.proxy.reset();
    await sleep(2_000);
    stack.proxy.mode = 'lose-commit-ack';
    await sleep(LONG ? 15_000 : 6_000);
    stack.proxy.mode = 'pass';
    await sleep(3_000);
    await verified('network cuts', { lostCommitAcks: stack.proxy.lostCommitAcks });
    expect(stack.proxy.lostCommitAcks).toBeGreaterThan(0);
  });

  it('applies a key once: twice, ten at once, after a restart and after continue-as-new; one of ten conflicting commands wins', async () => {
    const target = hazards[0];
    const progress = (key: string) => driver.send(key, 'reportProgress', { hazardId: target, percent: 50, note: '幂等' });
    await progress('fault-client-twice');
    await progress('fault-client-twice');
    await Promise.all(Array.from({ length: 10 }, () => progress('fault-client-ten')));
    await progress('fault-client-restart');
    stack.killWorker();
    await sleep(500);
    await progress('fault-client-restart');
    // The busy hazards have continued as new many times by now (15 updates a run); an old key still applies once.
    await progress('fault-client-twice');
    const version = (await gql('query($id: ID!) { hazard(id: $id) { version } }', { id: hazards[1] })).hazard.version as number;
    const contenders = await Promise.all(
      Array.from({ length: 10 }, (_, i) => driver.send(`fault-client-conflict-${i}`, 'recordEnforcement', { hazardId: hazards[1], kind: 'WARNING', expectedVersion: version }, 0)),
    );
    // Clients keep writing to this hazard too; what matters is that at most one contender at that version won.
    expect(contenders.filter((c) => c.outcome === 'acknowledged').length).toBeLessThanOrEqual(1);
    expect(contenders.filter((c) => c.outcome === 'rejected').every((c) => c.code === 'VERSION_CONFLICT')).toBe(true);
    const runs: string[] = [];
    for await (const wf of stack.client.workflow.list({ query: `WorkflowId = 'hazard-${target}'` })) runs.push(wf.runId);
    expect(runs.length).toBeGreaterThanOrEqual(3);
    await verified('idempotency and conflicts', { runsOfBusiestHazard: runs.length });
  });
});
