import { command, historyOf, inDays, mutate, sampleReport, samplePlan, verify, uploadEvidence } from './support/hazard-api';
import { type TestStack, codeOf, startStack } from './support/stack';

describe('idempotency keys and expected versions', () => {
  let stack: TestStack;
  let inspector: string;
  let supervisor: string;
  let auditor: string;

  beforeAll(async () => {
    // A short run, so these tests also cross continue-as-new.
    stack = await startStack({ env: { HAZARD_MAX_UPDATES_PER_RUN: '4' } });
    inspector = await stack.token({ sub: 'inspector', roles: ['INSPECTOR'] });
    supervisor = await stack.token({ sub: 'supervisor', roles: ['SUPERVISOR'] });
    auditor = await stack.token({ sub: 'auditor', roles: ['AUDITOR'] });
  });
  afterAll(() => stack?.close());

  const hazardsTitled = async (title: string) =>
    (await stack.database.db.selectFrom('hazards').select('id').where('title', '=', title).execute()).length;

  it('reports once for a key sent twice, and once for a key sent ten times at once', async () => {
    const first = await command(stack, inspector, 'reportHazard', sampleReport({ title: '重复上报-1', idempotencyKey: 'report-1' }));
    const second = await command(stack, inspector, 'reportHazard', sampleReport({ title: '重复上报-1', idempotencyKey: 'report-1' }));
    expect(second).toMatchObject({ id: first.id, code: first.code, version: 1 });
    expect(await hazardsTitled('重复上报-1')).toBe(1);

    const burst = await Promise.all(
      Array.from({ length: 10 }, () => mutate(stack, inspector, 'reportHazard', sampleReport({ title: '重复上报-10', idempotencyKey: 'report-10' }))),
    );
    const ids = new Set(burst.map((r) => r.data?.reportHazard.hazard.id));
    expect(burst.every((r) => r.errors === undefined)).toBe(true);
    expect(ids.size).toBe(1);
    expect(await hazardsTitled('重复上报-10')).toBe(1);
    const [id] = [...ids] as string[];
    expect((await historyOf(stack, auditor, id)).map((e) => e.type)).toEqual(['HazardReported']);
  });

  it('applies a command once for a key sent twice and ten times at once', async () => {
    const { id } = await command(stack, inspector, 'reportHazard', sampleReport());
    const list = { hazardId: id, listingLevel: 'CITY', supervisingUnit: '市安委办', deadline: inDays(30), idempotencyKey: 'list-1' };
    const a = await command(stack, supervisor, 'listHazard', list);
    const b = await command(stack, supervisor, 'listHazard', list);
    expect([a.version, b.version]).toEqual([2, 2]);

    await command(stack, supervisor, 'superviseHazard', { hazardId: id, plan: samplePlan });
    const burst = await Promise.all(
      Array.from({ length: 10 }, () => mutate(stack, inspector, 'reportProgress', { hazardId: id, percent: 30, note: '三成', idempotencyKey: 'progress-30' })),
    );
    expect(burst.map(codeOf)).toEqual(Array(10).fill(undefined));
    const history = await historyOf(stack, auditor, id);
    expect(history.map((e) => e.type)).toEqual(['HazardReported', 'HazardListed', 'HazardSupervised', 'ProgressReported']);
  });

  it('refuses a stale expectedVersion, and lets one of ten conflicting commands win', async () => {
    const { id } = await command(stack, inspector, 'reportHazard', sampleReport({ level: 'GENERAL' }));
    const stale = await mutate(stack, supervisor, 'listHazard', {
      hazardId: id,
      listingLevel: 'CITY',
      supervisingUnit: '市应急局',
      deadline: inDays(30),
      expectedVersion: 0,
    });
    expect(codeOf(stale)).toBe('VERSION_CONFLICT');
    expect(stale.errors?.[0].message).toMatch(/version 1/);

    const contenders = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        mutate(stack, supervisor, 'recordEnforcement', { hazardId: id, kind: 'FINE', amount: 1000 + i, expectedVersion: 1 }),
      ),
    );
    const codes = contenders.map(codeOf);
    expect(codes.filter((c) => c === undefined)).toHaveLength(1);
    expect(codes.filter((c) => c === 'VERSION_CONFLICT')).toHaveLength(9);
    const history = await historyOf(stack, auditor, id);
    expect(history.map((e) => e.type)).toEqual(['HazardReported', 'EnforcementRecorded']);
  });

  it('serialises concurrent commands on one hazard: ten different ones all apply, in some order', async () => {
    const { id } = await command(stack, inspector, 'reportHazard', sampleReport({ level: 'GENERAL' }));
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => mutate(stack, supervisor, 'recordEnforcement', { hazardId: id, kind: 'FINE', amount: 100 + i })),
    );
    expect(results.map(codeOf)).toEqual(Array(10).fill(undefined));
    const versions = results.map((r) => r.data!.recordEnforcement.hazard.version).sort((a, b) => a - b);
    expect(versions).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    await expect(verify(stack, auditor, id)).resolves.toMatchObject({ ok: true, eventCount: 11, matchesReadModel: true });
  });

  it('still applies a retried key once after continue-as-new and after the hazard closed', async () => {
    const { id } = await command(stack, inspector, 'reportHazard', sampleReport());
    await command(stack, supervisor, 'listHazard', { hazardId: id, listingLevel: 'CITY', supervisingUnit: '市安委办', deadline: inDays(30), idempotencyKey: 'old-key' });
    await command(stack, supervisor, 'superviseHazard', { hazardId: id, plan: samplePlan });
    for (let p = 10; p <= 70; p += 10) {
      await command(stack, inspector, 'reportProgress', { hazardId: id, percent: p, note: `进度${p}`, idempotencyKey: `p-${p}` });
    }
    // 10 commands with at most 4 per run: the workflow has continued as new at least twice.
    const runs: string[] = [];
    for await (const wf of stack.temporal.workflow.list({ query: `WorkflowId = 'hazard-${id}'` })) runs.push(wf.runId);
    expect(runs.length).toBeGreaterThanOrEqual(3);

    const retriedOld = await command(stack, supervisor, 'listHazard', {
      hazardId: id,
      listingLevel: 'CITY',
      supervisingUnit: '市安委办',
      deadline: inDays(30),
      idempotencyKey: 'old-key',
    });
    expect(retriedOld.status).toBe('SUPERVISED');
    await command(stack, inspector, 'reportProgress', { hazardId: id, percent: 10, note: '进度10', idempotencyKey: 'p-10' });
    expect((await historyOf(stack, auditor, id)).filter((e) => e.type === 'ProgressReported')).toHaveLength(7);

    await command(stack, inspector, 'submitRectification', { hazardId: id, summary: '完成', evidenceHashes: [await uploadEvidence(stack, inspector)] });
    const close = { hazardId: id, accepted: true, note: '验收合格', idempotencyKey: 'close', acceptance: { acceptedBy: '验收组', opinion: '整改到位', acceptedOn: '2026-12-03' } };
    const closed = await command(stack, supervisor, 'verifyRectification', close);
    expect(closed.status).toBe('RECTIFIED');
    await stack.temporal.workflow.getHandle(`hazard-${id}`).result();
    const again = await command(stack, supervisor, 'verifyRectification', close);
    expect(again).toMatchObject({ status: 'RECTIFIED', version: closed.version });
    const reopen = await mutate(stack, supervisor, 'reportProgress', { hazardId: id, percent: 5, note: '再次' });
    expect(codeOf(reopen)).toBe('INVALID_TRANSITION');
    await expect(verify(stack, auditor, id)).resolves.toMatchObject({ ok: true, matchesReadModel: true });
  });

  it('scopes keys to the caller: the same key from two people makes two hazards', async () => {
    const other = await stack.token({ sub: 'inspector-2', roles: ['INSPECTOR'] });
    const a = await command(stack, inspector, 'reportHazard', sampleReport({ title: '同键不同人', idempotencyKey: 'shared' }));
    const b = await command(stack, other, 'reportHazard', sampleReport({ title: '同键不同人', idempotencyKey: 'shared' }));
    expect(a.id).not.toBe(b.id);
  });
});
