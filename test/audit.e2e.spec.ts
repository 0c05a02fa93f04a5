import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GENESIS_HASH, canonicalEventText, chainHash } from '@hazard/event-store';
import { projectRoot } from '@hazard/config';
import { adminQuery } from './support/database';
import { command, inDays, sampleReport, samplePlan } from './support/hazard-api';
import { type TestStack, codeOf, startStack } from './support/stack';
import { sleep } from './support/wait';

const run = promisify(execFile);

describe('auditors: history, as-of, verification, checkpoints, bundles', () => {
  let stack: TestStack;
  let inspector: string;
  let supervisor: string;
  let supervisor2: string;
  let auditor: string;

  beforeAll(async () => {
    stack = await startStack();
    inspector = await stack.token({ sub: 'insp-zhou', name: '周检查', roles: ['INSPECTOR'] });
    supervisor = await stack.token({ sub: 'sup-wu', name: '吴督办', roles: ['SUPERVISOR'] });
    supervisor2 = await stack.token({ sub: 'sup-zheng', name: '郑督办', roles: ['SUPERVISOR'] });
    auditor = await stack.token({ sub: 'auditor-qian', name: '钱审计', roles: ['AUDITOR'], regions: [], departments: [] });
  });
  afterAll(() => stack?.close());

  const sql = (text: string, params: unknown[] = []) => adminQuery(text, params, stack.database.name);
  /** A superuser session with the append-only trigger off: what an insider with database access could do. */
  const tamper = (statements: string) => sql(`begin; set local session_replication_role = replica; ${statements}; commit;`);

  async function verify(id: string) {
    const res = await stack.gql(
      auditor,
      'query($id: ID!) { verifyHazardHistory(id: $id) { ok eventCount firstBadVersion headHash matchesReadModel matchesCheckpoint matchesWorkflow checkpointId reasons } }',
      { id },
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.verifyHazardHistory;
  }

  async function supervisedHazard(title: string, foundAt?: string): Promise<string> {
    const { id } = await command(stack, inspector, 'reportHazard', sampleReport({ title, ...(foundAt ? { foundAt } : {}) }));
    await command(stack, supervisor, 'listHazard', { hazardId: id, listingLevel: 'CITY', supervisingUnit: '市安委办', deadline: inDays(30) });
    await command(stack, supervisor, 'superviseHazard', { hazardId: id, plan: samplePlan });
    await command(stack, inspector, 'reportProgress', { hazardId: id, percent: 30, note: '三成' });
    await command(stack, inspector, 'reportProgress', { hazardId: id, percent: 60, note: '六成' });
    return id;
  }

  it('shows who did what, when it happened and when it was recorded, and where the request came from', async () => {
    const { id } = await command(stack, inspector, 'reportHazard', sampleReport({ title: '历史' }));
    const res = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${supervisor}`, 'x-request-id': 'req-42', 'user-agent': 'audit-test/1.0' },
      body: JSON.stringify({
        query: 'mutation($i: ListHazardInput!) { listHazard(input: $i) { hazard { version } } }',
        variables: { i: { hazardId: id, listingLevel: 'CITY', supervisingUnit: '市应急局', deadline: inDays(20), occurredAt: new Date(Date.now() - 3_600_000).toISOString() } },
      }),
    });
    expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
    const history = await stack.gql(auditor, 'query($id: ID!) { hazard(id: $id) { history { version actor actorName actorRoles occurredAt recordedAt metadata } } }', { id });
    const [reported, listed] = history.data.hazard.history;
    expect(reported).toMatchObject({ actor: 'insp-zhou', actorName: '周检查', actorRoles: ['INSPECTOR'] });
    expect(listed).toMatchObject({ actor: 'sup-wu', actorName: '吴督办', actorRoles: ['SUPERVISOR'] });
    expect(listed.metadata).toMatchObject({ requestId: 'req-42', userAgent: 'audit-test/1.0', clientAddress: expect.stringMatching(/127\.0\.0\.1/) });
    expect(Date.parse(listed.recordedAt) - Date.parse(listed.occurredAt)).toBeGreaterThan(3_500_000);
  });

  it('reconstructs the state at any moment: the old deadline before an extension was approved, the new one after', async () => {
    const id = await supervisedHazard('延期', new Date(Date.now() - 2 * 86_400_000).toISOString());
    const before = await command(stack, supervisor, 'requestDeadlineExtension', { hazardId: id, requestedDeadline: inDays(90), reason: '设备到货延迟' });
    await sleep(50);
    const between = new Date().toISOString();
    await sleep(50);
    const approved = await command(stack, supervisor2, 'decideDeadlineExtension', { hazardId: id, approved: true });
    const asOf = async (at: string) =>
      (await stack.gql(auditor, 'query($id: ID!, $at: DateTime!) { hazardAsOf(id: $id, at: $at) { deadline version status } }', { id, at })).data.hazardAsOf;
    expect(await asOf(between)).toMatchObject({ deadline: before.deadline, version: before.version });
    expect(await asOf(new Date().toISOString())).toMatchObject({ deadline: approved.deadline, version: approved.version });
    expect(approved.deadline).not.toBe(before.deadline);
    expect(await asOf('2000-01-01T00:00:00Z')).toBeNull();

    // By occurred time: a rectification finished on site yesterday, entered today.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    await command(stack, inspector, 'submitRectification', { hazardId: id, summary: '昨日完成', occurredAt: yesterday });
    const byOccurred = await stack.gql(
      auditor,
      'query($id: ID!, $at: DateTime!) { hazardAsOf(id: $id, at: $at, basis: OCCURRED) { pendingVerification } }',
      { id, at: new Date(Date.now() - 3_600_000).toISOString() },
    );
    expect(byOccurred.data.hazardAsOf.pendingVerification).toBe(true);
  });

  it('verifies an intact record against the chain, the read model, the live workflow and a signed checkpoint', async () => {
    const id = await supervisedHazard('完好');
    expect(await verify(id)).toMatchObject({ ok: true, eventCount: 5, firstBadVersion: null, matchesReadModel: true, matchesWorkflow: true });
    const made = await stack.gql(auditor, 'mutation { createAuditCheckpoint { id streamCount root signatureValid keyFingerprint } }');
    expect(made.errors).toBeUndefined();
    expect(made.data.createAuditCheckpoint).toMatchObject({ signatureValid: true, keyFingerprint: stack.signingKey.fingerprint });
    expect(await verify(id)).toMatchObject({ ok: true, matchesCheckpoint: true, checkpointId: made.data.createAuditCheckpoint.id });
    const proof = await stack.gql(auditor, 'query($id: ID!) { hazardInclusionProof(id: $id) { valid index treeSize head { version headHash } } }', { id });
    expect(proof.data.hazardInclusionProof).toMatchObject({ valid: true, head: { version: 5 } });
    expect(codeOf(await stack.gql(supervisor, 'mutation { createAuditCheckpoint { id } }'))).toBe('FORBIDDEN');
  });

  it('detects every kind of tampering, with the first bad version or a checkpoint mismatch', async () => {
    const names = ['data', 'metadata', 'metadata-column', 'swap', 'middle', 'tail', 'rewrite', 'read-model'] as const;
    const ids: Record<(typeof names)[number], string> = {} as never;
    for (const name of names) ids[name] = await supervisedHazard(`篡改-${name}`);
    const intact = await supervisedHazard('篡改-无');
    await stack.gql(auditor, 'mutation { createAuditCheckpoint { id } }');
    const stream = (id: string) => `hazard-${id}`;

    await tamper(`update events set canonical = replace(canonical, '六成', '九成') where stream_id = '${stream(ids.data)}' and version = 5`);
    await tamper(`update events set canonical = replace(canonical, '"sub":"sup-wu"', '"sub":"sup-zheng"') where stream_id = '${stream(ids.metadata)}' and version = 3`);
    await tamper(`update events set metadata = jsonb_set(metadata, '{actor,sub}', '"someone-else"') where stream_id = '${stream(ids['metadata-column'])}' and version = 2`);
    await tamper(`update events set version = 1000 where stream_id = '${stream(ids.swap)}' and version = 3;
      update events set version = 3 where stream_id = '${stream(ids.swap)}' and version = 4;
      update events set version = 4 where stream_id = '${stream(ids.swap)}' and version = 1000`);
    await tamper(`delete from events where stream_id = '${stream(ids.middle)}' and version = 3`);
    // The tail goes, and the stream head is set back to match: the chain alone cannot see it.
    await tamper(`delete from events where stream_id = '${stream(ids.tail)}' and version > 3;
      update streams set version = 3, head_hash = (select hash from events where stream_id = '${stream(ids.tail)}' and version = 3) where stream_id = '${stream(ids.tail)}'`);
    await rewriteWholeStream(stream(ids.rewrite));
    await tamper(`update hazards set state = jsonb_set(state, '{deadline}', '"2099-01-01T00:00:00.000Z"'), deadline = '2099-01-01' where id = '${ids['read-model']}'`);

    const results = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await verify(ids[n])] as const)));
    expect(results.data).toMatchObject({ ok: false, firstBadVersion: 5 });
    expect(results.metadata).toMatchObject({ ok: false, firstBadVersion: 3 });
    expect(results['metadata-column']).toMatchObject({ ok: false, firstBadVersion: 2 });
    expect(results.swap).toMatchObject({ ok: false, firstBadVersion: 3 });
    expect(results.middle).toMatchObject({ ok: false, firstBadVersion: 3 });
    expect(results.tail).toMatchObject({ ok: false, firstBadVersion: 4, matchesCheckpoint: false });
    expect(results.rewrite).toMatchObject({ ok: false, matchesCheckpoint: false, matchesReadModel: true });
    expect(results.rewrite.reasons.join(' ')).toMatch(/rewritten/);
    expect(results['read-model']).toMatchObject({ ok: false, matchesReadModel: false, firstBadVersion: null });
    expect(await verify(intact)).toMatchObject({ ok: true });

    // The CLI finds the same, names each bad hazard, and exits non-zero.
    const cli = await run(process.execPath, [join(projectRoot(), 'dist', 'scripts', 'audit.js'), 'verify', '--all', '--json'], {
      env: { ...process.env, DATABASE_URL: stack.database.url, AUDIT_PUBLIC_KEY: stack.signingKey.publicKeyPem },
    }).then(
      () => ({ code: 0, stdout: '' }),
      (err: { code: number; stdout: string }) => ({ code: err.code, stdout: err.stdout }),
    );
    expect(cli.code).toBe(1);
    const report = JSON.parse(cli.stdout) as { failures: { hazardId: string; firstBadVersion: number | null }[] };
    expect(report.failures.map((f) => f.hazardId).sort()).toEqual(Object.values(ids).sort());
    expect(report.failures.find((f) => f.hazardId === ids.middle)?.firstBadVersion).toBe(3);
  });

  it('exports a bundle that verifies offline, and rejects it with one byte changed', async () => {
    const id = await supervisedHazard('导出');
    await stack.gql(auditor, 'mutation { createAuditCheckpoint { id } }');
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    const file = join(dir, 'bundle.json');
    const audit = (...args: string[]) =>
      run(process.execPath, [join(projectRoot(), 'dist', 'scripts', 'audit.js'), ...args], {
        env: { ...process.env, DATABASE_URL: stack.database.url, AUDIT_PUBLIC_KEY: stack.signingKey.publicKeyPem },
      }).then(
        ({ stdout }) => ({ code: 0, stdout }),
        (err: { code: number; stdout: string }) => ({ code: err.code, stdout: err.stdout }),
      );
    expect((await audit('export', id, file)).code).toBe(0);
    // Offline: no database, no server.
    const offline = (f: string) =>
      run(process.execPath, [join(projectRoot(), 'dist', 'scripts', 'audit.js'), 'verify-bundle', f], { env: { PATH: process.env.PATH } }).then(
        ({ stdout }) => ({ code: 0, stdout }),
        (err: { code: number; stdout: string }) => ({ code: err.code, stdout: err.stdout }),
      );
    const good = await offline(file);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/all 5 events verify; the head at version 5 is in checkpoint/);
    expect(good.stdout).toContain(stack.signingKey.fingerprint);

    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('六成');
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, text.slice(0, at) + '七' + text.slice(at + 1));
    const bad = await offline(tampered);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/version 5: its content does not match its hash/);
  });

  it('rebuilds the read model from the events into exactly the live tables', async () => {
    await supervisedHazard('重建');
    const snapshot = async () => (await sql('select * from hazards order by id')).rows;
    const before = await snapshot();
    // Earlier tests tampered with some streams on purpose; leave only intact ones in the comparison.
    const { stdout } = await run(process.execPath, [join(projectRoot(), 'dist', 'scripts', 'projections.js'), 'rebuild'], {
      env: { ...process.env, DATABASE_URL: stack.database.url },
    });
    expect(stdout).toMatch(/rebuilt the hazards read model/);
    const after = await snapshot();
    const tamperedTitles = /^篡改-/;
    const comparable = (rows: any[]) => rows.filter((r) => !tamperedTitles.test(r.title));
    expect(comparable(after)).toEqual(comparable(before));
    expect(after.length).toBeGreaterThan(5);
  });

  async function rewriteWholeStream(streamId: string) {
    const { rows } = await sql('select version, canonical from events where stream_id = $1 order by version', [streamId]);
    let prev = GENESIS_HASH;
    const statements: string[] = [];
    for (const row of rows) {
      const event = JSON.parse(row.canonical);
      if (event.version === 4) event.data.note = '伪造的进度说明';
      const canonical = canonicalEventText(event);
      const hash = chainHash(prev, canonical);
      statements.push(
        `update events set canonical = '${canonical.replace(/'/g, "''")}', data = '${JSON.stringify(event.data).replace(/'/g, "''")}'::jsonb, prev_hash = '${prev}', hash = '${hash}' where stream_id = '${streamId}' and version = ${row.version}`,
      );
      prev = hash;
    }
    statements.push(`update streams set head_hash = '${prev}' where stream_id = '${streamId}'`);
    await tamper(statements.join(';\n'));
  }
});
