import { type TestStack, codeOf, startStack } from './support/stack';

const OVERSIGHT = 'id kind version targetKind method leaderLed leader notices { kind } bodyName item { code } enterpriseName inspectors { name certificateNo } findings { kind description } history { type hash prevHash }';
const DRAW = 'id seed enterprisePool inspectorPool assignments { enterpriseId inspectorIds } unassigned capped reproduces';

describe('supervision and inspection kept apart, with reproducible random draws', () => {
  let stack: TestStack;
  let office: string;
  let enforcement: string;
  let inspector: string;
  let auditor: string;
  const run = Date.now();

  const gql = (token: string, query: string, variables?: Record<string, unknown>) => stack.gql(token, query, variables);
  const openInspection = (token: string, input: Record<string, unknown>) =>
    gql(token, `mutation($i: OpenInspectionInput!) { openInspection(input: $i) { ${OVERSIGHT} } }`, { i: input });
  const find = async (id: string) => (await gql(auditor, `query($id: ID!) { oversight(id: $id) { id version } }`, { id })).data.oversight;
  const inspection = (id: string, over: Record<string, unknown> = {}) => ({
    id,
    enforcementBodyCode: 'PJ-YJ-ZF',
    itemCode: 'YJ-001',
    enterprise: { name: '盘锦某化工有限公司', creditCode: '91211100MA0QX7KB3B', regionCode: '211103' },
    inspectors: [
      { name: '张执法', certificateNo: '21110001' },
      { name: '王执法', certificateNo: '21110002' },
    ],
    approvedBy: '李局长',
    approvalDocument: '盘应急检〔2026〕12号',
    ...over,
  });

  beforeAll(async () => {
    stack = await startStack();
    office = await stack.token({ sub: 'office', roles: ['COMMITTEE_OFFICE'] });
    enforcement = await stack.token({ sub: 'enf', roles: ['SUPERVISOR'], regions: ['211103'], departments: ['EMERGENCY'] });
    inspector = await stack.token({ sub: 'insp', roles: ['INSPECTOR'], regions: ['211103'], departments: ['EMERGENCY'] });
    auditor = await stack.token({ sub: 'aud', roles: ['AUDITOR'] });
    const saved = await gql(office, `mutation($i: SaveEnforcementBodyInput!) { saveEnforcementBody(input: $i) { code items { code } } }`, {
      i: { code: 'PJ-YJ-ZF', name: '盘锦市应急管理综合行政执法队', departmentCode: 'EMERGENCY', items: [{ code: 'YJ-001', name: '危险化学品企业安全生产条件检查' }], source: '行政检查事项清单（测试版）' },
    });
    expect(saved.errors).toBeUndefined();
  });
  afterAll(() => stack?.close());

  it('refuses a supervision aimed at an enterprise and writes nothing', async () => {
    const id = `sup-ent-${run}`;
    const res = await gql(office, `mutation($i: OpenSupervisionInput!) { openSupervision(input: $i) { id } }`, {
      i: { id, title: '两会专项督查', target: { kind: 'ENTERPRISE', code: 'E1', name: '某企业' }, method: 'COVERT', leaderLed: false },
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/行政检查/);
    expect(await find(id)).toBeNull();
  });

  it('runs a leader-led covert supervision of a district, with a finding and an interview, seen by the office and auditors only', async () => {
    const id = `sup-${run}`;
    const opened = await gql(office, `mutation($i: OpenSupervisionInput!) { openSupervision(input: $i) { ${OVERSIGHT} } }`, {
      i: { id, title: '两会专项督查', target: { kind: 'DISTRICT', code: '211103', name: '兴隆台区' }, method: 'FOUR_NOS_TWO_DIRECTS', leaderLed: true, leader: '王副市长' },
    });
    expect(opened.errors).toBeUndefined();
    expect(opened.data.openSupervision).toMatchObject({ kind: 'SUPERVISION', targetKind: 'DISTRICT', method: 'FOUR_NOS_TWO_DIRECTS', leaderLed: true });
    await gql(office, `mutation($i: RecordSupervisionFindingInput!) { recordSupervisionFinding(input: $i) { version } }`, { i: { id, description: '区级隐患排查台账未按月更新' } });
    const notice = await gql(office, `mutation($i: IssueSupervisionNoticeInput!) { issueSupervisionNotice(input: $i) { ${OVERSIGHT} } }`, {
      i: { id, kind: 'INTERVIEW', documentNumber: '盘安委办〔2026〕3号', note: '约谈区政府分管负责人' },
    });
    expect(notice.data.issueSupervisionNotice).toMatchObject({ version: 3, notices: [{ kind: 'INTERVIEW' }], findings: [{ description: '区级隐患排查台账未按月更新' }] });
    const h = notice.data.issueSupervisionNotice.history;
    expect(h[2].prevHash).toBe(h[1].hash);
    expect(codeOf(await gql(enforcement, `query($id: ID!) { oversight(id: $id) { id } }`, { id }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(enforcement, `mutation($i: OpenSupervisionInput!) { openSupervision(input: $i) { id } }`, {
      i: { id: `sup2-${run}`, title: 'x', target: { kind: 'DISTRICT', code: '211103', name: 'x' }, method: 'OPEN', leaderLed: false },
    }))).toBe('FORBIDDEN');
    expect((await find(id)).version).toBe(3);
  });

  it('refuses an inspection without two certified inspectors, a listed item or an enforcement body, and writes nothing', async () => {
    const id = `insp-bad-${run}`;
    const one = await openInspection(enforcement, inspection(id, { inspectors: [{ name: '张执法', certificateNo: '21110001' }] }));
    expect(codeOf(one)).toBe('BAD_USER_INPUT');
    expect(one.errors?.[0].extensions?.field).toBe('inspectors');
    const sameCertificate = await openInspection(enforcement, inspection(id, { inspectors: [{ name: '张执法', certificateNo: '21110001' }, { name: '张执法', certificateNo: '21110001' }] }));
    expect(sameCertificate.errors?.[0].extensions?.field).toBe('inspectors');
    expect((await openInspection(enforcement, inspection(id, { itemCode: 'YJ-404' }))).errors?.[0].extensions?.field).toBe('itemCode');
    expect((await openInspection(enforcement, inspection(id, { enforcementBodyCode: 'NOBODY' }))).errors?.[0].extensions?.field).toBe('enforcementBodyCode');
    expect(codeOf(await openInspection(inspector, inspection(id)))).toBe('FORBIDDEN');
    expect(await find(id)).toBeNull();
  });

  it('opens a proper inspection and records what it found', async () => {
    const id = `insp-${run}`;
    const opened = await openInspection(enforcement, inspection(id));
    expect(opened.errors).toBeUndefined();
    expect(opened.data.openInspection).toMatchObject({ kind: 'INSPECTION', bodyName: '盘锦市应急管理综合行政执法队', item: { code: 'YJ-001' }, inspectors: [{ certificateNo: '21110001' }, { certificateNo: '21110002' }] });
    const record = (i: Record<string, unknown>) =>
      gql(enforcement, `mutation($i: RecordInspectionFindingInput!) { recordInspectionFinding(input: $i) {
        inspection { version findings { kind description } } hazard { id level departmentCode regionCode source enterpriseName origin { kind reference } deadline overdue rectificationOrder { documentNumber deadline } nextClock { kind dueAt } } } }`, { i });
    const violation = await record({ id, kind: 'VIOLATION', description: '未按规定对重大危险源进行定期检测', hazard: { title: 'x', sector: 'HAZARDOUS_CHEMICALS' } });
    expect(codeOf(violation)).toBe('BAD_USER_INPUT');
    // The rectification order issued on the spot: its deadline becomes the hazard's, clocks included.
    const orderDeadline = new Date(Date.now() + 15 * 86_400_000).toISOString();
    const order = { documentNumber: '盘应急责改〔2026〕12号', deadline: orderDeadline };
    const tooEarly = await record({ id, kind: 'MAJOR_HAZARD', description: 'x', hazard: { title: 'x', sector: 'HAZARDOUS_CHEMICALS', rectificationOrder: { deadline: '2020-01-01T00:00:00Z' } } });
    expect(tooEarly.errors?.[0].extensions?.field).toBe('hazard[0].rectificationOrder.deadline');
    const found = await record({ id, kind: 'MAJOR_HAZARD', description: '液氯储罐区紧急切断装置失效', idempotencyKey: 'finding-1', hazard: { title: '紧急切断装置失效', sector: 'HAZARDOUS_CHEMICALS', location: '3 号罐区', rectificationOrder: order } });
    expect(found.errors).toBeUndefined();
    const started = found.data.recordInspectionFinding.hazard;
    expect(started.rectificationOrder).toEqual(order);
    expect(started.deadline).toBe(orderDeadline);
    expect(started.overdue).toBe(false);
    // A MAJOR hazard found: the listing clock and the order's reminder both run; whichever comes first is next.
    expect(['LISTING_OVERDUE', 'DEADLINE_APPROACHING']).toContain(started.nextClock.kind);
    expect(Date.parse(started.nextClock.dueAt)).toBeLessThan(Date.parse(orderDeadline));
    expect(found.data.recordInspectionFinding.inspection.findings).toEqual([{ kind: 'MAJOR_HAZARD', description: '液氯储罐区紧急切断装置失效' }]);
    expect(found.data.recordInspectionFinding.hazard).toMatchObject({
      level: 'MAJOR', departmentCode: 'EMERGENCY', regionCode: '211103', source: 'DEPARTMENT_INSPECTION', enterpriseName: '盘锦某化工有限公司',
      origin: { kind: 'INSPECTION', reference: `oversight-${id}@2` },
    });
    const retried = await record({ id, kind: 'MAJOR_HAZARD', description: '液氯储罐区紧急切断装置失效', idempotencyKey: 'finding-1', hazard: { title: '紧急切断装置失效', sector: 'HAZARDOUS_CHEMICALS', location: '3 号罐区', rectificationOrder: order } });
    expect(retried.data.recordInspectionFinding.hazard.id).toBe(found.data.recordInspectionFinding.hazard.id);
    expect(retried.data.recordInspectionFinding.inspection.version).toBe(2);
    const list = await gql(enforcement, '{ oversights { id kind } }');
    expect(list.data.oversights.map((o: any) => o.id)).toContain(id);
    expect(list.data.oversights.map((o: any) => o.kind)).not.toContain('SUPERVISION');
  });

  it('repeats a draw exactly from the same pools and seed, respects conflicts, and re-runs a recorded draw', async () => {
    const enterprises = Array.from({ length: 20 }, (_, i) => ({ id: `E${String(i).padStart(2, '0')}` }));
    const inspectors = Array.from({ length: 6 }, (_, i) => ({ id: `P${i}`, certificateNo: `2111000${i}` }));
    const conflicts = [{ inspectorId: 'P1', enterpriseId: 'E07' }];
    const draw = (id: string, e: unknown[], p: unknown[]) =>
      gql(enforcement, `mutation($i: RecordRandomDrawInput!) { recordRandomDraw(input: $i) { ${DRAW} } }`, {
        i: { id, title: '2026 年 3 月双随机抽查', bodyCode: 'PJ-YJ-ZF', seed: 'pj-2026-03', enterprises: e, inspectors: p, conflicts, count: 6 },
      });
    const a = await draw(`draw-a-${run}`, enterprises, inspectors);
    expect(a.errors).toBeUndefined();
    const b = await draw(`draw-b-${run}`, [...enterprises].reverse(), [...inspectors].reverse());
    expect(b.data.recordRandomDraw.assignments).toEqual(a.data.recordRandomDraw.assignments);
    expect(a.data.recordRandomDraw).toMatchObject({ seed: 'pj-2026-03', enterprisePool: 20, inspectorPool: 6, reproduces: true });
    expect(a.data.recordRandomDraw.assignments).toHaveLength(6);
    for (const x of a.data.recordRandomDraw.assignments) {
      expect(x.inspectorIds).toHaveLength(2);
      if (x.enterpriseId === 'E07') expect(x.inspectorIds).not.toContain('P1');
    }
    const again = await gql(auditor, `query($id: ID!) { randomDraw(id: $id) { ${DRAW} } }`, { id: `draw-a-${run}` });
    expect(again.data.randomDraw).toEqual(a.data.recordRandomDraw);
    expect(codeOf(await draw(`draw-a-${run}`, enterprises, inspectors))).toBe('INVALID_TRANSITION');
  });
});
