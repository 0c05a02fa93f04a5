import { type TestStack, startStack } from './support/stack';
import { command, historyOf, inDays, sampleReport, samplePlan, verify, uploadEvidence } from './support/hazard-api';

describe('the hazard lifecycle through GraphQL, on a real Temporal dev server and Postgres', () => {
  let stack: TestStack;
  let inspector: string;
  let supervisor: string;
  let supervisor2: string;
  let auditor: string;

  beforeAll(async () => {
    stack = await startStack();
    inspector = await stack.token({ sub: 'inspector-li', name: '李检查', roles: ['INSPECTOR'] });
    supervisor = await stack.token({ sub: 'supervisor-wang', name: '王督办', roles: ['SUPERVISOR'] });
    supervisor2 = await stack.token({ sub: 'supervisor-zhao', name: '赵督办', roles: ['SUPERVISOR'] });
    auditor = await stack.token({ sub: 'auditor-chen', roles: ['AUDITOR'] });
  });
  afterAll(() => stack?.close());

  it('takes a MAJOR hazard from found to rectified, through a rejected submission, with a valid chain', async () => {
    const found = await command(stack, inspector, 'reportHazard', sampleReport());
    expect(found).toMatchObject({ status: 'FOUND', version: 1, level: 'MAJOR' });
    expect(found.code).toMatch(/^YH-211102-\d{4}-\d{5}$/);
    const id = found.id;

    const listed = await command(stack, supervisor, 'listHazard', {
      hazardId: id,
      listingLevel: 'CITY',
      supervisingUnit: '盘锦市安全生产委员会办公室',
      documentNumber: '盘安委办〔2026〕12号',
      signer: '刘主任',
      deadline: inDays(30),
    });
    expect(listed).toMatchObject({ status: 'LISTED', version: 2, listing: { listingLevel: 'CITY', documentNumber: '盘安委办〔2026〕12号' } });

    const supervised = await command(stack, supervisor, 'superviseHazard', { hazardId: id, plan: samplePlan });
    expect(supervised).toMatchObject({ status: 'SUPERVISED', version: 3 });

    await command(stack, inspector, 'reportProgress', { hazardId: id, percent: 60, note: '已更换8个探头中的5个' });
    const submitted = await command(stack, inspector, 'submitRectification', {
      hazardId: id,
      summary: '全部探头已更换，报警联调完成',
      evidenceHashes: [await uploadEvidence(stack, inspector)],
    });
    expect(submitted).toMatchObject({ status: 'SUPERVISED', pendingVerification: true, version: 5 });

    const rejected = await command(stack, supervisor, 'verifyRectification', { hazardId: id, accepted: false, note: '3号探头仍不报警' });
    expect(rejected).toMatchObject({ status: 'SUPERVISED', pendingVerification: false, version: 6 });

    // a listed major hazard is closed on evidence and an acceptance record, by its listing authority (README "The closed loop")
    await command(stack, inspector, 'submitRectification', { hazardId: id, summary: '3号探头已更换并复测', evidenceHashes: [await uploadEvidence(stack, inspector)] });
    const rectified = await command(stack, supervisor2, 'verifyRectification', {
      hazardId: id,
      accepted: true,
      note: '现场复核合格，同意销号',
      acceptance: { acceptedBy: '市应急局验收组', opinion: '探头全部更换并联调，整改到位', acceptedOn: '2026-12-03' },
    });
    expect(rectified).toMatchObject({ status: 'RECTIFIED', pendingVerification: false, version: 8, overdue: false });

    const history = await historyOf(stack, auditor, id);
    expect(history.map((e) => e.type)).toEqual([
      'HazardReported',
      'HazardListed',
      'HazardSupervised',
      'ProgressReported',
      'RectificationSubmitted',
      'RectificationRejected',
      'RectificationSubmitted',
      'RectificationVerified',
    ]);
    expect(history.map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(history[0].prevHash).toBe('0'.repeat(64));
    history.slice(1).forEach((e, i) => expect(e.prevHash).toBe(history[i].hash));
    expect(history.map((e) => e.actor)).toEqual([
      'inspector-li',
      'supervisor-wang',
      'supervisor-wang',
      'inspector-li',
      'inspector-li',
      'supervisor-wang',
      'inspector-li',
      'supervisor-zhao',
    ]);
    expect(history[0].data.title).toBe('储罐区可燃气体报警器失效');
    await expect(verify(stack, auditor, id)).resolves.toMatchObject({ ok: true, eventCount: 8, matchesReadModel: true });

    // The workflow of a closed hazard ends; nothing reopens it.
    const handle = stack.temporal.workflow.getHandle(`hazard-${id}`);
    await expect(handle.result()).resolves.toMatchObject({ status: 'RECTIFIED', version: 8 });
  });

  it('suspends operations, takes standby checks, resumes production after its review and closes after an accepted verification', async () => {
    const { id } = await command(stack, inspector, 'reportHazard', sampleReport({ sector: 'NON_COAL_MINES', enterpriseName: '盘山某采石场' }));
    await command(stack, supervisor, 'listHazard', { hazardId: id, listingLevel: 'CITY', supervisingUnit: '市应急管理局', deadline: inDays(10) });
    const suspended = await command(stack, supervisor, 'suspendOperations', {
      hazardId: id,
      scope: 'FULL',
      reason: '边坡存在垮塌危险，无法保证安全',
      monitors: [{ name: '张盯守', phone: '13800000000' }, { name: '周盯守' }],
      checkInterval: 'PT12H',
    });
    expect(suspended).toMatchObject({ status: 'SUSPENDED', suspension: { scope: 'FULL', monitors: [{ name: '张盯守' }, { name: '周盯守' }] } });
    await command(stack, inspector, 'recordStandbyCheck', { hazardId: id, monitor: '张盯守', productionObserved: false, note: '设备断电，大门贴封条' });
    const checked = await command(stack, inspector, 'recordStandbyCheck', { hazardId: id, monitor: '周盯守', productionObserved: false });
    expect(checked.suspension).toMatchObject({ checkCount: 2 });
    await command(stack, inspector, 'submitRectification', { hazardId: id, summary: '边坡已削坡减载并加固', evidenceHashes: [await uploadEvidence(stack, inspector)] });
    const resumed = await command(stack, supervisor2, 'resumeOperations', { hazardId: id, reviewedBy: '市应急局复产验收组', opinion: '边坡稳定，同意复产', reviewedOn: '2026-12-03' });
    expect(resumed).toMatchObject({ status: 'LISTED', pendingVerification: true });
    const rectified = await command(stack, supervisor, 'verifyRectification', {
      hazardId: id,
      accepted: true,
      note: '验收合格',
      acceptance: { acceptedBy: '市应急局验收组', opinion: '削坡减载到位', acceptedOn: '2026-12-03' },
    });
    expect(rectified).toMatchObject({ status: 'RECTIFIED' });
    const history = await historyOf(stack, auditor, id);
    expect(history.map((e) => e.type)).toEqual([
      'HazardReported',
      'HazardListed',
      'OperationsSuspended',
      'StandbyCheckRecorded',
      'StandbyCheckRecorded',
      'RectificationSubmitted',
      'OperationsResumed',
      'RectificationVerified',
    ]);
    expect(history[6].data).toMatchObject({ reviewedBy: '市应急局复产验收组', opinion: '边坡稳定，同意复产' });
    expect(history[7].data).toMatchObject({ resumedFromSuspension: false });
    await expect(verify(stack, auditor, id)).resolves.toMatchObject({ ok: true, eventCount: 8, matchesReadModel: true });
  });

  it('rectifies a GENERAL hazard on the spot', async () => {
    const { id } = await command(stack, inspector, 'reportHazard', sampleReport({ level: 'GENERAL', sector: 'FIRE', departmentCode: 'FIRE', title: '安全出口堵塞' }));
    const onSpot = await command(stack, inspector, 'rectifyOnSpot', { hazardId: id, summary: '当场清理杂物，出口畅通' });
    expect(onSpot).toMatchObject({ status: 'FOUND', pendingVerification: true });
    const rectified = await command(stack, supervisor, 'verifyRectification', { hazardId: id, accepted: true, note: '已复查' });
    expect(rectified).toMatchObject({ status: 'RECTIFIED', version: 3 });
  });
});
