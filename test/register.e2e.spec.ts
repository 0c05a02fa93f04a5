import { uploadEvidence } from './support/hazard-api';
import { type TestStack, codeOf, startStack } from './support/stack';

const SOURCE = `id version name regionCode assessmentCount reassessmentDue vacantRoles overduePatrols
  assessment { standard isMajor s alpha r level population500m terms { name criticalQuantity beta } }
  responsiblePersons { role roleLabel name phone patrolOverdue lastPatrolAt }`;
const HISTORY = `history { version type commandId prevHash hash actor data }`;

const DAY = 86_400_000;

describe('the register of major hazard sources, through GraphQL on a real Postgres', () => {
  let stack: TestStack;
  let office: string;
  let supervisorIn: string;
  let supervisorOut: string;
  let inspector: string;
  let auditor: string;
  const id = `src-${Date.now()}`;
  let afterAssessment = '';

  const mutate = (token: string, name: string, input: Record<string, unknown>, fields = `${SOURCE} ${HISTORY}`) =>
    stack.gql(token, `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${fields} } }`, { input });
  const source = async (token: string, extra: Record<string, unknown> = {}) =>
    stack.gql(token, `query($id: ID!, $at: DateTime, $basis: AsOfBasis) { majorHazardSource(id: $id, at: $at, basis: $basis) { ${SOURCE} ${HISTORY} } }`, { id, ...extra });
  const historyLength = async () => (await source(auditor)).data.majorHazardSource.history.length;

  beforeAll(async () => {
    stack = await startStack();
    office = await stack.token({ sub: 'office', roles: ['COMMITTEE_OFFICE'] });
    supervisorIn = await stack.token({ sub: 'sup-in', roles: ['SUPERVISOR'], regions: ['211103'], departments: ['EMERGENCY'] });
    supervisorOut = await stack.token({ sub: 'sup-out', roles: ['SUPERVISOR'], regions: ['211104'], departments: ['EMERGENCY'] });
    inspector = await stack.token({ sub: 'insp', roles: ['INSPECTOR'], regions: ['211103'], departments: ['EMERGENCY'] });
    auditor = await stack.token({ sub: 'aud', roles: ['AUDITOR'] });
  });
  afterAll(() => stack?.close());

  it('registers a source and grades it by GB 18218-2018, keeping the snapshot', async () => {
    const reg = await mutate(supervisorIn, 'registerMajorHazardSource', {
      sourceId: id,
      name: '液氯储罐区',
      enterpriseName: '盘锦某化工有限公司',
      enterpriseCreditCode: '91211100MA0QX7KB3B',
      unitKind: 'STORAGE',
      location: '辽东湾新区石化园区 3 号罐区',
      regionCode: '211103',
      departmentCode: 'EMERGENCY',
    });
    expect(reg.errors).toBeUndefined();
    expect(reg.data.registerMajorHazardSource).toMatchObject({ version: 1, assessment: null, reassessmentDue: true, vacantRoles: ['PRINCIPAL', 'TECHNICAL', 'OPERATIONAL'] });

    const assessed = await mutate(supervisorIn, 'assessMajorHazardSource', { sourceId: id, expectedVersion: 1, population500m: 120, chemicals: [{ name: '液氯', quantityTonnes: 25 }] });
    expect(assessed.errors).toBeUndefined();
    expect(assessed.data.assessMajorHazardSource.assessment).toMatchObject({ standard: 'GB 18218-2018', isMajor: true, s: 5, alpha: 2, r: 40, level: 3, terms: [{ name: '氯', criticalQuantity: 5, beta: 4 }] });
    expect(assessed.data.assessMajorHazardSource.reassessmentDue).toBe(false);
    afterAssessment = new Date().toISOString();
  });

  it('refuses an unknown chemical with BAD_USER_INPUT and writes no snapshot', async () => {
    const before = await historyLength();
    const res = await mutate(supervisorIn, 'assessMajorHazardSource', { sourceId: id, population500m: 10, chemicals: [{ name: '独角兽粉末', quantityTonnes: 1 }] });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(await historyLength()).toBe(before);
    expect((await source(auditor)).data.majorHazardSource.assessmentCount).toBe(1);
  });

  it('keeps one active person per role: a second technical person is refused', async () => {
    const first = await mutate(supervisorIn, 'assignResponsiblePerson', { sourceId: id, role: 'TECHNICAL', name: '李工', phone: '13800000001', occurredAt: new Date(Date.now() - 100 * DAY).toISOString() });
    expect(first.errors).toBeUndefined();
    // Assigned 100 days ago and never patrolled: the source's clock workflow raises the alarm by itself, once.
    const deadline = Date.now() + 20_000;
    let alarms: any[] = [];
    while (Date.now() < deadline) {
      alarms = (await stack.gql(auditor, 'query($id: ID!) { majorHazardSource(id: $id) { history { type actor data } } }', { id })).data.majorHazardSource.history.filter((e: any) => e.type === 'PatrolOverdue');
      if (alarms.length > 0) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(alarms).toEqual([{ type: 'PatrolOverdue', actor: 'system', data: expect.objectContaining({ role: 'TECHNICAL', person: '李工', reason: expect.stringMatching(/no patrol in 90 days/) }) }]);
    const before = await historyLength();
    const second = await mutate(supervisorIn, 'assignResponsiblePerson', { sourceId: id, role: 'TECHNICAL', name: '赵工' });
    expect(codeOf(second)).toBe('INVALID_TRANSITION');
    expect(second.errors?.[0].message).toMatch(/李工/);
    expect(await historyLength()).toBe(before);
  });

  it('turns a missed quarterly patrol overdue; a patrol clears it; the overdue filter finds it', async () => {
    const overdue = (await source(supervisorIn)).data.majorHazardSource;
    expect(overdue.overduePatrols).toEqual(['TECHNICAL']);
    expect(overdue.responsiblePersons).toEqual([expect.objectContaining({ role: 'TECHNICAL', roleLabel: '技术负责人', patrolOverdue: true, lastPatrolAt: null })]);
    const listed = await stack.gql(supervisorIn, '{ majorHazardSources(filter: { overduePatrol: true }) { id } }');
    expect(listed.data.majorHazardSources.map((s: any) => s.id)).toContain(id);

    const patrol = await mutate(inspector, 'recordPatrol', { sourceId: id, role: 'TECHNICAL', note: '季度包保检查: 储罐液位、紧急切断阀正常' }, 'source { overduePatrols } hazards { id }');
    expect(patrol.errors).toBeUndefined();
    expect(patrol.data.recordPatrol).toEqual({ source: { overduePatrols: [] }, hazards: [] });
    const after = await stack.gql(supervisorIn, '{ majorHazardSources(filter: { overduePatrol: true }) { id } }');
    expect(after.data.majorHazardSources.map((s: any) => s.id)).not.toContain(id);
  });

  it('applies a retried command once (same idempotency key, twice and concurrently)', async () => {
    const before = await historyLength();
    const input = { sourceId: id, role: 'OPERATIONAL', name: '孙班长', idempotencyKey: 'assign-operational-1' };
    const results = await Promise.all([mutate(office, 'assignResponsiblePerson', input), mutate(office, 'assignResponsiblePerson', input), mutate(office, 'assignResponsiblePerson', input)]);
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(await historyLength()).toBe(before + 1);
  });

  it('scopes by region × department: out of scope is NOT_FOUND and absent from the list; auditors see all with phones masked', async () => {
    expect(codeOf(await source(supervisorOut))).toBe('NOT_FOUND');
    expect(codeOf(await mutate(supervisorOut, 'recordPatrol', { sourceId: id, role: 'TECHNICAL', note: 'x' }, 'source { id }'))).toBe('NOT_FOUND');
    expect((await stack.gql(supervisorOut, '{ majorHazardSources { id } }')).data.majorHazardSources.map((s: any) => s.id)).not.toContain(id);
    const registerOutside = await mutate(supervisorOut, 'registerMajorHazardSource', {
      sourceId: `${id}-x`, name: 'x', enterpriseName: 'x', unitKind: 'PRODUCTION', location: 'x', regionCode: '211103', departmentCode: 'EMERGENCY',
    });
    expect(codeOf(registerOutside)).toBe('FORBIDDEN');
    expect(codeOf(await mutate(auditor, 'recordPatrol', { sourceId: id, role: 'TECHNICAL', note: 'x' }, 'source { id }'))).toBe('FORBIDDEN');

    const seen = (await source(auditor)).data.majorHazardSource;
    expect(seen.responsiblePersons.find((p: any) => p.role === 'TECHNICAL').phone).toBe('138****0001');
    expect((await source(supervisorIn)).data.majorHazardSource.responsiblePersons.find((p: any) => p.role === 'TECHNICAL').phone).toBe('13800000001');
  });

  it('keeps a hash-chained history and answers as-of queries', async () => {
    const { history } = (await source(auditor)).data.majorHazardSource;
    expect(history.map((e: any) => e.type)).toEqual([
      'MajorHazardSourceRegistered',
      'MajorHazardSourceAssessed',
      'ResponsiblePersonAssigned',
      'PatrolOverdue',
      'PatrolRecorded',
      'ResponsiblePersonAssigned',
    ]);
    for (let i = 1; i < history.length; i++) expect(history[i].prevHash).toBe(history[i - 1].hash);
    // As the system knew it right after the assessment: graded, nobody named yet.
    const then = (await source(auditor, { at: afterAssessment })).data.majorHazardSource;
    expect(then).toMatchObject({ version: 2, assessment: { level: 3 }, responsiblePersons: [] });
    // By occurred time, 50 days ago the source was not registered (the assignment said it happened 100 days ago, but the source did not exist then).
    const past = await source(auditor, { at: new Date(Date.now() - 50 * DAY).toISOString(), basis: 'OCCURRED' });
    expect(past.errors).toBeUndefined();
    expect(past.data.majorHazardSource).toBeNull();
    // Out of scope, as-of does not reveal existence either.
    expect(codeOf(await source(supervisorOut, { at: afterAssessment }))).toBe('NOT_FOUND');
  });

  it('turns a patrol’s findings into hazards in one step, with their origin; a retry starts none twice; a bad finding writes nothing', async () => {
    const findings = [
      { title: '3 号储罐紧急切断阀失效', description: '现场测试紧急切断阀未能在规定时间内关闭', level: 'MAJOR', judgementBasis: 'GB 50160-2008 第 6.2.2 条' },
      { title: '罐区可燃气体报警器未校验', description: '报警器校验记录过期', level: 'GENERAL' },
    ];
    const fields = 'source { version } hazards { id level sector regionCode enterpriseName source origin { kind reference majorHazardSourceId } }';
    const input = { sourceId: id, role: 'OPERATIONAL', note: '周巡查', findings, idempotencyKey: 'patrol-week-48' };

    const before = await historyLength();
    const bad = await mutate(inspector, 'recordPatrol', { ...input, idempotencyKey: 'patrol-bad', findings: [findings[0], { ...findings[1], title: '' }] }, fields);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.field).toBe('findings[1].title');
    expect(await historyLength()).toBe(before);

    const first = await mutate(inspector, 'recordPatrol', input, fields);
    expect(first.errors).toBeUndefined();
    const { hazards } = first.data.recordPatrol;
    expect(hazards).toHaveLength(2);
    const version = first.data.recordPatrol.source.version;
    for (const h of hazards) {
      expect(h).toMatchObject({ sector: 'HAZARDOUS_CHEMICALS', regionCode: '211103', enterpriseName: '盘锦某化工有限公司', source: 'ENTERPRISE_SELF_INSPECTION' });
      expect(h.origin).toEqual({ kind: 'PATROL', reference: `source-${id}@${version}`, majorHazardSourceId: id });
    }
    expect(hazards.map((h: any) => h.level)).toEqual(['MAJOR', 'GENERAL']);

    const retry = await mutate(inspector, 'recordPatrol', input, fields);
    expect(retry.data.recordPatrol.hazards.map((h: any) => h.id)).toEqual(hazards.map((h: any) => h.id));
    expect(await historyLength()).toBe(before + 1);
    const all = await stack.gql(auditor, '{ hazards(first: 100) { edges { node { id origin { kind } } } } }');
    expect(all.data.hazards.edges.filter((e: any) => e.node.origin?.kind === 'PATROL')).toHaveLength(2);

    // The statistics count them under enterprise self-inspection (企业自查).
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const report = await stack.gql(office, 'query($d: String!) { periodReport(from: $d, to: $d, departmentCode: "EMERGENCY") { attachment3 { total { foundGeneral foundMajor bySelfInspection byCovert } } } }', { d: today });
    expect(report.errors).toBeUndefined();
    expect(report.data.periodReport.attachment3.total).toEqual({ foundGeneral: 1, foundMajor: 1, bySelfInspection: 2, byCovert: 0 });
  });

  it('records a site verification by two verifiers, refuses one verifier or an unexplained inconsistency, and starts its findings as hazards', async () => {
    const fields = 'source { siteVerificationCount siteVerification { result verifiers discrepancies evidenceHashes } } hazards { source origin { kind majorHazardSourceId } }';
    const before = await historyLength();
    const one = await mutate(inspector, 'verifySourceOnSite', { sourceId: id, verifiers: [{ name: '刘核查' }], result: 'CONSISTENT' }, fields);
    expect(codeOf(one)).toBe('BAD_USER_INPUT');
    expect(one.errors?.[0].extensions?.field).toBe('verifiers');
    const unexplained = await mutate(inspector, 'verifySourceOnSite', { sourceId: id, verifiers: [{ name: '刘核查' }, { name: '陈核查' }], result: 'INCONSISTENT' }, fields);
    expect(unexplained.errors?.[0].extensions?.field).toBe('discrepancies');
    expect(await historyLength()).toBe(before);

    const evidence = await uploadEvidence(stack, office);
    const ok = await mutate(
      inspector,
      'verifySourceOnSite',
      {
        sourceId: id,
        verifiers: [{ name: '刘核查', unit: '区应急局' }, { name: '陈核查', unit: '市安委办' }],
        result: 'INCONSISTENT',
        discrepancies: ['实际储量 32 吨，登记为 25 吨'],
        evidenceHashes: [evidence],
        findings: [{ title: '储量超出登记', description: '液氯实际最大储量超出登记值，需重新辨识评估', level: 'GENERAL' }],
        idempotencyKey: 'site-2026-11',
      },
      fields,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data.verifySourceOnSite.source).toEqual({
      siteVerificationCount: 1,
      siteVerification: { result: 'INCONSISTENT', verifiers: ['刘核查（区应急局）', '陈核查（市安委办）'], discrepancies: ['实际储量 32 吨，登记为 25 吨'], evidenceHashes: [evidence] },
    });
    expect(ok.data.verifySourceOnSite.hazards).toEqual([{ source: 'DEPARTMENT_INSPECTION', origin: { kind: 'SITE_VERIFICATION', majorHazardSourceId: id } }]);
    const verified = await stack.gql(supervisorIn, '{ majorHazardSources(filter: { verifiedOnSite: true }) { id } }');
    expect(verified.data.majorHazardSources.map((s: any) => s.id)).toEqual([id]);

    // Where every hazard came from: by the source it concerns, and by the kind of finding.
    const ofSource = await stack.gql(auditor, 'query($id: String!) { hazards(first: 50, filter: { majorHazardSourceId: $id }) { edges { node { origin { kind } } } } }', { id });
    expect(ofSource.data.hazards.edges.map((e: any) => e.node.origin.kind).sort()).toEqual(['PATROL', 'PATROL', 'SITE_VERIFICATION']);
    const fromSite = await stack.gql(auditor, '{ hazards(first: 50, filter: { originKind: SITE_VERIFICATION }) { edges { node { id } } } }');
    expect(fromSite.data.hazards.edges).toHaveLength(1);
  });
  it('follows the patrol cadence the office saves, as numbered versions naming their source', async () => {
    await mutate(supervisorIn, 'assignResponsiblePerson', { sourceId: id, role: 'PRINCIPAL', name: '周总', occurredAt: new Date(Date.now() - 40 * DAY).toISOString() });
    const principal = async () =>
      (await stack.gql(supervisorIn, 'query($id: ID!) { majorHazardSource(id: $id) { responsiblePersons { role patrolOverdue patrolOverdueReason } } }', { id })).data.majorHazardSource.responsiblePersons.find(
        (p: any) => p.role === 'PRINCIPAL',
      );
    expect(await principal()).toEqual({ role: 'PRINCIPAL', patrolOverdue: false, patrolOverdueReason: null });
    expect((await stack.gql(inspector, '{ patrolCadence { version rules { role everyDays beforeHolidaysWithinDays } } }')).data.patrolCadence).toMatchObject({ version: 0 });

    const CADENCE = 'mutation($i: SavePatrolCadenceInput!) { savePatrolCadence(input: $i) { version source savedBy rules { role everyDays beforeHolidaysWithinDays } } }';
    const rules = [
      { role: 'PRINCIPAL', everyDays: 30 },
      { role: 'TECHNICAL', everyDays: 30, beforeHolidaysWithinDays: 7 },
      { role: 'OPERATIONAL', everyDays: 7 },
    ];
    const source = '某市重大危险源包保责任制实施细则（2026 版）';
    expect(codeOf(await stack.gql(supervisorIn, CADENCE, { i: { source, rules } }))).toBe('FORBIDDEN');
    const missing = await stack.gql(office, CADENCE, { i: { source, rules: rules.slice(0, 2) } });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rules' });
    const saved = await stack.gql(office, CADENCE, { i: { source, rules } });
    expect(saved.errors).toBeUndefined();
    expect(saved.data.savePatrolCadence).toEqual({
      version: 1,
      source,
      savedBy: 'office',
      rules: [
        { role: 'PRINCIPAL', everyDays: 30, beforeHolidaysWithinDays: null },
        { role: 'TECHNICAL', everyDays: 30, beforeHolidaysWithinDays: 7 },
        { role: 'OPERATIONAL', everyDays: 7, beforeHolidaysWithinDays: null },
      ],
    });
    const overdue = await principal();
    expect(overdue.patrolOverdue).toBe(true);
    expect(overdue.patrolOverdueReason).toBe(`no patrol in 30 days (cadence v1: ${source})`);
    // The old version stays readable.
    expect((await stack.gql(auditor, '{ patrolCadence(version: 0) { version rules { everyDays } } }')).data.patrolCadence.rules[0].everyDays).toBe(90);
  });
});
