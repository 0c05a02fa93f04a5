import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { findOrInstallTemporalCli } from '@hazard/devstack';
import { command, inDays, sampleReport, samplePlan } from '../support/hazard-api';
import { saveFastPolicy } from '../support/policies';
import { type TestStack, startStack } from '../support/stack';
import { waitFor } from '../support/wait';

/**
 * Records the histories of representative hazard workflows as replay fixtures
 * (`npm run record-histories`). The test suite replays them against the current workflow code,
 * so a change that would break running hazards fails CI. Re-record only on purpose: after a
 * change guarded by `patched()`, add new fixtures next to the old ones instead of replacing them.
 */
const OUT = join(__dirname, '..', 'fixtures', 'histories');
/** Names the new set after a `patched()` change (e.g. `HISTORY_PREFIX=one-command-path.`), so the old set stays. */
const PREFIX = process.env.HISTORY_PREFIX ?? '';
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

describe('record replay fixtures', () => {
  let stack: TestStack;
  let inspector: string;
  let supervisor: string;
  let supervisor2: string;
  let office: string;

  beforeAll(async () => {
    stack = await startStack({ env: { HAZARD_MAX_UPDATES_PER_RUN: '4' } });
    inspector = await stack.token({ sub: 'inspector', roles: ['INSPECTOR'] });
    supervisor = await stack.token({ sub: 'supervisor', roles: ['SUPERVISOR'] });
    supervisor2 = await stack.token({ sub: 'supervisor-2', roles: ['SUPERVISOR'] });
    office = await stack.token({ sub: 'office', roles: ['COMMITTEE_OFFICE'] });
    await saveFastPolicy(stack, office);
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(() => stack?.close());

  async function save(name: string, hazardId: string) {
    const runs: string[] = [];
    for await (const wf of stack.temporal.workflow.list({ query: `WorkflowId = 'hazard-${hazardId}'` })) runs.push(wf.runId);
    let n = 0;
    for (const runId of runs.reverse()) {
      // The CLI's JSON is the format Temporal's tools and Worker.runReplayHistories share.
      const json = execFileSync(
        findOrInstallTemporalCli(),
        ['workflow', 'show', '--workflow-id', `hazard-${hazardId}`, '--run-id', runId, '--output', 'json', '--address', process.env.TEST_TEMPORAL_ADDRESS as string],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      writeFileSync(join(OUT, `${PREFIX}${name}${runs.length > 1 ? `.run${++n}` : ''}.json`), json);
    }
    return runs.length;
  }

  it('records each lifecycle path, escalations, illegal resumption and continue-as-new', async () => {
    // MAJOR: found → listed → supervised → rejected → verified (closed)
    const major = (await command(stack, inspector, 'reportHazard', sampleReport())).id;
    await command(stack, supervisor, 'listHazard', { hazardId: major, listingLevel: 'CITY', supervisingUnit: '市安委办', deadline: inDays(30) });
    await command(stack, supervisor, 'superviseHazard', { hazardId: major, plan: samplePlan });
    await command(stack, inspector, 'submitRectification', { hazardId: major, summary: '完成' });
    await command(stack, supervisor, 'verifyRectification', { hazardId: major, accepted: false, note: '不合格' });

    // Suspended with standby checks, illegal resumption, then rectified
    const suspended = (await command(stack, inspector, 'reportHazard', sampleReport({ sector: 'NON_COAL_MINES' }))).id;
    await command(stack, supervisor, 'listHazard', { hazardId: suspended, listingLevel: 'COUNTY', supervisingUnit: '县应急局', deadline: inDays(30) });
    await command(stack, supervisor, 'suspendOperations', { hazardId: suspended, scope: 'FULL', reason: '停产', monitors: [{ name: '张盯守' }], checkInterval: 'PT12H' });
    await command(stack, inspector, 'recordStandbyCheck', { hazardId: suspended, monitor: '张盯守', productionObserved: true });
    await command(stack, inspector, 'submitRectification', { hazardId: suspended, summary: '已整改' });
    await command(stack, supervisor, 'verifyRectification', { hazardId: suspended, accepted: true, note: '同意复产' });
    await stack.temporal.workflow.getHandle(`hazard-${suspended}`).result();

    // GENERAL rectified on the spot
    const onSpot = (await command(stack, inspector, 'reportHazard', sampleReport({ level: 'GENERAL' }))).id;
    await command(stack, inspector, 'rectifyOnSpot', { hazardId: onSpot, summary: '当场整改' });
    await command(stack, supervisor, 'verifyRectification', { hazardId: onSpot, accepted: true, note: '复查' });
    await stack.temporal.workflow.getHandle(`hazard-${onSpot}`).result();

    // The whole ladder, an extension denied, then cancelled
    const ladder = (await command(stack, inspector, 'reportHazard', sampleReport())).id;
    await command(stack, supervisor, 'listHazard', { hazardId: ladder, listingLevel: 'CITY', supervisingUnit: '市安委办', deadline: inSeconds(5), policyId: 'fast' });
    await command(stack, inspector, 'requestDeadlineExtension', { hazardId: ladder, requestedDeadline: inDays(10), reason: '延期' });
    await command(stack, supervisor2, 'decideDeadlineExtension', { hazardId: ladder, approved: false });
    await command(stack, office, 'recordEnforcement', { hazardId: ladder, kind: 'FINE', amount: 20000 });
    await waitFor(
      async () => (await stack.gql(office, 'query($id: ID!) { hazard(id: $id) { escalationLevel } }', { id: ladder })).data.hazard.escalationLevel === 3,
      'escalation level 3',
      30_000,
    );
    await command(stack, office, 'cancelHazard', { hazardId: ladder, reason: '企业关闭' });
    await stack.temporal.workflow.getHandle(`hazard-${ladder}`).result();

    // A long-lived hazard across continue-as-new (4 updates per run)
    const longLived = (await command(stack, inspector, 'reportHazard', sampleReport({ level: 'GENERAL' }))).id;
    await command(stack, supervisor, 'superviseHazard', { hazardId: longLived, plan: samplePlan, deadline: inDays(60) });
    for (let p = 10; p <= 90; p += 10) await command(stack, inspector, 'reportProgress', { hazardId: longLived, percent: p, note: `${p}%` });

    const counts = {
      major: await save('major-rejected-open', major),
      suspended: await save('suspended-illegal-resumption-rectified', suspended),
      onSpot: await save('general-on-the-spot', onSpot),
      ladder: await save('escalation-ladder-cancelled', ladder),
      longLived: await save('continue-as-new', longLived),
    };
    expect(counts.longLived).toBeGreaterThanOrEqual(3);
    expect(counts.major).toBeGreaterThanOrEqual(1);
  });
});
