import { DEVELOPMENT_ENTERPRISE_CREDIT_CODE } from '@hazard/config';
import { type DemoSummary, demoState, fillDemoCity, runDemo } from '../scripts/demo';
import { launchBrowser, signedIn } from './support/browser';
import { adminQuery } from './support/database';
import { TEST_JWT_SECRET, type TestStack, startStack } from './support/stack';

const STATUSES = ['FOUND', 'LISTED', 'SUPERVISED', 'SUSPENDED', 'RECTIFIED', 'CANCELLED'];
const HAZARD = `id code status level deadline overdue pendingVerification escalationLevel enterpriseCreditCode
  origin { kind } evidence { sha256 mediaType } suspension { monitors { name account } checkCount }
  nextClock { kind dueAt }`;

/** `npm start -- --demo` (README "A demo city"): the filler against the real gateway, worker, Temporal and Postgres. */
describe('the demo city', () => {
  let stack: TestStack;
  let auditor: string;
  let office: string;
  let first: DemoSummary;
  const options = () => ({ url: stack.url, secret: TEST_JWT_SECRET });
  const read = async (token: string, query: string, variables?: Record<string, unknown>) => {
    const res = await stack.gql(token, query, variables);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  /** What people recorded (not the clocks, which keep running): events by actors other than the system, rows, files. */
  const snapshot = async () => {
    const db = stack.database.name;
    const one = async (sql: string) => (await adminQuery(sql, [], db)).rows;
    return {
      events: await one(`select count(*)::int as n from events where metadata->'actor'->>'sub' <> 'system'`),
      streams: await one('select stream_type, count(*)::int as n from streams group by stream_type order by stream_type'),
      hazards: await one('select status, count(*)::int as n from hazards group by status order by status'),
      evidence: await one('select count(*)::int as n from evidence_files'),
      reports: await one(`select department_code, region_code, status from daily_reports order by department_code, region_code`),
    };
  };

  beforeAll(async () => {
    stack = await startStack();
    auditor = await stack.token({ sub: 'aud', name: '审计员', roles: ['AUDITOR'] });
    office = await stack.token({ sub: 'office', name: '安委办', roles: ['COMMITTEE_OFFICE'] });
  });
  afterAll(() => stack?.close());

  it('fills an empty system through the API: hazards in every state with clocks overdue and due soon, the register, a campaign, a roster, submitted reports', async () => {
    expect(await demoState(options())).toBe('EMPTY');
    const progress: number[] = [];
    const outcome = await runDemo({ ...options(), onProgress: (done, total) => progress.push(total - done) });
    expect(outcome.kind).toBe('filled');
    if (outcome.kind === 'skipped') return;
    first = outcome.summary;
    expect(progress.at(-1)).toBe(0);
    expect(progress.length).toBeGreaterThan(150);

    // every status, overdue ones and some due within two days
    for (const status of STATUSES) expect([status, first.byStatus[status]]).toEqual([status, expect.any(Number)]);
    for (const status of STATUSES) expect(first.byStatus[status]).toBeGreaterThan(0);
    expect(first.hazards).toBeGreaterThanOrEqual(25);
    expect(first.hazards).toBeLessThanOrEqual(40);
    expect(first.overdue).toBeGreaterThanOrEqual(3);
    expect(first.pendingVerification).toBeGreaterThanOrEqual(3);
    const { hazards } = await read(auditor, `{ hazards(first: 100) { totalCount edges { node { ${HAZARD} } } } }`);
    const all = hazards.edges.map((e: any) => e.node);
    expect(all).toHaveLength(first.hazards);
    const soon = all.filter((h: any) => h.deadline && !h.overdue && Date.parse(h.deadline) - Date.now() < 2 * 86_400_000);
    expect(soon.length).toBeGreaterThanOrEqual(2);
    expect(all.filter((h: any) => h.escalationLevel >= 2).length).toBeGreaterThanOrEqual(2);
    expect(new Set(all.map((h: any) => h.origin?.kind).filter(Boolean))).toEqual(new Set(['PATROL', 'SITE_VERIFICATION']));
    expect(all.some((h: any) => h.evidence.some((f: any) => f.mediaType === 'image/png'))).toBe(true);
    // the standby roster posts the enterprise's safety manager (the console's development sign-in) by account
    expect(all.some((h: any) => h.suspension?.monitors.some((m: any) => m.account === 'dev-enterprise') && h.suspension.checkCount > 0)).toBe(true);

    // the enterprise's safety manager sees its own hazards and nothing else
    const manager = await stack.token({ sub: 'dev-enterprise', roles: ['ENTERPRISE'], creditCode: DEVELOPMENT_ENTERPRISE_CREDIT_CODE });
    const own = (await read(manager, '{ hazards(first: 100) { edges { node { enterpriseCreditCode } } } }')).hazards.edges.map((e: any) => e.node);
    expect(own.length).toBeGreaterThanOrEqual(5);
    expect(own.every((h: any) => h.enterpriseCreditCode === DEVELOPMENT_ENTERPRISE_CREDIT_CODE)).toBe(true);

    // the register: enterprises, key units by colour, sources graded by GB 18218 with a missed patrol and a vacant role
    const register = await read(
      auditor,
      '{ enterprises { creditCode keyUnit { riskColour } keyParts { id } } majorHazardSources { id assessment { level } overduePatrols vacantRoles } }',
    );
    expect(register.enterprises.length).toBeGreaterThanOrEqual(8);
    expect(new Set(register.enterprises.map((e: any) => e.keyUnit?.riskColour).filter(Boolean))).toEqual(new Set(['RED', 'ORANGE', 'YELLOW']));
    expect(register.majorHazardSources).toHaveLength(4);
    expect(register.majorHazardSources.every((s: any) => s.assessment?.level >= 1)).toBe(true);
    expect(register.majorHazardSources.some((s: any) => s.vacantRoles.length > 0)).toBe(true);
    expect(first.enterprises).toBe(register.enterprises.length);

    // the campaign with its four measures
    const { campaigns } = await read(office, '{ campaigns { id } }');
    expect(campaigns).toHaveLength(1);
    const { campaignProgress } = await read(office, `query($id: ID!) { campaignProgress(id: $id) {
      campaign { measures { specialMeeting supervisionRounds listedMajorHazards penaltyCases } } listedMajorHazards hazardsFound } }`, { id: campaigns[0].id });
    expect(campaignProgress.campaign.measures).toEqual({ specialMeeting: true, supervisionRounds: true, listedMajorHazards: true, penaltyCases: true });
    expect(campaignProgress.listedMajorHazards).toBe(3);
    expect(campaignProgress.hazardsFound).toBeGreaterThan(10);

    // the duty desk: this week's roster, someone on duty now, an open handover, an incident on its clock, resources
    expect(first.rosterShifts).toBe(14);
    const { dutySummary } = await read(office, '{ dutySummary { dutyLeaders openHandoverItems incidentClocks { title overdue } teamsReady depotsReady } }');
    expect(dutySummary.dutyLeaders.length).toBeGreaterThan(0);
    expect(dutySummary.openHandoverItems.length).toBe(2);
    expect(dutySummary.incidentClocks.length).toBeGreaterThan(0);
    expect([dutySummary.teamsReady, dutySummary.depotsReady]).toEqual([1, 1]);

    // today's daily reports: two district units and the city department submitted, and they verify
    expect(first.reportsSubmitted).toBe(3);
    const { reportingBoard } = await read(office, 'query($d: String!) { reportingBoard(date: $d) { unitName state } }', { d: first.reportDate });
    expect(reportingBoard.filter((r: any) => ['SUBMITTED', 'LATE'].includes(r.state)).map((r: any) => r.unitName).sort()).toEqual(['兴隆台区应急管理局', '大洼区应急管理局', '市应急管理局'].sort());
    const verified = await read(office, 'query($d: String!) { verifyDailyReport(date: $d, departmentCode: "EMERGENCY") { ok } }', { d: first.reportDate });
    expect(verified.verifyDailyReport.ok).toBe(true);

    // the record is the real one: hash chains verify
    for (const h of all.slice(0, 5)) {
      const { verifyHazardHistory } = await read(auditor, 'query($id: ID!) { verifyHazardHistory(id: $id) { ok matchesReadModel } }', { id: h.id });
      expect(verifyHazardHistory).toEqual({ ok: true, matchesReadModel: true });
    }
  }, 900_000);

  it('runs once: a second --demo skips, and the filler run again in full records nothing new', async () => {
    expect(first).toBeDefined();
    const before = await snapshot();
    expect(await demoState(options())).toBe('COMPLETE');
    expect(await runDemo(options())).toMatchObject({ kind: 'skipped', state: 'COMPLETE' });
    const again = await fillDemoCity(options());
    expect(await snapshot()).toEqual(before);
    expect({ ...again, overdue: 0 }).toEqual({ ...first, overdue: 0 });
  }, 900_000);

  it('reaches every screen of the console with data, as the office sees it, with no console error', async () => {
    expect(first).toBeDefined();
    const browser = await launchBrowser();
    try {
      const base = stack.url.replace(/\/graphql$/, '');
      const { context, page, watched } = await signedIn(browser, base, office);
      const { hazards } = await read(office, '{ hazards(first: 1) { edges { node { id } } } }');
      const { campaigns } = await read(office, '{ campaigns { id } }');
      const id = hazards.edges[0].node.id;
      // each screen and what shows it has data (a row, a card, a count that is not zero)
      const screens: [string, string][] = [
        ['/', '.tile li a[href^="/hazards/"]'],
        ['/hazards', '[data-testid="hazard-row"]'],
        [`/hazards/${encodeURIComponent(id)}`, '[data-testid="timeline"] ol.timeline li'],
        ['/overdue', '[data-testid="overdue-table"] tbody tr'],
        // today's report stands as of 00:00 (README "A demo city"): submitted, its lists empty until tomorrow's
        [`/report?date=${first.reportDate}&department=EMERGENCY`, '[data-testid="report-status"]:has-text("已提交")'],
        [`/audit/${encodeURIComponent(id)}`, '[data-testid="audit-ok"]'],
        ['/duty', '[data-testid="duty-clock-row"]'],
        ['/duty/roster', '[data-testid="roster-card"]'],
        ['/duty/log', '[data-testid="duty-log-entry"]'],
        ['/duty/incidents', '[data-testid="incident-card"]'],
        ['/register', '[data-testid="register-overview"] tbody tr'],
        ['/register/enterprises', '[data-testid="enterprise-row"]'],
        ['/register/sources', '[data-testid="patrol-overdue"]'],
        ['/register/grading', '[data-testid="grade-reference-table"] tbody tr'],
        [`/reporting?department=ALL&region=&from=${first.reportDate.slice(0, 4)}-01-01&to=${first.reportDate}`, '[data-testid="period-summary"]'],
        ['/reporting/import', '[data-testid="import-form"]'],
        ...CAMPAIGN_SCREENS,
        [`/campaigns/${encodeURIComponent(campaigns[0].id)}`, '[data-testid="campaign-units"] [data-cell="rounds"]:has-text("1")'],
      ];
      const empty: string[] = [];
      for (const [path, marker] of screens) {
        await page.goto(`${base}${path}`);
        const found = await page
          .locator(marker)
          .first()
          .waitFor({ timeout: 15_000 })
          .then(() => true, () => false);
        if (!found) empty.push(path);
      }
      expect(empty).toEqual([]);
      await page.goto(`${base}/reporting?department=ALL&region=&from=${first.reportDate.slice(0, 4)}-01-01&to=${first.reportDate}`);
      expect(await page.getByTestId('period-summary').innerText()).not.toMatch(/^发现 0 项/);
      expect(watched.errors).toEqual([]);
      expect(watched.external).toEqual([]);
      await context.close();
    } finally {
      await browser.close();
    }
  }, 300_000);
});

/** The campaigns' and oversight screens (专项行动与督查检查) and what shows they have data. */
const CAMPAIGN_SCREENS: [string, string][] = [
  ['/campaigns', '[data-testid="campaign-card"]'],
  ['/oversight', '[data-testid="supervision-card"] [data-testid="oversight-findings"] li'],
];
