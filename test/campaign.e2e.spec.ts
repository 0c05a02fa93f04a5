import { command, inDays, sampleReport } from './support/hazard-api';
import { type TestStack, codeOf, startStack } from './support/stack';

const CAMPAIGN = 'id version name measures { specialMeeting supervisionRounds listedMajorHazards penaltyCases } supervisionRounds listedHazards penaltyCases teams { name leaderLed }';
const PROGRESS = `campaign { measures { specialMeeting supervisionRounds listedMajorHazards penaltyCases } }
  meetings supervisionRounds leaderLedRounds covertRounds supervisionFindings listedMajorHazards listedMajorHazardsRectified penaltyCases
  hazardsFound hazardsRectified rectificationRate coverage { regionCode sector found major rectified } uncovered { regionCode sector }`;

const beijingDay = (offsetDays: number) => new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('a campaign and its four measures, with its dashboard', () => {
  let stack: TestStack;
  let office: string;
  let supervisor: string;
  let auditor: string;
  const id = `two-sessions-${Date.now()}`;
  const gql = (token: string, query: string, variables?: Record<string, unknown>) => stack.gql(token, query, variables);
  const run = (token: string, name: string, input: Record<string, unknown>) =>
    gql(token, `mutation($i: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $i) { ${CAMPAIGN} } }`, { i: input });

  beforeAll(async () => {
    stack = await startStack();
    office = await stack.token({ sub: 'office', roles: ['COMMITTEE_OFFICE'] });
    supervisor = await stack.token({ sub: 'sup', roles: ['SUPERVISOR'], regions: ['211103'], departments: ['EMERGENCY'] });
    auditor = await stack.token({ sub: 'aud', roles: ['AUDITOR'] });
  });
  afterAll(() => stack?.close());

  it('tracks the meeting, the supervision rounds, the listed major hazards and the penalty cases, and shows coverage and rectification', async () => {
    const created = await run(office, 'createCampaign', {
      campaignId: id,
      name: '全国两会期间安全生产专项行动',
      from: beijingDay(-10),
      to: beijingDay(10),
      regions: ['211103', '211104'],
      sectors: ['HAZARDOUS_CHEMICALS', 'CONSTRUCTION'],
      teams: [{ name: '第一督查组', leader: '王副市长', leaderLed: true, members: ['张三', '李四'], experts: ['赵高工'] }],
    });
    expect(created.errors).toBeUndefined();
    expect(created.data.createCampaign.measures).toEqual({ specialMeeting: false, supervisionRounds: false, listedMajorHazards: false, penaltyCases: false });
    expect(codeOf(await run(supervisor, 'createCampaign', { campaignId: `${id}-x`, name: 'x', from: beijingDay(0), to: beijingDay(1), regions: ['211103'], sectors: ['FIRE'] }))).toBe('FORBIDDEN');
    expect(codeOf(await run(office, 'createCampaign', { campaignId: `${id}-y`, name: 'x', from: beijingDay(1), to: beijingDay(0), regions: ['211103'], sectors: ['FIRE'] }))).toBe('BAD_USER_INPUT');

    // 1. the special meeting
    expect((await run(office, 'recordSpecialMeeting', { campaignId: id, heldOn: beijingDay(-9), chairedBy: '市长', decisions: '部署两会期间安全防范工作' })).errors).toBeUndefined();

    // 2. a leader-led covert supervision round (an inspection is not a supervision round)
    const sup = `${id}-sup`;
    const opened = await gql(office, 'mutation($i: OpenSupervisionInput!) { openSupervision(input: $i) { id } }', {
      i: { id: sup, title: '两会专项暗访', target: { kind: 'DISTRICT', code: '211103', name: '兴隆台区' }, method: 'COVERT', leaderLed: true, leader: '王副市长' },
    });
    expect(opened.errors).toBeUndefined();
    await gql(office, 'mutation($i: RecordSupervisionFindingInput!) { recordSupervisionFinding(input: $i) { version } }', { i: { id: sup, description: '区级专项行动方案未细化到乡镇' } });
    expect(codeOf(await run(office, 'addSupervisionRound', { campaignId: id, oversightId: 'no-such-supervision' }))).toBe('BAD_USER_INPUT');
    expect((await run(office, 'addSupervisionRound', { campaignId: id, oversightId: sup })).errors).toBeUndefined();

    // 3. a major hazard under listing (refused before it is listed)
    const major = await command(stack, office, 'reportHazard', sampleReport({ regionCode: '211103', level: 'MAJOR', sector: 'HAZARDOUS_CHEMICALS' }));
    expect(codeOf(await run(office, 'addListedHazard', { campaignId: id, hazardId: major.id }))).toBe('BAD_USER_INPUT');
    await command(stack, office, 'listHazard', { hazardId: major.id, listingLevel: 'CITY', supervisingUnit: '市安委办', deadline: inDays(30) });
    expect((await run(office, 'addListedHazard', { campaignId: id, hazardId: major.id })).errors).toBeUndefined();

    // 4. a penalty case
    const penalty = await run(office, 'openPenaltyCase', { campaignId: id, caseNumber: '盘应急罚〔2026〕7号', enterpriseName: '盘锦某石化有限公司', violation: '未按规定检测报警装置' });
    expect(penalty.data.openPenaltyCase.measures).toEqual({ specialMeeting: true, supervisionRounds: true, listedMajorHazards: true, penaltyCases: true });
    expect(codeOf(await run(office, 'openPenaltyCase', { campaignId: id, caseNumber: '盘应急罚〔2026〕7号', enterpriseName: 'x', violation: 'x' }))).toBe('INVALID_TRANSITION');

    // A general hazard rectified on the spot, and one outside the campaign's sectors (not counted).
    const general = await command(stack, office, 'reportHazard', sampleReport({ regionCode: '211103', level: 'GENERAL', sector: 'HAZARDOUS_CHEMICALS', title: '消防通道堵塞' }));
    await command(stack, office, 'rectifyOnSpot', { hazardId: general.id, summary: '当场清理' });
    // Rectified on the spot still needs a second person's verification before it counts.
    const checker = await stack.token({ sub: 'office-2', roles: ['COMMITTEE_OFFICE'] });
    expect((await command(stack, checker, 'verifyRectification', { hazardId: general.id, accepted: true, note: '复核合格' })).status).toBe('RECTIFIED');
    await command(stack, office, 'reportHazard', sampleReport({ regionCode: '211103', level: 'GENERAL', sector: 'FIRE', title: '不在行动范围' }));

    const res = await gql(auditor, `query($id: ID!) { campaignProgress(id: $id) { ${PROGRESS} } }`, { id });
    expect(res.errors).toBeUndefined();
    expect(res.data.campaignProgress).toEqual({
      campaign: { measures: { specialMeeting: true, supervisionRounds: true, listedMajorHazards: true, penaltyCases: true } },
      meetings: 1,
      supervisionRounds: 1,
      leaderLedRounds: 1,
      covertRounds: 1,
      supervisionFindings: 1,
      listedMajorHazards: 1,
      listedMajorHazardsRectified: 0,
      penaltyCases: 1,
      hazardsFound: 2,
      hazardsRectified: 1,
      rectificationRate: 50,
      coverage: [{ regionCode: '211103', sector: 'HAZARDOUS_CHEMICALS', found: 2, major: 1, rectified: 1 }],
      uncovered: [
        { regionCode: '211103', sector: 'CONSTRUCTION' },
        { regionCode: '211104', sector: 'HAZARDOUS_CHEMICALS' },
        { regionCode: '211104', sector: 'CONSTRUCTION' },
      ],
    });

    // who has done what, per district of the campaign and per department: a district's own meeting
    const meeting = (heldBy: Record<string, string>) => run(office, 'recordSpecialMeeting', { campaignId: id, heldOn: beijingDay(-8), chairedBy: '区长', decisions: '区级部署', heldBy });
    expect(codeOf(await meeting({ kind: 'DEPARTMENT', code: 'NO_SUCH' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await meeting({ kind: 'DISTRICT', code: '211102' }))).toBe('BAD_USER_INPUT');
    expect((await meeting({ kind: 'DISTRICT', code: '211104' })).errors).toBeUndefined();
    const byUnit = await gql(auditor, `query($id: ID!) { campaignProgress(id: $id) {
      units { kind code meetingHeld supervisionRounds listedMajorHazards listedMajorHazardsRectified penaltyCases hazardsFound }
      campaign { meetings { heldBy { kind code } } } } }`, { id });
    expect(byUnit.errors).toBeUndefined();
    expect(byUnit.data.campaignProgress.units.filter((u: any) => u.kind === 'DISTRICT')).toEqual([
      { kind: 'DISTRICT', code: '211103', meetingHeld: false, supervisionRounds: 1, listedMajorHazards: 1, listedMajorHazardsRectified: 0, penaltyCases: 0, hazardsFound: 2 },
      { kind: 'DISTRICT', code: '211104', meetingHeld: true, supervisionRounds: 0, listedMajorHazards: 0, listedMajorHazardsRectified: 0, penaltyCases: 0, hazardsFound: 0 },
    ]);
    expect(byUnit.data.campaignProgress.units.find((u: any) => u.code === 'EMERGENCY')).toMatchObject({ kind: 'DEPARTMENT', meetingHeld: false, listedMajorHazards: 1, hazardsFound: null });
    expect(byUnit.data.campaignProgress.campaign.meetings.map((m: any) => m.heldBy)).toEqual([null, { kind: 'DISTRICT', code: '211104' }]);

    expect(codeOf(await gql(supervisor, `query($id: ID!) { campaignProgress(id: $id) { meetings } }`, { id }))).toBe('FORBIDDEN');
    expect((await gql(auditor, '{ campaigns { id } }')).data.campaigns.map((c: any) => c.id)).toContain(id);
  });
});
