import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, seriousViolations, signedIn } from './support/browser';
import { type Person, type TestStack, startStack } from './support/stack';
import { waitFor } from './support/wait';

/**
 * 应急值守, the duty desk's screens, in a real browser (Debian's Chromium through playwright-core) against
 * the real gateway, worker, Temporal dev server and Postgres. The gateway serves the console that
 * `npm run build:console` wrote to dist/console (or CONSOLE_DIR, a build of one's own).
 */
describe('web console: the duty desk (应急值守)', () => {
  let stack: TestStack;
  let browser: Browser;
  let base: string;
  const people: Record<string, Person> = {
    office: { sub: 'duty-office', name: '王安委办', roles: ['COMMITTEE_OFFICE'] },
    xlt: { sub: 'duty-xlt', name: '兴隆台值班长', roles: ['SUPERVISOR'], regions: ['211103'], departments: ['EMERGENCY'] },
    stc: { sub: 'duty-stc', name: '双台子值班长', roles: ['SUPERVISOR'], regions: ['211102'], departments: ['EMERGENCY'] },
  };
  const tokens: Record<string, string> = {};
  const gql = (token: string, query: string, variables?: Record<string, unknown>) => stack.gqlData(token, query, variables);
  const iso = (ms: number) => new Date(ms).toISOString();
  const beijingDate = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
  const screens: [string, string][] = [
    ['/duty', '应急值守'],
    ['/duty/roster', '值班表'],
    ['/duty/log', '值班记录与交接班'],
    ['/duty/incidents', '事故信息'],
  ];

  /** One region's duty desk, through the API as the desk itself would keep it: a roster on now, an incident on the clock, a team, a depot, a log entry, a handover. */
  async function seedRegion(token: string, region: string, place: string) {
    const start = Date.now() - 3_600_000;
    const date = beijingDate(start);
    const team = (suffix: string) => [
      { role: 'DUTY_LEADER', name: `${place}王局长${suffix}`, phone: '13800000001' },
      { role: 'SHIFT_HEAD', name: `${place}张科长${suffix}`, phone: '13800000002' },
      { role: 'DISPATCHER', name: `${place}李调度${suffix}` },
    ];
    const rosterId = `roster-${region}`;
    await gql(token, 'mutation($i: PublishRosterInput!) { publishRoster(input: $i) { id } }', {
      i: {
        rosterId,
        level: 'DISTRICT',
        regionCode: region,
        departmentCode: 'EMERGENCY',
        shifts: [
          { date, name: '白班', startsAt: iso(start), endsAt: iso(start + 9 * 3_600_000), assignments: team('') },
          { date, name: '夜班', startsAt: iso(start + 9 * 3_600_000), endsAt: iso(start + 24 * 3_600_000), assignments: team('（夜）') },
        ],
      },
    });
    await gql(token, 'mutation($i: HandOverDutyInput!) { handOverDuty(input: $i) { id } }', {
      i: { rosterId, handoverId: `handover-${region}`, fromShift: `${date}/白班`, toShift: `${date}/夜班`, pendingItems: [`${place}：跟踪储罐泄漏事故续报`] },
    });
    await gql(token, 'mutation($i: RecordIncidentInput!) { recordIncident(input: $i) { id } }', {
      i: {
        incidentId: `incident-${region}`,
        title: `${place}某化工企业储罐泄漏`,
        level: 'ORDINARY',
        sector: 'HAZARDOUS_CHEMICALS',
        regionCode: region,
        departmentCode: 'EMERGENCY',
        place: `${place}石化园区 3 号罐区`,
        summary: '储罐法兰泄漏，1 人受伤',
        happenedAt: iso(Date.now() - 30 * 60_000),
        receivedAt: iso(Date.now() - 5_000),
        casualties: { injuries: 1 },
      },
    });
    const RES = 'mutation($i: RegisterEmergencyResourceInput!) { registerEmergencyResource(input: $i) { id } }';
    await gql(token, RES, { i: { resourceId: `team-${region}`, kind: 'TEAM', name: `${place}危化品应急救援队`, regionCode: region, departmentCode: 'EMERGENCY', base: `${place}消防站`, teamType: 'HAZARDOUS_CHEMICALS', headcount: 40, leader: '张队长', dutyPhone: '0427-1234567' } });
    await gql(token, `mutation { reportTeamStatus(input: { resourceId: "team-${region}", onDuty: 12 }) { id } }`);
    await gql(token, `mutation { recordTeamDrill(input: { resourceId: "team-${region}", heldOn: "${date}", note: "泄漏处置演练" }) { id } }`);
    await gql(token, RES, { i: { resourceId: `depot-${region}`, kind: 'DEPOT', name: `${place}应急物资储备库`, regionCode: region, departmentCode: 'EMERGENCY', base: place } });
    await gql(token, 'mutation($i: SetResourceStockInput!) { setResourceStock(input: $i) { id } }', {
      i: { resourceId: `depot-${region}`, code: '2101001', name: '防化服', unit: '套', quantity: 50, condition: 'GOOD', expiresOn: '2099-01-01', reason: '入库' },
    });
    await gql(token, 'mutation($i: RecordDutyLogEntryInput!) { recordDutyLogEntry(input: $i) { id } }', {
      i: { entryId: `log-${region}`, regionCode: region, departmentCode: 'EMERGENCY', receivedAt: iso(Date.now() - 60_000), channel: 'PHONE', reporter: `${place}园区管委会值班室`, reporterPhone: '0427-7777777', place: `${place}石化园区`, summary: `${place}：储罐法兰泄漏，1 人受伤`, casualties: { injuries: 1 }, measures: '已启动企业应急预案' },
    });
  }

  beforeAll(async () => {
    stack = await startStack(process.env.CONSOLE_DIR ? { env: { CONSOLE_DIR: process.env.CONSOLE_DIR } } : {});
    base = stack.url.replace(/\/graphql$/, '');
    for (const [key, person] of Object.entries(people)) tokens[key] = await stack.token(person);
    await seedRegion(tokens.xlt, '211103', '兴隆台');
    await seedRegion(tokens.stc, '211102', '双台子');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('loads each duty screen with no console error, no request leaving 127.0.0.1 and no serious axe finding, in Chinese and English', async () => {
    const { context, page, watched } = await signedIn(browser, base, tokens.office);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '应急值守' }).click();
    await page.getByRole('heading', { level: 1, name: '应急值守' }).waitFor();
    const findings: string[] = [];
    for (const [path, heading] of screens) {
      await page.goto(`${base}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      findings.push(...(await seriousViolations(page)).map((v) => `${path}: ${v}`));
    }
    await page.getByRole('button', { name: '切换到英文' }).click();
    for (const [path, heading] of [
      ['/duty', 'Duty desk'],
      ['/duty/roster', 'Rosters'],
      ['/duty/log', 'Duty log and handovers'],
      ['/duty/incidents', 'Incidents'],
    ]) {
      await page.goto(`${base}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      findings.push(...(await seriousViolations(page)).map((v) => `${path} (en): ${v}`));
    }
    await page.getByRole('button', { name: 'Switch to Chinese' }).click();
    expect(findings).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await context.close();
  });

  it('shows a person scoped to 兴隆台区 only that region’s duty leaders, incidents, resources, rosters and log', async () => {
    const { context, page, watched } = await signedIn(browser, base, tokens.xlt);
    await page.goto(`${base}/duty`);
    await page.getByTestId('duty-leaders').filter({ hasText: '兴隆台王局长' }).waitFor();
    const desk = await page.getByRole('main').innerText();
    expect(desk).toContain('兴隆台某化工企业储罐泄漏');
    expect(desk).toContain('兴隆台危化品应急救援队');
    expect(desk).toContain('兴隆台：跟踪储罐泄漏事故续报');
    expect(desk).not.toContain('双台子');
    expect(await page.getByTestId('duty-resource-row').count()).toBe(2);
    // the region list offers only what the token covers
    expect(await page.locator('#duty-region option').allInnerTexts()).toEqual(['全部县区', '兴隆台区']);

    await page.goto(`${base}/duty/roster`);
    await page.getByTestId('roster-card').first().waitFor();
    expect(await page.getByTestId('roster-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-roster')))).toEqual(['roster-211103']);
    await page.goto(`${base}/duty/log`);
    await page.getByTestId('duty-log-entry').first().waitFor();
    await page.getByTestId('duty-handover').first().waitFor();
    const log = await page.getByRole('main').innerText();
    expect(log).toContain('兴隆台：储罐法兰泄漏');
    expect(log).not.toContain('双台子');
    await page.goto(`${base}/duty/incidents`);
    await page.getByTestId('incident-card').first().waitFor();
    expect(await page.getByTestId('incident-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-incident')))).toEqual(['incident-211103']);

    // and the other region's person sees the other region
    const other = await signedIn(browser, base, tokens.stc);
    await other.page.goto(`${base}/duty`);
    await other.page.getByTestId('duty-leaders').filter({ hasText: '双台子王局长' }).waitFor();
    expect(await other.page.getByRole('main').innerText()).not.toContain('兴隆台');
    expect(watched.errors).toEqual([]);
    expect(other.watched.errors).toEqual([]);
    await other.context.close();
    await context.close();
  });

  it('refuses a roster with a gap: the server’s refusal beside the form and the shift, nothing published; filled in, it is published', async () => {
    const { context, page, watched } = await signedIn(browser, base, tokens.xlt);
    await page.goto(`${base}/duty/roster`);
    await page.getByRole('heading', { level: 1, name: '值班表' }).waitFor();
    await page.getByTestId('roster-card').first().waitFor();
    const form = page.getByTestId('roster-form');
    const rosterId = `roster-gap-${Date.now()}`;
    await form.getByLabel('值班表编号').fill(rosterId);
    expect(await form.getByLabel('县区').inputValue()).toBe('211103');
    // shift 1 has no duty leader (带班领导); shift 2 is complete
    await form.getByLabel('值班长姓名').nth(0).fill('张科长');
    await form.getByLabel('调度员姓名').nth(0).fill('李调度');
    await form.getByLabel('带班领导姓名').nth(1).fill('赵局长');
    await form.getByLabel('值班长姓名').nth(1).fill('钱科长');
    await form.getByLabel('调度员姓名').nth(1).fill('孙调度');
    // sent from the keyboard: Enter in a field submits the form
    await form.getByLabel('调度员姓名').nth(1).press('Enter');
    const refusal = page.getByTestId('roster-refusal');
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/服务器拒绝发布.*BAD_USER_INPUT.*带班领导/s);
    await expect(page.getByTestId('roster-shift-0').getAttribute('class')).resolves.toContain('refused');
    // beside the shift it names: the role nobody fills, its input marked
    await expect(page.getByTestId('roster-shift-0').getByTestId('roster-shift-error').innerText()).resolves.toContain('此班次缺少：带班领导');
    await expect(form.getByLabel('带班领导姓名').nth(0).getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByTestId('roster-shift-1').getAttribute('class')).resolves.not.toContain('refused');
    // nothing was written
    const rosters = await gql(tokens.office, '{ dutyRosters { id } }');
    expect(rosters.dutyRosters.map((r: { id: string }) => r.id).sort()).toEqual(['roster-211102', 'roster-211103']);
    if (process.env.CONSOLE_SCREENSHOTS) {
      mkdirSync(process.env.CONSOLE_SCREENSHOTS, { recursive: true });
      await page.setViewportSize({ width: 1400, height: 1100 });
      await page.locator('#roster-publish').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(process.env.CONSOLE_SCREENSHOTS, 'duty-roster.png') });
      await page.setViewportSize({ width: 1400, height: 900 });
    }

    await form.getByLabel('带班领导姓名').nth(0).fill('王局长');
    await form.getByRole('button', { name: '发布值班表' }).click();
    await page.getByTestId('roster-published').waitFor();
    await page.locator(`[data-roster="${rosterId}"]`).waitFor();
    expect(await page.getByTestId('roster-refusal').count()).toBe(0);
    const after = await gql(tokens.office, `{ dutyRosters { id shifts { assignments { role name } } } }`);
    const published = after.dutyRosters.find((r: { id: string }) => r.id === rosterId);
    expect(published.shifts[0].assignments.map((a: { name: string }) => a.name)).toEqual(['王局长', '张科长', '李调度']);
    expect(watched.errors).toEqual([]);
    await context.close();
  });

  it('counts each incident report down to its legal due time, every second, and a report filed through the form stops its clock', async () => {
    const { context, page, watched } = await signedIn(browser, base, tokens.xlt);
    await page.goto(`${base}/duty`);
    const row = page.getByTestId('duty-clock-row').filter({ hasText: '兴隆台某化工企业储罐泄漏' });
    await row.waitFor();
    // pass_on: two hours after the desk received it (5 s before it was recorded)
    expect(await row.innerText()).toContain('逐级上报');
    const countdown = row.getByTestId('duty-countdown');
    const first = await countdown.innerText();
    expect(first).toMatch(/^剩余 01:5\d:\d\d$/);
    await waitFor(async () => (await countdown.innerText()) !== first, 'the countdown to tick', 5_000);

    // recorded through the form, the incident's clocks start at once
    await page.goto(`${base}/duty/incidents`);
    const form = page.getByTestId('incident-form');
    await form.getByLabel('事故名称').fill('兴隆台某码头输油臂泄漏');
    await form.getByLabel('地点').fill('港区 2 号泊位');
    await form.getByLabel('简要经过').fill('输油臂法兰渗漏，无人员伤亡');
    const happened = new Date(Date.now() - 20 * 60_000 + 8 * 3_600_000).toISOString().slice(0, 16);
    await form.getByLabel('发生时间').fill(happened);
    await form.getByRole('button', { name: '登记事故' }).click();
    const recorded = await page.getByTestId('incident-recorded').innerText();
    const id = /incident-[\w-]+/.exec(recorded)?.[0] as string;
    const card = page.locator(`[data-incident="${id}"]`);
    await card.waitFor();
    // unit report: due an hour after it happened, filed on receipt; pass on: counting down from two hours
    await expect(card.locator('[data-report="unit_report"]').innerText()).resolves.toMatch(/已报.*按时/s);
    await expect(card.locator('[data-report="pass_on"]').getByTestId('incident-countdown').innerText()).resolves.toMatch(/^剩余 0[12]:\d\d:\d\d$/);

    await card.getByRole('button', { name: '报出逐级上报' }).click();
    await card.getByLabel('报送对象').fill('市应急管理局');
    await card.getByLabel('报告内容').fill('已电话报告市应急局值班室');
    await card.getByRole('button', { name: '确认提交' }).click();
    await card.locator('[data-report="pass_on"]').filter({ hasText: '按时' }).waitFor();
    expect(await card.locator('[data-report="pass_on"]').getByTestId('incident-countdown').count()).toBe(0);
    const incident = await gql(tokens.office, `query($id: ID!) { incident(id: $id) { reports { key filedAt late } } }`, { id });
    expect(incident.incident.reports.find((r: { key: string }) => r.key === 'pass_on')).toMatchObject({ late: false });
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await context.close();
  });

  it('takes the README’s pictures when asked (CONSOLE_SCREENSHOTS=<folder>)', async () => {
    const folder = process.env.CONSOLE_SCREENSHOTS;
    if (!folder) return;
    mkdirSync(folder, { recursive: true });
    const { context, page } = await signedIn(browser, base, tokens.office);
    const shoot = async (path: string, file: string, ready: (p: Page) => Promise<unknown>, fullPage = false) => {
      await page.goto(`${base}${path}`);
      await ready(page);
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: join(folder, file), fullPage });
    };
    await shoot('/duty', 'duty-desk.png', (p) => p.getByTestId('duty-clock-row').first().waitFor(), true);
    await shoot('/duty/log', 'duty-log.png', (p) => p.getByTestId('duty-log-entry').first().waitFor());
    // 双台子区's incident, its pass-on report still counting down
    await shoot('/duty/incidents?region=211102', 'duty-incidents.png', (p) => p.getByTestId('incident-countdown').first().waitFor(), true);
    await context.close();
  });
});
