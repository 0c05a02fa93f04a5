import { createHash } from 'node:crypto';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { addDays, dayStart, shanghaiDay } from '@hazard/reports';
import { type PlannedHazard, planCity, seedCity } from '@hazard/seed';
import { dailyReportWorkflowId } from '@hazard/contracts';
import { type TestStack, codeOf, startStack } from './support/stack';
import { waitFor } from './support/wait';

const DAY = 86_400_000;
const REGIONS = ['211102', '211103', '211104', '211122', 'PJ-LB', 'PJ-GX'];
const EMERGENCY_SECTORS = ['HAZARDOUS_CHEMICALS', 'NON_COAL_MINES', 'OTHER'];

const REPORT_FIELDS = `status unitName tier regionCode dueAt documentNumber obligationVersion countingFrom format contentHash xlsxSha256 xlsxUrl
  signature { filledBy phone reviewer signedOn }
  receipt { number contentHash dueAt late documentNumber obligationVersion submittedBy }
  attachment1 { hazardId region reportingUnit supervisingDepartment remarks } attachment2 { hazardId region reportingUnit supervisingDepartment }
  attachment3 { total { cumulative enterprisesTookPart majorRectificationRate generalRectificationRate } }
  districtSubmissions { regionCode unitName state }`;

const SUBMIT = `mutation($i: SubmitDailyReportInput!) { submitDailyReport(input: $i) { ${REPORT_FIELDS} } }`;
const DAILY = `query($d: String!, $dept: String!, $r: String) { dailyReport(date: $d, departmentCode: $dept, regionCode: $r) { ${REPORT_FIELDS} } }`;
const BOARD = 'query($d: String!) { reportingBoard(date: $d) { obligationId obligationVersion documentNumber departmentCode regionCode unitName tier state dueAt } }';
const RECORD = 'mutation($i: RecordReportingObligationInput!) { recordReportingObligation(input: $i) { id version cityCutoff districtCutoff effectiveFrom } }';

