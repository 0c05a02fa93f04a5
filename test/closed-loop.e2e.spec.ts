import { command, historyOf, inDays, mutate, sampleReport, samplePlan, uploadEvidence } from './support/hazard-api';
import { type TestStack, codeOf, startStack } from './support/stack';
import { waitFor } from './support/wait';
import { FAST_RULES, saveFastPolicy } from './support/policies';

const ACCEPTANCE = { acceptedBy: '大洼区应急局验收组（王、李）', opinion: '报警器已更换并联调，整改到位，同意销号', acceptedOn: '2026-12-03' };

/** The major-hazard closed loop as the rules bind it, through GraphQL on the real services (README "The closed loop"). */
describe('the major-hazard closed loop: authority, evidence, suspension, corrections, penalties', () => {
  let stack: TestStack;
  let inspector: string;
  let county: string;
  let county2: string;
  let city: string;
  let office: string;
  /** A photo the server received (README "Evidence files"). */
  let EVIDENCE: string;

  beforeAll(async () => {
    stack = await startStack();
    inspector = await stack.token({ sub: 'dawa-inspector', name: '大洼区检查员', roles: ['INSPECTOR'], regions: ['211104'], departments: ['EMERGENCY'] });
    county = await stack.token({ sub: 'dawa-sup-1', name: '大洼区督办员甲', roles: ['SUPERVISOR'], regions: ['211104'], departments: ['EMERGENCY'] });
    county2 = await stack.token({ sub: 'dawa-sup-2', name: '大洼区督办员乙', roles: ['SUPERVISOR'], regions: ['211104'], departments: ['EMERGENCY'] });
    city = await stack.token({ sub: 'city-sup', name: '市应急局督办员', roles: ['SUPERVISOR'], regions: '*', departments: ['EMERGENCY'] });
    office = await stack.token({ sub: 'office', name: '市安委办', roles: ['COMMITTEE_OFFICE'] });
    EVIDENCE = await uploadEvidence(stack, inspector);
  });
  afterAll(() => stack?.close());

  const report = (overrides: Record<string, unknown> = {}) => command(stack, inspector, 'reportHazard', sampleReport({ regionCode: '211104', ...overrides }));
  const typesOf = async (id: string) => (await historyOf(stack, office, id)).map((e) => e.type);

  it('binds a listing’s level to the lister’s authority, and refusals write nothing', async () => {
    const { id } = await report();
    const list = (token: string, listingLevel: string, documentNumber: string | null = '大洼安委办〔2026〕5号') =>
      mutate(stack, token, 'listHazard', { hazardId: id, listingLevel, supervisingUnit: '大洼区安委办', documentNumber, deadline: inDays(30) });
    expect(codeOf(await list(county, 'PROVINCE'))).toBe('FORBIDDEN');
    expect(codeOf(await list(county, 'CITY'))).toBe('FORBIDDEN');
    expect(codeOf(await list(city, 'COUNTY'))).toBe('FORBIDDEN');
    expect(codeOf(await list(office, 'PROVINCE', null))).toBe('BAD_USER_INPUT');
    expect(await typesOf(id)).toEqual(['HazardReported']);
    const listed = await list(county, 'COUNTY');
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.listHazard.hazard.listing).toMatchObject({ listingLevel: 'COUNTY' });

    // the committee office records a provincial listing from the province's document
    const other = await report();
    expect((await mutate(stack, office, 'listHazard', { hazardId: other.id, listingLevel: 'PROVINCE', supervisingUnit: '省安委办', documentNumber: '辽安委办〔2026〕3号', deadline: inDays(30) })).errors).toBeUndefined();
  });

  it('closes a listed major hazard only by its listing authority, on evidence and an acceptance record, four-eyes', async () => {
    const { id } = await report();
    await command(stack, county, 'listHazard', { hazardId: id, listingLevel: 'COUNTY', supervisingUnit: '大洼区安委办', documentNumber: '大洼安委办〔2026〕6号', deadline: inDays(30) });
    await command(stack, county, 'superviseHazard', { hazardId: id, plan: samplePlan });
    await command(stack, inspector, 'submitRectification', { hazardId: id, summary: '已整改，未附照片' });
    const verify = (token: string, extra: Record<string, unknown> = {}) => mutate(stack, token, 'verifyRectification', { hazardId: id, accepted: true, note: '复核', ...extra });
    expect(codeOf(await verify(county2, { acceptance: ACCEPTANCE }))).toBe('INVALID_TRANSITION');
    await command(stack, county2, 'verifyRectification', { hazardId: id, accepted: false, note: '无整改证据，退回' });
    await command(stack, inspector, 'submitRectification', { hazardId: id, summary: '已整改，附验收照片', evidenceHashes: [EVIDENCE] });
    const before = await typesOf(id);
    expect(codeOf(await verify(county2))).toBe('BAD_USER_INPUT');
    expect(codeOf(await verify(city, { acceptance: ACCEPTANCE }))).toBe('FORBIDDEN');
    expect(codeOf(await verify(inspector, { acceptance: ACCEPTANCE }))).toBe('FORBIDDEN');
    expect(await typesOf(id)).toEqual(before);
    const closed = await verify(county2, { acceptance: ACCEPTANCE });
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.verifyRectification.hazard.status).toBe('RECTIFIED');
    const history = await historyOf(stack, office, id);
    expect(history.at(-1)).toMatchObject({ type: 'RectificationVerified', data: { acceptance: ACCEPTANCE } });
    const shown = await stack.gql(office, 'query($id: ID!) { hazard(id: $id) { acceptance { acceptedBy opinion acceptedOn } } }', { id });
    expect(shown.data.hazard.acceptance).toEqual(ACCEPTANCE);
  });

  it('suspends at discovery, rotates the roster, and resumes production only after its review (复产验收)', async () => {
    const { id } = await report();
    await command(stack, county, 'suspendOperations', { hazardId: id, scope: 'FULL', reason: '无法保证安全，责令停产', monitors: [{ name: '张盯守' }], checkInterval: 'PT24H' });
    await command(stack, county2, 'rotateStandbyMonitors', { hazardId: id, monitors: [{ name: '刘盯守', phone: '13900000001' }], reason: '轮班' });
    expect(codeOf(await mutate(stack, inspector, 'recordStandbyCheck', { hazardId: id, monitor: '张盯守', productionObserved: false }))).toBe('BAD_USER_INPUT');
    await command(stack, inspector, 'recordStandbyCheck', { hazardId: id, monitor: '刘盯守', productionObserved: false });
    await command(stack, inspector, 'submitRectification', { hazardId: id, summary: '已整改', evidenceHashes: [EVIDENCE] });
    // resumption is refused before its review; the reviewer is not the submitter
    expect(codeOf(await mutate(stack, county2, 'verifyRectification', { hazardId: id, accepted: true, note: '合格' }))).toBe('INVALID_TRANSITION');
    const review = { hazardId: id, reviewedBy: '大洼区复产验收组', opinion: '整改到位，同意复产', reviewedOn: '2026-12-03' };
    expect(codeOf(await mutate(stack, inspector, 'resumeOperations', review))).toBe('FORBIDDEN');
    const resumed = await command(stack, county2, 'resumeOperations', review);
    expect(resumed.status).toBe('FOUND');
    const shown = await stack.gql(office, 'query($id: ID!) { hazard(id: $id) { suspendedHours suspension { resumedAt resumption { opinion } rotations { reason by { name } previous { name } } } } }', { id });
    expect(shown.data.hazard.suspension).toMatchObject({ resumption: { opinion: '整改到位，同意复产' }, rotations: [{ reason: '轮班', by: { name: '大洼区督办员乙' }, previous: [{ name: '张盯守' }] }] });
    expect(shown.data.hazard.suspendedHours).toBeGreaterThanOrEqual(0);
    expect(await typesOf(id)).toEqual(['HazardReported', 'OperationsSuspended', 'StandbyMonitorsRotated', 'StandbyCheckRecorded', 'RectificationSubmitted', 'OperationsResumed']);
  });

  it('corrects a record without losing it: a re-grade approved by a second person, a transfer, an amended enterprise, and the report follows', async () => {
    const { id } = await report({ level: 'GENERAL', enterpriseName: '盘锦错名公司' });
    await command(stack, county, 'requestRegrade', { hazardId: id, level: 'MAJOR', reason: '复核为重大事故隐患' });
    expect(codeOf(await mutate(stack, county, 'decideRegrade', { hazardId: id, approved: true }))).toBe('FORBIDDEN');
    expect((await command(stack, county2, 'decideRegrade', { hazardId: id, approved: true, note: '同意' })).level).toBe('MAJOR');
    const moved = await command(stack, city, 'transferHazard', { hazardId: id, regionCode: '211103', reason: '属地核实为兴隆台区' });
    expect(moved.regionCode).toBe('211103');
    // the district that had it acts no more there
    expect(codeOf(await mutate(stack, county, 'amendEnterprise', { hazardId: id, enterpriseName: '盘锦正名有限公司', reason: '以执照为准' }))).toBe('NOT_FOUND');
    expect(codeOf(await mutate(stack, county, 'transferHazard', { hazardId: (await report()).id, regionCode: '211103', reason: '出辖区' }))).toBe('FORBIDDEN');
    await command(stack, city, 'amendEnterprise', { hazardId: id, enterpriseName: '盘锦正名有限公司', enterpriseCreditCode: '91211100MA0QX7KB3B', reason: '以营业执照为准' });
    const history = await historyOf(stack, office, id);
    expect(history.filter((e) => e.type !== 'HazardReported').map((e) => [e.type, e.data])).toEqual([
      ['RegradeRequested', { from: 'GENERAL', to: 'MAJOR', reason: '复核为重大事故隐患' }],
      ['HazardRegraded', { from: 'GENERAL', to: 'MAJOR', reason: '复核为重大事故隐患', requestedBy: 'dawa-sup-1', note: '同意' }],
      ['HazardTransferred', { from: { regionCode: '211104', departmentCode: 'EMERGENCY' }, to: { regionCode: '211103', departmentCode: 'EMERGENCY' }, reason: '属地核实为兴隆台区' }],
      [
        'EnterpriseAmended',
        {
          before: { enterpriseName: '盘锦错名公司', enterpriseCreditCode: null },
          after: { enterpriseName: '盘锦正名有限公司', enterpriseCreditCode: '91211100MA0QX7KB3B' },
          reason: '以营业执照为准',
        },
      ],
    ]);
    // the read model and the reports follow (today's list, as it stands)
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const period = await stack.gql(city, 'query($d: String!) { periodReport(from: $d, to: $d, departmentCode: "EMERGENCY") { attachment1 { hazardId region level enterpriseName creditCode } } }', { d: today });
    expect(period.errors).toBeUndefined();
    expect(period.data.periodReport.attachment1.find((r: any) => r.hazardId === id)).toEqual({
      hazardId: id, region: '兴隆台区', level: '重大', enterpriseName: '盘锦正名有限公司', creditCode: '91211100MA0QX7KB3B',
    });
  });

  it('asks for progress on the plan’s cadence and raises a missed report like any other clock, once per interval', async () => {
    const { id } = await report();
    await command(stack, county, 'listHazard', { hazardId: id, listingLevel: 'COUNTY', supervisingUnit: '大洼区安委办', documentNumber: '大洼安委办〔2026〕9号', deadline: inDays(30) });
    await command(stack, county, 'superviseHazard', { hazardId: id, plan: { ...samplePlan, progressEvery: 'PT3S' } });
    const missed = async () => (await historyOf(stack, office, id)).filter((e) => e.type === 'ProgressReportMissed');
    await waitFor(async () => ((await missed()).length >= 1 ? true : undefined), 'the missed progress report to raise its alarm', 20_000);
    const [first] = await missed();
    expect(first.data).toMatchObject({ progressEvery: 'PT3S', lastProgressAt: null });
    // a report restarts the clock
    await command(stack, inspector, 'reportProgress', { hazardId: id, percent: 30, note: '三成' });
    const shown = await stack.gql(office, 'query($id: ID!) { hazard(id: $id) { lastProgressAt plan { progressEvery } nextClock { kind dueAt } } }', { id });
    expect(shown.data.hazard.plan.progressEvery).toBe('PT3S');
    expect(shown.data.hazard.nextClock).toMatchObject({ kind: 'PROGRESS_MISSED' });
    expect(Date.parse(shown.data.hazard.nextClock.dueAt)).toBe(Date.parse(shown.data.hazard.lastProgressAt) + 3_000);
    expect(codeOf(await mutate(stack, county, 'superviseHazard', { hazardId: (await report({ level: 'GENERAL' })).id, plan: { ...samplePlan, progressEvery: 'weekly' }, deadline: inDays(10) }))).toBe('BAD_USER_INPUT');
  });

  it('puts a 督办函, a 约谈 and a raised listing on the record; an act a step requires and nobody records is overdue itself', async () => {
    await saveFastPolicy(stack, office, 'acts', {
      ...FAST_RULES,
      ladder: [
        { level: 1, after: 'PT1S', notify: 'DEPARTMENT_HEAD', action: '下发督办函', requires: 'SUPERVISION_LETTER', actWithin: 'PT2S' },
        { level: 2, after: 'PT60S', notify: 'COMMITTEE_OFFICE', action: '约谈企业负责人', requires: 'INTERVIEW', actWithin: 'PT60S' },
        { level: 3, after: 'PT120S', notify: 'COMMITTEE_OFFICE', action: '提级挂牌' },
      ],
    });
    const { id } = await report();
    await command(stack, county, 'listHazard', { hazardId: id, listingLevel: 'COUNTY', supervisingUnit: '大洼区安委办', deadline: new Date(Date.now() + 3_000).toISOString(), policyId: 'acts' });
    await waitFor(async () => ((await typesOf(id)).includes('RequiredActOverdue') ? true : undefined), 'the required 督办函 to be overdue', 30_000);
    const overdue = (await historyOf(stack, office, id)).find((e) => e.type === 'RequiredActOverdue');
    expect(overdue?.data).toMatchObject({ level: 1, act: 'SUPERVISION_LETTER' });
    // the acts, on the record
    await command(stack, county, 'issueSupervisionLetter', { hazardId: id, documentNumber: '大洼安委办督〔2026〕2号', addressee: '盘锦某石化有限公司' });
    await command(stack, county2, 'recordInterview', { hazardId: id, interviewee: '企业主要负责人张某', heldAt: new Date(Date.now() - 60_000).toISOString(), minutes: '责令十日内完成整改' });
    expect(codeOf(await mutate(stack, county, 'raiseListingLevel', { hazardId: id, listingLevel: 'CITY', documentNumber: '盘安委办〔2026〕31号' }))).toBe('FORBIDDEN');
    const raised = await command(stack, city, 'raiseListingLevel', { hazardId: id, listingLevel: 'CITY', documentNumber: '盘安委办〔2026〕31号' });
    expect(raised.listing).toMatchObject({ listingLevel: 'CITY', documentNumber: '盘安委办〔2026〕31号' });
    const shown = await stack.gql(office, 'query($id: ID!) { hazard(id: $id) { acts { act reference by { name } } requiredActs { level act doneAt overdueAt } } }', { id });
    expect(shown.data.hazard.acts).toEqual([
      { act: 'SUPERVISION_LETTER', reference: '大洼安委办督〔2026〕2号', by: { name: '大洼区督办员甲' } },
      { act: 'INTERVIEW', reference: '企业主要负责人张某', by: { name: '大洼区督办员乙' } },
      { act: 'RAISE_LISTING', reference: '盘安委办〔2026〕31号', by: { name: '市应急局督办员' } },
    ]);
    expect(shown.data.hazard.requiredActs[0]).toMatchObject({ level: 1, act: 'SUPERVISION_LETTER', overdueAt: expect.any(String) });
    // in the audit bundle too
    const bundle = await stack.gql(office, 'query($id: ID!) { hazardAuditBundle(id: $id) }', { id });
    expect(bundle.errors).toBeUndefined();
    const text = JSON.stringify(bundle.data.hazardAuditBundle);
    for (const type of ['SupervisionLetterIssued', 'InterviewHeld', 'ListingLevelRaised', 'RequiredActOverdue']) expect(text).toContain(type);
  });

  it('counts every penalty art. 113 names, one decision once across the enterprise’s hazards', async () => {
    const enterprise = { enterpriseName: '盘锦屡罚化工有限公司', enterpriseCreditCode: '91211100MA0QX7KB3B' };
    const a = await report(enterprise);
    const b = await report(enterprise);
    const penalise = (id: string, kind: string, decisionNumber: string) =>
      command(stack, county, 'recordEnforcement', { hazardId: id, kind, ...(kind === 'FINE' ? { amount: 20000 } : {}), decisionNumber });
    // one decision recorded on both hazards, and a warning: two penalties
    await penalise(a.id, 'FINE', '大洼应急罚〔2026〕1号');
    await penalise(b.id, 'FINE', '大洼应急罚〔2026〕1号');
    await penalise(b.id, 'WARNING', '大洼应急罚〔2026〕2号');
    const closure = async (id: string) => (await stack.gql(office, 'query($id: ID!) { hazard(id: $id) { closureRecommendedAt } }', { id })).data.hazard.closureRecommendedAt;
    expect(await closure(a.id)).toBeNull();
    expect(await closure(b.id)).toBeNull();
    // a third decision: the rule is met
    await penalise(a.id, 'SUSPENSION_FOR_RECTIFICATION', '大洼应急罚〔2026〕3号');
    expect(await closure(a.id)).not.toBeNull();
    const recommended = (await historyOf(stack, office, a.id)).find((e) => e.type === 'ClosureRecommended');
    expect(recommended?.data).toMatchObject({ finesWithin180Days: 3, decisions: ['大洼应急罚〔2026〕1号', '大洼应急罚〔2026〕2号', '大洼应急罚〔2026〕3号'] });
  });
});
