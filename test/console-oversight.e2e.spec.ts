import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, screensInBothLanguages, signedIn } from './support/browser';
import { type Person, type TestStack, startStack } from './support/stack';

/**
 * 专项行动与督查检查, the campaigns' and oversight screens, in Debian's Chromium against the real gateway, worker,
 * Temporal dev server and Postgres.
 */
describe('web console: campaigns, supervision and inspection (专项行动与督查检查)', () => {
  let stack: TestStack;
  let browser: Browser;
  let base: string;
  const people: Record<string, Person> = {
    office: { sub: 'ov-office', name: '王安委办', roles: ['COMMITTEE_OFFICE'] },
    enforcement: { sub: 'ov-enf', name: '兴隆台执法队长', roles: ['SUPERVISOR'], regions: ['211103'], departments: ['EMERGENCY'] },
    other: { sub: 'ov-other', name: '双台子执法队长', roles: ['SUPERVISOR'], regions: ['211102'], departments: ['EMERGENCY'] },
  };
  const tokens: Record<string, string> = {};
  const gql = (token: string, query: string, variables?: Record<string, unknown>) => stack.gqlData(token, query, variables);
  const day = (offset: number) => new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
  const campaignId = `winter-${Date.now()}`;

  beforeAll(async () => {
    stack = await startStack(process.env.CONSOLE_DIR ? { env: { CONSOLE_DIR: process.env.CONSOLE_DIR } } : {});
    base = stack.url.replace(/\/graphql$/, '');
    for (const [key, person] of Object.entries(people)) tokens[key] = await stack.token(person);
    await gql(tokens.office, 'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }', {
      i: { campaignId, name: '今冬明春隐患排查整治专项行动', from: day(-5), to: day(60), regions: ['211103', '211104'], sectors: ['HAZARDOUS_CHEMICALS'], teams: [{ name: '第一督查组', leader: '刘副市长', leaderLed: true }] },
    });
    await gql(tokens.office, 'mutation($i: RecordSpecialMeetingInput!) { recordSpecialMeeting(input: $i) { id } }', { i: { campaignId, heldOn: day(-5), chairedBy: '市长', decisions: '全市部署' } });
    await gql(tokens.office, 'mutation($i: RecordSpecialMeetingInput!) { recordSpecialMeeting(input: $i) { id } }', {
      i: { campaignId, heldOn: day(-4), chairedBy: '兴隆台区长', decisions: '区级部署', heldBy: { kind: 'DISTRICT', code: '211103' } },
    });
    await gql(tokens.office, 'mutation($i: OpenSupervisionInput!) { openSupervision(input: $i) { id } }', {
      i: { id: 'sup-dw', title: '大洼区专项行动暗访', target: { kind: 'DISTRICT', code: '211104', name: '大洼区' }, method: 'FOUR_NOS_TWO_DIRECTS', leaderLed: true, leader: '刘副市长' },
    });
    await gql(tokens.office, 'mutation($i: RecordSupervisionFindingInput!) { recordSupervisionFinding(input: $i) { id } }', { i: { id: 'sup-dw', description: '区级方案未明确包保责任人检查频次' } });
    await gql(tokens.office, 'mutation($i: AddSupervisionRoundInput!) { addSupervisionRound(input: $i) { id } }', { i: { campaignId, oversightId: 'sup-dw' } });
    await gql(tokens.office, 'mutation($i: SaveEnforcementBodyInput!) { saveEnforcementBody(input: $i) { code } }', {
      i: { code: 'PJ-YJ-ZF', name: '盘锦市应急管理综合行政执法队', departmentCode: 'EMERGENCY', items: [{ code: 'YJ-001', name: '危险化学品企业安全生产条件检查' }], source: '行政检查事项清单（测试版）' },
    });
    const inspect = (id: string, token: string, enterprise: Record<string, string>) =>
      gql(token, 'mutation($i: OpenInspectionInput!) { openInspection(input: $i) { id } }', {
        i: { id, enforcementBodyCode: 'PJ-YJ-ZF', itemCode: 'YJ-001', enterprise, inspectors: [{ name: '张执法', certificateNo: '21110001' }, { name: '李执法', certificateNo: '21110002' }], approvedBy: '王局长', approvalDocument: '盘应急检批〔2026〕3号' },
      });
    await inspect('insp-xlt', tokens.enforcement, { name: '兴隆台某化工有限公司', creditCode: '91211100MA0QX7KB3B', regionCode: '211103' });
    await inspect('insp-stc', tokens.other, { name: '双台子某燃气有限公司', creditCode: '91211102MA0RG00029', regionCode: '211102' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('loads the campaigns, a campaign and the oversight screens with no console error, no request leaving 127.0.0.1 and no serious axe finding, in Chinese and English', async () => {
    const { context, page, watched } = await signedIn(browser, base, tokens.office);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '专项行动' }).click();
    await page.getByRole('heading', { level: 1, name: '专项行动' }).waitFor();
    const screens: [string, string, string][] = [
      ['/campaigns', '专项行动', 'Campaigns'],
      [`/campaigns/${campaignId}`, '今冬明春隐患排查整治专项行动', '今冬明春隐患排查整治专项行动'],
      ['/oversight', '督查与检查', 'Supervision and inspection'],
    ];
    const findings = await screensInBothLanguages(page, base, screens);
    expect(findings).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await context.close();
  });

  it('shows per district and department who held the meeting and was supervised; the office records a department’s meeting and a penalty case, a refusal beside the form', async () => {
    const { context, page, watched } = await signedIn(browser, base, tokens.office);
    await page.goto(`${base}/campaigns/${campaignId}`);
    const units = page.getByTestId('campaign-units');
    await units.waitFor();
    const cell = (unit: string, name: string) => units.locator(`[data-unit="${unit}"] [data-cell="${name}"]`).innerText();
    expect(await cell('DISTRICT:211103', 'meeting')).toBe('已召开');
    expect(await cell('DISTRICT:211104', 'meeting')).toBe('未召开');
    expect(await cell('DISTRICT:211104', 'rounds')).toBe('1');
    expect(await cell('DISTRICT:211103', 'rounds')).toBe('0');
    expect(await cell('DEPARTMENT:EMERGENCY', 'meeting')).toBe('未召开');

    // the department's own meeting, after the period: refused beside the form, nothing recorded
    await page.getByTestId('campaign-meeting').click();
    const form = page.getByTestId('campaign-meeting-form');
    await form.getByLabel('召开单位').selectOption('DEPARTMENT:EMERGENCY');
    await form.getByLabel('召开日期').fill(day(90));
    await form.getByLabel('主持人').fill('应急局长');
    await form.getByLabel('部署事项').fill('部门部署');
    await form.getByRole('button', { name: '确认提交' }).click();
    expect(await form.getByRole('alert').innerText()).toMatch(/after the campaign ended[\s\S]*BAD_USER_INPUT/);
    expect(await form.getByLabel('召开日期').getAttribute('aria-invalid')).toBe('true');
    expect((await gql(tokens.office, `{ campaignProgress(id: "${campaignId}") { meetings } }`)).campaignProgress.meetings).toBe(2);
    await form.getByLabel('召开日期').fill(day(0));
    await form.getByRole('button', { name: '确认提交' }).click();
    await page.getByTestId('campaign-recorded').waitFor();
    await units.locator('[data-unit="DEPARTMENT:EMERGENCY"] [data-cell="meeting"]').filter({ hasText: '已召开' }).waitFor();

    await page.getByTestId('campaign-case').click();
    const caseForm = page.getByTestId('campaign-case-form');
    await caseForm.getByLabel('案号').fill('盘应急罚〔2026〕9号');
    await caseForm.getByLabel('单位名称').fill('兴隆台某化工有限公司');
    await caseForm.getByLabel('违法行为').fill('未按规定检测报警装置');
    await caseForm.getByLabel(/关联的督查或检查/).selectOption('insp-xlt');
    await caseForm.getByRole('button', { name: '确认提交' }).click();
    await units.locator('[data-unit="DISTRICT:211103"] [data-cell="cases"]').filter({ hasText: '1' }).waitFor();
    const measures = (await gql(tokens.office, `{ campaignProgress(id: "${campaignId}") { campaign { measures { penaltyCases } } penaltyCases } }`)).campaignProgress;
    expect(measures).toEqual({ campaign: { measures: { penaltyCases: true } }, penaltyCases: 1 });
    expect(watched.errors).toEqual([]);
    await context.close();
  });

  it('keeps supervisions apart from inspections; an inspection’s finding becomes a hazard in one step, linked with its origin; a person of 兴隆台区 sees only its inspection', async () => {
    const office = await signedIn(browser, base, tokens.office);
    await office.page.goto(`${base}/oversight`);
    await office.page.getByTestId('supervision-card').first().waitFor();
    // the page belongs to 专项行动's section: the header's link is lit
    expect(await office.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '专项行动' }).getAttribute('class')).toBe('active');
    expect(await office.page.getByTestId('supervision-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-oversight')))).toEqual(['sup-dw']);
    expect(await office.page.getByTestId('supervision-card').innerText()).toContain('区级方案未明确包保责任人检查频次');
    await office.context.close();

    const { context, page, watched } = await signedIn(browser, base, tokens.enforcement);
    await page.goto(`${base}/oversight`);
    await page.getByTestId('inspection-card').first().waitFor();
    expect(await page.getByTestId('inspection-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-oversight')))).toEqual(['insp-xlt']);
    expect(await page.getByRole('main').innerText()).not.toContain('双台子某燃气有限公司');
    // supervisions are the office's: this person opens none
    expect(await page.getByTestId('supervision-open').count()).toBe(0);
    const card = page.locator('[data-oversight="insp-xlt"]');
    await card.getByRole('button', { name: '记录问题：兴隆台某化工有限公司' }).click();
    const form = page.getByTestId('inspection-finding-form');
    await form.getByLabel('发现类型').selectOption('GENERAL_HAZARD');
    await form.getByLabel('问题描述').fill('罐区可燃气体报警器 2 台故障');
    await form.getByLabel(/隐患名称/).fill('罐区可燃气体报警器故障');
    await form.getByRole('button', { name: '确认提交' }).click();
    const link = card.getByTestId('inspection-created').getByRole('link');
    await link.waitFor();
    const id = decodeURIComponent(((await link.getAttribute('href')) as string).split('/').pop() as string);
    const { hazard } = await gql(tokens.office, 'query($id: ID!) { hazard(id: $id) { title level regionCode source origin { kind reference } } }', { id });
    expect(hazard).toEqual({ title: '罐区可燃气体报警器故障', level: 'GENERAL', regionCode: '211103', source: 'DEPARTMENT_INSPECTION', origin: { kind: 'INSPECTION', reference: expect.stringMatching(/^oversight-insp-xlt@\d+$/) } });
    await card.getByTestId('inspection-hazards').getByRole('link', { name: /罐区可燃气体报警器故障/ }).waitFor();
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);

    // campaigns are the office's: this person is told so, not shown an error
    await page.goto(`${base}/campaigns`);
    await page.getByText('专项行动由安委办组织').waitFor();
    await context.close();
  });

  it('takes the README’s pictures when asked (CONSOLE_SCREENSHOTS=<folder>)', async () => {
    const folder = process.env.CONSOLE_SCREENSHOTS;
    if (!folder) return;
    mkdirSync(folder, { recursive: true });
    const { context, page } = await signedIn(browser, base, tokens.office);
    await page.goto(`${base}/campaigns/${campaignId}`);
    await page.getByTestId('campaign-units').waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(folder, 'campaign.png'), fullPage: true });
    await page.goto(`${base}/oversight`);
    await page.getByTestId('inspection-card').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(folder, 'oversight.png'), fullPage: true });
    await context.close();
  });
});