/** The reporting chain (README "The reporting chain"): district units, city departments, the committee office. */
describe('the reporting chain: districts, city departments, the committee office', () => {
  let stack: TestStack;
  let plan: PlannedHazard[];
  let district: string;
  let city: string;
  let office: string;
  const today = shanghaiDay(Date.now());
  const yesterday = addDays(today, -1);
  const countRows = async () => Number((await stack.database.db.selectFrom('daily_reports').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const countObligations = async () => Number((await stack.database.db.selectFrom('reporting_obligations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    stack = await startStack();
    district = await stack.token({ sub: 'dawa-emergency', name: '大洼区应急局填报员', roles: ['SUPERVISOR'], regions: ['211104'], departments: ['EMERGENCY'] });
    city = await stack.token({ sub: 'city-emergency', name: '市应急局填报员', roles: ['SUPERVISOR'], regions: '*', departments: ['EMERGENCY'] });
    office = await stack.token({ sub: 'office', name: '市安委办', roles: ['COMMITTEE_OFFICE'] });
    const end = dayStart(yesterday).getTime() - 60_000;
    // District staff found what is in 大洼区; the city department's own inspectors found the rest.
    plan = planCity({ count: 240, seed: 11, start: end - 10 * DAY, end, regions: REGIONS }).map((h) => ({ ...h, reporterLevel: h.regionCode === '211104' ? 'DISTRICT' : 'CITY' }));
    await seedCity(stack.database.db, plan);
  });
  afterAll(() => stack?.close());

  it('has a district unit and its city department each submit; the consolidated report holds both and names who reported each row', async () => {
    const mine = plan.filter((h) => EMERGENCY_SECTORS.includes(h.sector) && h.regionCode === '211104');
    expect(mine.length).toBeGreaterThan(3);

    // the district unit: its own region and field, by its own (earlier) cutoff
    const sent = await stack.gql(district, SUBMIT, { i: { date: yesterday, departmentCode: 'EMERGENCY', signature: { phone: '0427-2800000', reviewer: '王科长' } } });
    expect(sent.errors).toBeUndefined();
    const d = sent.data.submitDailyReport;
    expect(d).toMatchObject({ status: 'SUBMITTED', unitName: '大洼区应急管理局', tier: 'DISTRICT', regionCode: '211104', documentNumber: '盘安委办发〔2023〕11号', obligationVersion: 1 });
    expect(d.format).toBe('hazard-report/2');
    expect(d.dueAt).toBe(new Date(`${yesterday}T12:00:00+08:00`).toISOString());
    expect(d.countingFrom).toBe(`${addDays(yesterday, -1).slice(0, 4)}-01-01`);
    expect(d.signature).toEqual({ filledBy: '大洼区应急局填报员', phone: '0427-2800000', reviewer: '王科长', signedOn: today });
    expect(d.receipt).toMatchObject({ contentHash: d.contentHash, late: true, documentNumber: '盘安委办发〔2023〕11号', submittedBy: '大洼区应急局填报员' });
    expect(d.receipt.number).toBe(`DAILY-EMERGENCY-211104-${yesterday}-${d.contentHash.slice(0, 8)}`);
    const districtRows = [...d.attachment1, ...d.attachment2];
    expect(districtRows.length).toBeGreaterThan(0);
    expect(new Set(districtRows.map((r: any) => r.region))).toEqual(new Set(['大洼区']));
    expect(new Set(districtRows.map((r: any) => r.reportingUnit))).toEqual(new Set(['大洼区应急管理局']));
    // the district's workbook downloads as receipted
    const download = await fetch(new URL(d.xlsxUrl, stack.url).toString(), { headers: { authorization: `Bearer ${district}` } });
    expect(download.status).toBe(200);
    expect(createHash('sha256').update(Buffer.from(await download.arrayBuffer())).digest('hex')).toBe(d.xlsxSha256);
    expect(decodeURIComponent(download.headers.get('content-disposition') ?? '')).toContain('大洼区应急管理局隐患日报');

    // the city department sees who has submitted before consolidating
    const before = await stack.gql(city, DAILY, { d: yesterday, dept: 'EMERGENCY' });
    expect(before.errors).toBeUndefined();
    const states = Object.fromEntries(before.data.dailyReport.districtSubmissions.map((s: any) => [s.regionCode, s.state]));
    expect(states['211104']).toBe('LATE');
    expect(states['211102']).toBe('MISSED');
    expect(Object.keys(states).sort()).toEqual([...REGIONS].sort());

    const consolidated = await stack.gql(city, SUBMIT, { i: { date: yesterday, departmentCode: 'EMERGENCY', signature: { phone: '0427-2811111', reviewer: '李处长' } } });
    expect(consolidated.errors).toBeUndefined();
    const c = consolidated.data.submitDailyReport;
    expect(c).toMatchObject({ status: 'SUBMITTED', unitName: '市应急管理局', tier: 'CITY', regionCode: null });
    expect(c.dueAt).toBe(new Date(`${yesterday}T15:00:00+08:00`).toISOString());
    const cityRows = [...c.attachment1, ...c.attachment2];
    const byUnit = (unit: string) => cityRows.filter((r: any) => r.reportingUnit === unit);
    // the district's rows are in the city's report, each naming the district unit, and the city's own findings name the city
    expect(new Set(byUnit('大洼区应急管理局').map((r: any) => r.hazardId))).toEqual(new Set(districtRows.map((r: any) => r.hazardId)));
    expect(byUnit('市应急管理局').length).toBeGreaterThan(0);
    expect(byUnit('市应急管理局').every((r: any) => r.region !== '大洼区')).toBe(true);
    expect(cityRows.every((r: any) => r.supervisingDepartment)).toBe(true);

    // the office's board: both tiers, per obligation and day
    const board = await stack.gql(office, BOARD, { d: yesterday });
    expect(board.errors).toBeUndefined();
    const emergency = board.data.reportingBoard.filter((r: any) => r.departmentCode === 'EMERGENCY' && r.obligationId === 'pjaw-2023-11');
    expect(emergency.find((r: any) => r.regionCode === null)).toMatchObject({ unitName: '市应急管理局', tier: 'CITY', state: 'LATE' });
    expect(emergency.find((r: any) => r.regionCode === '211104')).toMatchObject({ unitName: '大洼区应急管理局', tier: 'DISTRICT', state: 'LATE' });
    expect(emergency.find((r: any) => r.regionCode === '211122')).toMatchObject({ state: 'MISSED' });
    // a unit with no district counterparts reports at the city tier only (README "Reporting units")
    expect(board.data.reportingBoard.filter((r: any) => r.departmentCode === 'POWER').map((r: any) => r.tier)).toEqual(['CITY']);
  });

  it('refuses another field’s or another district’s user, and a city user submitting for a district, writing nothing', async () => {
    const rows = await countRows();
    const otherDistrict = await stack.token({ sub: 'pss', roles: ['SUPERVISOR'], regions: ['211122'], departments: ['EMERGENCY'] });
    const otherField = await stack.token({ sub: 'dawa-housing', roles: ['SUPERVISOR'], regions: ['211104'], departments: ['HOUSING'] });
    expect(codeOf(await stack.gql(otherDistrict, SUBMIT, { i: { date: today, departmentCode: 'EMERGENCY', regionCode: '211104' } }))).toBe('FORBIDDEN');
    expect(codeOf(await stack.gql(otherDistrict, DAILY, { d: yesterday, dept: 'EMERGENCY', r: '211104' }))).toBe('FORBIDDEN');
    expect(codeOf(await stack.gql(otherField, SUBMIT, { i: { date: today, departmentCode: 'EMERGENCY' } }))).toBe('NOT_FOUND');
    expect(codeOf(await stack.gql(otherField, DAILY, { d: yesterday, dept: 'EMERGENCY', r: '211104' }))).toBe('NOT_FOUND');
    expect(codeOf(await stack.gql(city, SUBMIT, { i: { date: today, departmentCode: 'EMERGENCY', regionCode: '211104' } }))).toBe('FORBIDDEN');
    expect(codeOf(await stack.gql(district, SUBMIT, { i: { date: today, departmentCode: 'EMERGENCY', signature: { phone: 'call me' } } }))).toBe('BAD_USER_INPUT');
    // the board shows a district user its own unit only
    const own = await stack.gql(district, BOARD, { d: yesterday });
    expect(own.data.reportingBoard.map((r: any) => `${r.departmentCode}/${r.regionCode}`)).toEqual(['EMERGENCY/211104']);
    expect(await countRows()).toBe(rows);
  });

  it('raises the alarm to the level above once when a unit misses its cutoff, by webhook and subscription', async () => {
    const received: any[] = [];
    const server: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push(JSON.parse(body));
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const hook = await stack.gql(office, 'mutation($i: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { id } }', {
      i: { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, secret: 'webhook-secret-0123456789', filter: { eventTypes: ['ReportMissed', 'ReportDueSoon'], departmentCodes: ['FIRE'] } },
    });
    expect(hook.errors).toBeUndefined();
    // the city fire department's staff hear of their district units' misses
    const fireCity = await stack.token({ sub: 'fire-city', roles: ['SUPERVISOR'], regions: '*', departments: ['FIRE'] });
    const heard: any[] = [];
    const client = createClient({ url: stack.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${fireCity}` }, retryAttempts: 0 });
    client.subscribe(
      { query: 'subscription { reportingAlarms { type unitName tier regionCode escalatedTo date } }' },
      { next: ({ data }) => heard.push(data!.reportingAlarms), error: () => undefined, complete: () => undefined },
    );
    await new Promise((r) => setTimeout(r, 500));
    try {
      const duty = {
        kind: 'DAILY',
        departmentCode: 'FIRE',
        regionCode: '211102',
        date: today,
        remindAt: new Date(Date.now() + 1_000).toISOString(),
        dueAt: new Date(Date.now() + 2_500).toISOString(),
        obligationId: 'pjaw-2023-11',
        obligationVersion: 1,
        lateFor: '2 seconds',
      };
      const workflowId = dailyReportWorkflowId('FIRE', today, '211102');
      await (await stack.temporal.workflow.start('dailyReportWorkflow', { workflowId, taskQueue: stack.taskQueue, args: [duty] })).result();
      // the same duty run again (a restarted schedule) raises nothing new: the alarm is raised once
      await (await stack.temporal.workflow.start('dailyReportWorkflow', { workflowId, taskQueue: stack.taskQueue, args: [duty] })).result();

      const events = await stack.database.db
        .selectFrom('events')
        .select(['type'])
        .where('stream_id', '=', `reporting-duty-DAILY-FIRE-211102-${today}`)
        .orderBy('version')
        .execute();
      expect(events.map((e) => e.type)).toEqual(['ReportDueSoon', 'ReportMissed']);
      await waitFor(async () => received.length >= 2 && heard.length >= 2, 'the webhook and the subscription to hear the reminder and the alarm', 20_000);
      await new Promise((r) => setTimeout(r, 500));
      expect(received.map((b) => b.type).sort()).toEqual(['ReportDueSoon', 'ReportMissed']);
      expect(received.find((b) => b.type === 'ReportMissed').data).toMatchObject({ unitName: '双台子区消防救援支队', tier: 'DISTRICT', escalatedTo: 'CITY_DEPARTMENT' });
      expect(heard.filter((h) => h.type === 'ReportMissed')).toEqual([
        { type: 'ReportMissed', unitName: '双台子区消防救援支队', tier: 'DISTRICT', regionCode: '211102', escalatedTo: 'CITY_DEPARTMENT', date: today },
      ]);
      const board = await stack.gql(office, BOARD, { d: today });
      expect(board.data.reportingBoard.find((r: any) => r.departmentCode === 'FIRE' && r.regionCode === '211102').state).toBe('MISSED');
    } finally {
      await client.dispose();
      await new Promise((r) => server.close(() => r(undefined)));
    }
  });

  it('applies a changed cutoff from its version on, and old reports still regenerate byte for byte', async () => {
    const recorded = await stack.gql(office, RECORD, {
      i: {
        id: 'pjaw-2023-11',
        documentNumber: '盘安委办发〔2023〕11号',
        title: '关于开展安全生产隐患大排查大整治并每日报送隐患排查整改情况的通知',
        units: ['*'],
        countingFrom: '01-01',
        cityCutoff: '14:00',
        districtCutoff: '11:00',
        remindBeforeMinutes: 60,
        effectiveFrom: today,
        note: '报送时间提前一小时',
      },
    });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data.recordReportingObligation).toMatchObject({ version: 2, cityCutoff: '14:00', effectiveFrom: today });

    const [before, after] = await Promise.all([stack.gql(office, BOARD, { d: yesterday }), stack.gql(office, BOARD, { d: today })]);
    const cityUnit = (rows: any[]) => rows.find((r) => r.departmentCode === 'EMERGENCY' && r.regionCode === null && r.obligationId === 'pjaw-2023-11');
    expect(cityUnit(before.data.reportingBoard)).toMatchObject({ obligationVersion: 1, dueAt: new Date(`${yesterday}T15:00:00+08:00`).toISOString() });
    expect(cityUnit(after.data.reportingBoard)).toMatchObject({ obligationVersion: 2, dueAt: new Date(`${today}T14:00:00+08:00`).toISOString() });
    const todays = await stack.gql(district, DAILY, { d: today, dept: 'EMERGENCY' });
    expect(todays.data.dailyReport).toMatchObject({ obligationVersion: 2, dueAt: new Date(`${today}T11:00:00+08:00`).toISOString() });

    // a unit renamed since leaves the old reports naming it as it was
    const renamed = await stack.gql(office, 'mutation($i: RenameDepartmentInput!) { renameDepartment(input: $i) { name } }', {
      i: { code: 'EMERGENCY', name: '市应急管理局（机构改革后）', reason: '测试更名' },
    });
    expect(renamed.errors).toBeUndefined();
    for (const [token, region] of [
      [district, '211104'],
      [city, null],
    ] as const) {
      const verified = await stack.gql(token, 'query($d: String!, $r: String) { verifyDailyReport(date: $d, departmentCode: "EMERGENCY", regionCode: $r) { ok storedXlsxSha256 regeneratedXlsxSha256 } }', {
        d: yesterday,
        r: region,
      });
      expect(verified.errors).toBeUndefined();
      expect(verified.data.verifyDailyReport.ok).toBe(true);
    }
    const kept = await stack.gql(city, DAILY, { d: yesterday, dept: 'EMERGENCY' });
    expect(kept.data.dailyReport).toMatchObject({ unitName: '市应急管理局', obligationVersion: 1, dueAt: new Date(`${yesterday}T15:00:00+08:00`).toISOString() });
    // today's report stands as of 00:00 today, before the rename: it names the unit as it was then too
    expect((await stack.gql(city, DAILY, { d: today, dept: 'EMERGENCY' })).data.dailyReport.unitName).toBe('市应急管理局');
  });

  it('takes the period report an obligation demands, with a receipt, once', async () => {
    const from = addDays(today, -9);
    const to = yesterday;
    const dueAt = `${today}T15:00:00+08:00`;
    const recorded = await stack.gql(office, RECORD, {
      i: {
        id: 'period-test',
        documentNumber: '盘安委办发〔2026〕99号',
        title: '阶段性隐患排查整改情况报送',
        units: ['EMERGENCY'],
        cityCutoff: '15:00',
        districtCutoff: '12:00',
        effectiveFrom: from,
        endsOn: addDays(today, 30),
        periodReports: [{ from, to, dueAt, title: '阶段报告' }],
      },
    });
    expect(recorded.errors).toBeUndefined();
    const SUBMIT_PERIOD = `mutation($i: SubmitPeriodReportInput!) { submitPeriodReport(input: $i) { status kind from to ${REPORT_FIELDS} } }`;
    const first = await stack.gql(city, SUBMIT_PERIOD, { i: { from, to, departmentCode: 'EMERGENCY', signature: { reviewer: '李处长' } } });
    expect(first.errors).toBeUndefined();
    const p = first.data.submitPeriodReport;
    expect(p).toMatchObject({ status: 'SUBMITTED', kind: 'PERIOD', from, to, documentNumber: '盘安委办发〔2026〕99号', dueAt: new Date(dueAt).toISOString() });
    expect(p.receipt).toMatchObject({ contentHash: p.contentHash, dueAt: new Date(dueAt).toISOString(), late: Date.now() > Date.parse(dueAt) });
    const inPeriod = plan.filter((h) => EMERGENCY_SECTORS.includes(h.sector) && h.foundAt >= dayStart(from).getTime() && h.foundAt < dayStart(today).getTime());
    expect(p.attachment3.total.cumulative).toBe(inPeriod.length);
    const again = await stack.gql(city, SUBMIT_PERIOD, { i: { from, to, departmentCode: 'EMERGENCY' } });
    expect(again.data.submitPeriodReport.receipt).toEqual(p.receipt);
    const stored = await stack.database.db.selectFrom('daily_reports').selectAll().where('kind', '=', 'PERIOD').execute();
    expect(stored.map((r) => [r.department_code, r.region_code, r.period_from, r.report_date, r.status, r.obligation_id])).toEqual([
      ['EMERGENCY', '*', from, today, 'SUBMITTED', 'period-test'],
    ]);
    // the board of the due day shows it, beside the daily reports
    const board = await stack.gql(office, 'query($d: String!) { reportingBoard(date: $d) { kind obligationId periodFrom periodTo departmentCode regionCode state } }', { d: today });
    const periodRows = board.data.reportingBoard.filter((r: any) => r.kind === 'PERIOD');
    expect(periodRows.find((r: any) => r.regionCode === null)).toEqual({
      kind: 'PERIOD', obligationId: 'period-test', periodFrom: from, periodTo: to, departmentCode: 'EMERGENCY', regionCode: null, state: p.receipt.late ? 'LATE' : 'SUBMITTED',
    });
    expect(periodRows.filter((r: any) => r.regionCode !== null).every((r: any) => ['NOT_STARTED', 'MISSED'].includes(r.state))).toBe(true);
    // a period no obligation demands cannot be submitted
    expect(codeOf(await stack.gql(city, SUBMIT_PERIOD, { i: { from: addDays(from, 1), to, departmentCode: 'EMERGENCY' } }))).toBe('BAD_USER_INPUT');
  });

  it('refuses a bad obligation (due after its end, an unknown unit, districts after the city) with BAD_USER_INPUT and writes nothing', async () => {
    const count = await countObligations();
    const base = { id: 'bad', documentNumber: '盘安委办发〔2026〕1号', title: '测试', units: ['EMERGENCY'], cityCutoff: '15:00', districtCutoff: '12:00', effectiveFrom: '2026-01-01' };
    const attempts = [
      { ...base, endsOn: '2026-01-31', periodReports: [{ from: '2026-01-01', to: '2026-01-31', dueAt: '2026-02-01T15:00:00+08:00', title: '一月' }] },
      { ...base, units: ['EMERGENCY', 'NO_SUCH_UNIT'] },
      { ...base, districtCutoff: '16:00' },
      { ...base, cityCutoff: '25:00' },
      { ...base, endsOn: '2025-12-31' },
    ];
    for (const i of attempts) {
      const res = await stack.gql(office, RECORD, { i });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toBeTruthy();
    }
    expect(codeOf(await stack.gql(city, RECORD, { i: base }))).toBe('FORBIDDEN');
    expect(await countObligations()).toBe(count);
  });

  it('counts working days by the official calendar of every year from the notice’s (2023) on, each with its source', async () => {
    for (const [year, holiday, workday] of [
      [2023, '2023-01-23', '2023-01-28'],
      [2024, '2024-02-12', '2024-02-04'],
      [2025, '2025-01-29', '2025-01-26'],
      [2026, '2026-02-17', '2026-02-14'],
    ] as const) {
      const res = await stack.gql(office, 'query($y: Int!) { holidayCalendar(year: $y) { year official source days { date kind } } }', { y: year });
      expect(res.errors).toBeUndefined();
      const c = res.data.holidayCalendar;
      expect(c.official).toBe(true);
      expect(c.source).toContain(`${year}年部分节假日安排的通知`);
      expect(c.days).toContainEqual({ date: holiday, kind: 'HOLIDAY' });
      expect(c.days).toContainEqual({ date: workday, kind: 'WORKDAY' });
    }
  });
});
