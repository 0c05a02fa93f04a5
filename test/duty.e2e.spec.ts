import { type TestStack, codeOf, startStack } from './support/stack';

const ROSTER = 'id version requiredRoles shifts { key assignments { role roleLabel name phone presence } } swaps { id status toName } handovers { id confirmedBy } openHandoverItems';

describe('the duty desk: rosters, handovers, the duty log, emergency resources and the summary', () => {
  let stack: TestStack;
  let chief: string;
  let director: string;
  let nightHead: string;
  let outsider: string;
  let auditor: string;
  const gql = (token: string, query: string, variables?: Record<string, unknown>) => stack.gql(token, query, variables);
  const roster = (token: string, name: string, input: Record<string, unknown>) =>
    gql(token, `mutation($i: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $i) { ${ROSTER} } }`, { i: input });

  // Today's day shift (now inside it) and the night shift after it, in Beijing time.
  const start = Date.now() - 3_600_000;
  const iso = (ms: number) => new Date(ms).toISOString();
  const date = new Date(start + 8 * 3_600_000).toISOString().slice(0, 10);
  const team = (suffix: string) => [
    { role: 'DUTY_LEADER', name: `王局长${suffix}`, phone: '13800000001' },
    { role: 'SHIFT_HEAD', name: `张科长${suffix}`, phone: '13800000002' },
    { role: 'DISPATCHER', name: `李调度${suffix}` },
  ];
  const shifts = [
    { date, name: '白班', startsAt: iso(start), endsAt: iso(start + 9 * 3_600_000), assignments: team('') },
    { date, name: '夜班', startsAt: iso(start + 9 * 3_600_000), endsAt: iso(start + 24 * 3_600_000), assignments: team('（夜）') },
  ];

  beforeAll(async () => {
    stack = await startStack();
    const scope = { regions: ['211103'], departments: ['EMERGENCY'] };
    chief = await stack.token({ sub: 'chief', roles: ['SUPERVISOR'], ...scope });
    director = await stack.token({ sub: 'director', roles: ['SUPERVISOR'], ...scope });
    nightHead = await stack.token({ sub: 'night-head', roles: ['SUPERVISOR'], ...scope });
    outsider = await stack.token({ sub: 'out', roles: ['SUPERVISOR'], regions: ['211104'], departments: ['EMERGENCY'] });
    auditor = await stack.token({ sub: 'aud', roles: ['AUDITOR'] });
  });
  afterAll(() => stack?.close());

  it('refuses a roster with a missing duty leader (nothing written), publishes a full one, swaps with approval and keeps handed-over items open until confirmed', async () => {
    const gap = await roster(chief, 'publishRoster', { rosterId: 'r-gap', level: 'DISTRICT', regionCode: '211103', departmentCode: 'EMERGENCY', shifts: [{ ...shifts[0], assignments: team('').slice(1) }, shifts[1]] });
    expect(gap.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'shifts[0].assignments' });
    expect(gap.errors?.[0].message).toMatch(/带班领导/);
    expect((await gql(auditor, '{ dutyRosters { id } }')).data.dutyRosters).toEqual([]);

    const published = await roster(chief, 'publishRoster', { rosterId: 'r1', level: 'DISTRICT', regionCode: '211103', departmentCode: 'EMERGENCY', shifts });
    expect(published.errors).toBeUndefined();
    expect(published.data.publishRoster.requiredRoles).toEqual(['DUTY_LEADER', 'SHIFT_HEAD', 'DISPATCHER']);
    expect(codeOf(await roster(outsider, 'publishRoster', { rosterId: 'r-out', level: 'DISTRICT', regionCode: '211103', departmentCode: 'EMERGENCY', shifts }))).toBe('FORBIDDEN');

    const night = `${date}/夜班`;
    await roster(chief, 'requestDutySwap', { rosterId: 'r1', swapId: 's1', shift: night, role: 'DUTY_LEADER', toName: '赵副局长', reason: '出差' });
    expect(codeOf(await roster(chief, 'decideDutySwap', { rosterId: 'r1', swapId: 's1', approved: true }))).toBe('FORBIDDEN');
    const swapped = await roster(director, 'decideDutySwap', { rosterId: 'r1', swapId: 's1', approved: true });
    expect(swapped.data.decideDutySwap.shifts[1].assignments[0]).toMatchObject({ role: 'DUTY_LEADER', name: '赵副局长' });
    const present = await roster(chief, 'recordDutyPresence', { rosterId: 'r1', shift: `${date}/白班`, role: 'DUTY_LEADER', status: 'ON_POST' });
    expect(present.data.recordDutyPresence.shifts[0].assignments[0].presence).toBe('ON_POST');

    const handed = await roster(chief, 'handOverDuty', { rosterId: 'r1', handoverId: 'h1', fromShift: `${date}/白班`, toShift: night, pendingItems: ['跟踪储罐泄漏事故续报'] });
    expect(handed.data.handOverDuty.openHandoverItems).toEqual(['跟踪储罐泄漏事故续报']);
    expect((await gql(chief, '{ dutySummary { openHandoverItems } }')).data.dutySummary.openHandoverItems).toEqual(['跟踪储罐泄漏事故续报']);
    expect(codeOf(await roster(chief, 'confirmHandover', { rosterId: 'r1', handoverId: 'h1' }))).toBe('FORBIDDEN');
    const confirmed = await roster(nightHead, 'confirmHandover', { rosterId: 'r1', handoverId: 'h1' });
    expect(confirmed.data.confirmHandover).toMatchObject({ openHandoverItems: [], handovers: [{ id: 'h1', confirmedBy: 'night-head' }] });
    // The roles per level are data the office saves (a version naming its source); rosters published after it follow it.
    const office = await stack.token({ sub: 'office', roles: ['COMMITTEE_OFFICE'] });
    const RULES = 'mutation($i: SaveDutyRoleRulesInput!) { saveDutyRoleRules(input: $i) { version district } }';
    const rules = { source: '某市应急值守工作规定（2026 版）', city: ['DUTY_LEADER', 'SHIFT_HEAD', 'DISPATCHER', 'INFORMATION_OFFICER', 'TECHNICAL_SUPPORT'], district: ['DUTY_LEADER', 'SHIFT_HEAD', 'DISPATCHER', 'INFORMATION_OFFICER'] };
    expect(codeOf(await gql(chief, RULES, { i: rules }))).toBe('FORBIDDEN');
    expect((await gql(office, RULES, { i: { ...rules, district: ['SHIFT_HEAD'] } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'byLevel.DISTRICT' });
    expect((await gql(office, RULES, { i: rules })).data.saveDutyRoleRules).toEqual({ version: 1, district: ['DUTY_LEADER', 'SHIFT_HEAD', 'DISPATCHER', 'INFORMATION_OFFICER'] });
    const stricter = await roster(chief, 'publishRoster', { rosterId: 'r2', level: 'DISTRICT', regionCode: '211103', departmentCode: 'EMERGENCY', shifts });
    expect(stricter.errors?.[0].message).toMatch(/信息员/);

    // Phones are masked for auditors.
    const seen = (await gql(auditor, '{ dutyRosters { shifts { assignments { phone } } } }')).data.dutyRosters[0].shifts[0].assignments[0].phone;
    expect(seen).not.toBe('13800000001');
  });

  it('keeps the duty log and the resources, refuses a malformed GB/T 38565 code, and sums it up for the duty officer', async () => {
    const entry = await gql(chief, 'mutation($i: RecordDutyLogEntryInput!) { recordDutyLogEntry(input: $i) { id channel casualties { injuries } notified { whom } } }', {
      i: { entryId: 'log-1', regionCode: '211103', departmentCode: 'EMERGENCY', receivedAt: iso(Date.now() - 60_000), channel: 'PHONE', reporter: '园区管委会值班室', reporterPhone: '0427-7777777', place: '石化园区 3 号罐区', summary: '储罐法兰泄漏，1 人受伤', casualties: { injuries: 1 }, measures: '已启动企业应急预案' },
    });
    expect(entry.errors).toBeUndefined();
    const notified = await gql(chief, 'mutation($i: RecordDutyNotificationInput!) { recordDutyNotification(input: $i) { notified { whom by } } }', { i: { entryId: 'log-1', whom: '市应急管理局带班领导', at: iso(Date.now()) } });
    expect(notified.data.recordDutyNotification.notified).toEqual([{ whom: '市应急管理局带班领导', by: 'chief' }]);
    expect((await gql(outsider, '{ dutyLog { id } }')).data.dutyLog).toEqual([]);

    const RES = 'mutation($i: RegisterEmergencyResourceInput!) { registerEmergencyResource(input: $i) { id ready } }';
    await gql(chief, RES, { i: { resourceId: 'team-1', kind: 'TEAM', name: '危化品应急救援队', regionCode: '211103', departmentCode: 'EMERGENCY', base: '石化园区消防站', teamType: 'HAZARDOUS_CHEMICALS', headcount: 40, leader: '张队长', dutyPhone: '0427-1234567' } });
    await gql(chief, 'mutation { reportTeamStatus(input: { resourceId: "team-1", onDuty: 12 }) { onDuty } }');
    const drilled = await gql(chief, `mutation { recordTeamDrill(input: { resourceId: "team-1", heldOn: "${date}", note: "泄漏处置演练" }) { ready } }`);
    expect(drilled.data.recordTeamDrill.ready).toBe(true);
    await gql(chief, RES, { i: { resourceId: 'depot-1', kind: 'DEPOT', name: '区应急物资储备库', regionCode: '211103', departmentCode: 'EMERGENCY', base: '兴隆台区' } });
    const STOCK = 'mutation($i: SetResourceStockInput!) { setResourceStock(input: $i) { ready stock { code quantity ready } } }';
    const bad = await gql(chief, STOCK, { i: { resourceId: 'depot-1', code: '4101001', name: '防化服', unit: '套', quantity: 50, condition: 'GOOD', reason: '入库' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const stocked = await gql(chief, STOCK, { i: { resourceId: 'depot-1', code: '2101001', name: '防化服', unit: '套', quantity: 50, condition: 'GOOD', expiresOn: '2099-01-01', reason: '入库' } });
    expect(stocked.data.setResourceStock).toEqual({ ready: true, stock: [{ code: '2101001', quantity: 50, ready: true }] });
    const bySupply = await gql(auditor, '{ emergencyResources(filter: { supplyCode: "21", ready: true }) { id } }');
    expect(bySupply.data.emergencyResources).toEqual([{ id: 'depot-1' }]);

    const summary = await gql(chief, '{ dutySummary { dutyLeaders onDuty { name } teams teamsReady peopleOnDuty depots depotsReady incidentClocks { incidentId } } }');
    expect(summary.errors).toBeUndefined();
    expect(summary.data.dutySummary).toEqual({ dutyLeaders: ['王局长'], onDuty: [{ name: '白班' }], teams: 1, teamsReady: 1, peopleOnDuty: 12, depots: 1, depotsReady: 1, incidentClocks: [] });
    expect((await gql(outsider, '{ dutySummary { dutyLeaders teams } }')).data.dutySummary).toEqual({ dutyLeaders: [], teams: 0 });
    // The daily report shows the duty desk as it is now.
    const departmentWide = await stack.token({ sub: 'dept-head', roles: ['SUPERVISOR'], regions: ['*'], departments: ['EMERGENCY'] });
    const report = await gql(departmentWide, 'query($d: String!) { dailyReport(date: $d, departmentCode: "EMERGENCY") { dutyDesk { dutyLeaders teamsReady depotsReady } } }', { d: date });
    expect(report.errors).toBeUndefined();
    expect(report.data.dailyReport.dutyDesk).toEqual({ dutyLeaders: ['王局长'], teamsReady: 1, depotsReady: 1 });
  });
});
