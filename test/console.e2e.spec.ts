import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { RED_FILL, addDays, dayStart, shanghaiDay } from '@hazard/reports';
import { planCity, seedCity } from '@hazard/seed';
import { DEVELOPMENT_JWT_SECRET } from '@hazard/config';
import { adminQuery } from './support/database';
import { launchBrowser, seriousViolations, signedIn, tabTo } from './support/browser';
import { command, inDays, mutate, sampleReport, samplePlan, uploadEvidence } from './support/hazard-api';
import { type Person, type TestStack, startStack } from './support/stack';
import { waitFor } from './support/wait';

/**
 * The supervisors' console in a real browser (Debian's Chromium through playwright-core),
 * against the real gateway, worker, Temporal dev server and Postgres. The gateway serves the
 * console that `npm run build` wrote to dist/console.
 */
describe('web console', () => {
  let stack: TestStack;
  let browser: Browser;
  let base: string;
  const people: Record<string, Person> = {
    inspector: { sub: 'ui-inspector', name: '张检查', roles: ['INSPECTOR'] },
    supA: { sub: 'ui-sup-a', name: '李督办', roles: ['SUPERVISOR'] },
    supB: { sub: 'ui-sup-b', name: '吴督办', roles: ['SUPERVISOR'] },
    xlt: { sub: 'ui-sup-xlt', name: '兴隆台督办', roles: ['SUPERVISOR'], regions: ['211103'] },
    office: { sub: 'ui-office', name: '王安委办', roles: ['COMMITTEE_OFFICE'] },
    auditor: { sub: 'ui-auditor', name: '赵审计', roles: ['AUDITOR'] },
  };
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startStack();
    base = stack.url.replace(/\/graphql$/, '');
    for (const [key, person] of Object.entries(people)) tokens[key] = await stack.token(person);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  const report = (overrides: Record<string, unknown> = {}) => command(stack, tokens.inspector, 'reportHazard', sampleReport(overrides));

  it('serves the console under a strict self-only Content Security Policy', async () => {
    const res = await fetch(`${base}/hazards?status=FOUND`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await res.text()).toContain('<div id="root">');
    // hashed assets: cached for good, under the same policy; a missing one is a 404, never the page
    const html = await (await fetch(`${base}/`, { headers: { accept: 'text/html' } })).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] as string;
    const asset = await fetch(`${base}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await fetch(`${base}/assets/no-such-file.js`)).status).toBe(404);
    // the development sign-in offers nobody unless the server runs on the documented development secret
    expect(await (await fetch(`${base}/dev/tokens`)).json()).toEqual([]);
    // the API keeps its own answers
    const api = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(api.headers.get('content-type')).toContain('application/json');
  });

  it('offers the seeded people for sign-in only on the documented development secret, with tokens that work', async () => {
    const dev = await startStack({ worker: 'none', env: { JWT_SECRET: DEVELOPMENT_JWT_SECRET } });
    try {
      const people = (await (await fetch(dev.url.replace(/\/graphql$/, '/dev/tokens'))).json()) as { role: string; sub: string; token: string }[];
      expect(people.map((p) => p.role).sort()).toEqual(['AUDITOR', 'COMMITTEE_OFFICE', 'ENTERPRISE', 'INSPECTOR', 'SUPERVISOR', 'SUPERVISOR', 'SUPERVISOR']);
      for (const sub of ['dev-supervisor-xlt', 'dev-enterprise']) {
        const scoped = people.find((p) => p.sub === sub) as { token: string };
        const answer = await dev.gql(scoped.token, '{ hazards { totalCount } }');
        expect(answer.errors).toBeUndefined();
      }
    } finally {
      await dev.close();
    }
  });

  it('loads every screen with no console error, no request leaving 127.0.0.1 and no serious axe finding', async () => {
    const { id } = await report();
    const { context, page, watched } = await signedIn(browser, base, tokens.office);
    const screens: [string, string][] = [
      ['/', '我的待办'],
      ['/hazards', '隐患台账'],
      ['/hazards/new', '上报隐患'],
      [`/hazards/${id}`, '储罐区可燃气体报警器失效'],
      ['/overdue', '逾期督办'],
      ['/report', '日报'],
      [`/audit/${id}`, '审计'],
    ];
    const findings: string[] = [];
    for (const [path, heading] of screens) {
      await page.goto(`${base}${path}`);
      await page.getByRole('heading', { level: 1 }).filter({ hasText: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      findings.push(...(await seriousViolations(page)).map((v) => `${path}: ${v}`));
    }
    // English too, and the choice is remembered
    await page.getByRole('button', { name: '切换到英文' }).click();
    await page.getByRole('heading', { level: 1, name: /Audit/ }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Audit/ }).waitFor();
    expect(findings).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await context.close();
  });

  it('signs in on Enter, and reads a token whose scope is ["*"] as the server does: the report form offers every region', async () => {
    const token = await stack.token({ sub: 'ui-array-wildcard', name: '全市检查员', roles: ['INSPECTOR'], regions: ['*'], departments: ['*'] });
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.getByLabel('令牌').fill(token);
    await page.getByLabel('令牌').press('Enter');
    await page.getByRole('heading', { level: 1, name: '我的待办' }).waitFor();
    await page.goto(`${base}/hazards/new`);
    await page.getByRole('heading', { level: 1, name: '上报隐患' }).waitFor();
    const regions = page.getByLabel('县区').locator('option');
    await waitFor(async () => (await regions.count()) >= 6, 'every region offered');
    expect(await page.getByLabel('负责部门').locator('option').count()).toBeGreaterThan(5);
    await context.close();
  });

  it('shows an enterprise’s safety manager its own hazards only, on the two screens it works in', async () => {
    const creditCode = '91211103MA0DEN0015';
    const own = await report({ title: '本企业：泵房可燃气体探头失效', enterpriseCreditCode: creditCode });
    await report({ title: '他企业：仓库消防通道堵塞' });
    const token = await stack.token({ sub: 'ui-enterprise', name: '企业安全管理员', roles: ['ENTERPRISE'], creditCode });
    const { context, page, watched } = await signedIn(browser, base, token);
    const links = await page.getByRole('navigation').getByRole('link').allInnerTexts();
    expect(links).toEqual(['我的待办', '隐患台账']);
    await page.goto(`${base}/hazards`);
    await page.getByTestId('list-status').filter({ hasText: /已加载/ }).waitFor();
    const rows = await page.getByTestId('hazard-row').allInnerTexts();
    expect(rows.length).toBe(1);
    expect(rows[0]).toContain('本企业：泵房可燃气体探头失效');
    await page.goto(`${base}/hazards/${own.id}`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: '泵房可燃气体探头失效' }).waitFor();
    expect(watched.errors).toEqual([]);
    await context.close();
  });

  it('shows a supervisor scoped to one region only that region’s hazards', async () => {
    await report({ regionCode: '211103', enterpriseName: '兴隆台某燃气公司', title: '兴隆台燃气调压站泄漏报警失灵' });
    await report({ regionCode: '211102', enterpriseName: '双台子某化工厂', title: '双台子反应釜安全阀超期未检' });
    const { context, page } = await signedIn(browser, base, tokens.xlt);
    await page.goto(`${base}/hazards`);
    await page.getByTestId('list-status').filter({ hasText: /已加载/ }).waitFor();
    const rows = await page.getByTestId('hazard-row').allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.includes('兴隆台区'))).toBe(true);
    expect(rows.some((r) => r.includes('双台子'))).toBe(false);
    await context.close();
  });

  it('puts a listing made by supervisor A on supervisor B’s open timeline without a reload (its lag is the bench’s measure)', async () => {
    const { id } = await report({ title: '实时测试：罐区防火堤破损' });
    const a = await signedIn(browser, base, tokens.supA);
    const b = await signedIn(browser, base, tokens.supB);
    await b.page.goto(`${base}/hazards/${id}`);
    await b.page.getByTestId('timeline').getByText('发现并报告').waitFor();
    // a mark on B's window: still there afterwards means the page was not reloaded
    await b.page.evaluate(() => ((globalThis as unknown as { notReloaded: boolean }).notReloaded = true));
    await a.page.goto(`${base}/hazards/${id}`);
    await a.page.getByRole('button', { name: '挂牌督办' }).click();
    await a.page.locator('#f-supervisingUnit').fill('盘锦市安全生产委员会办公室');
    await a.page.locator('#f-deadline').fill('2027-03-01T18:00');
    await a.page.getByRole('button', { name: '确认提交' }).click();
    await a.page.getByRole('status').filter({ hasText: '已提交' }).waitFor();
    // how fast is `npm run bench -- --sections console` (mutation → another browser's timeline), not a test's clock
    await b.page.getByTestId('timeline').locator('[data-event-type="HazardListed"]').waitFor();
    await expect(b.page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).resolves.toBe(true);
    await expect(b.page.getByTestId('hazard-status').innerText()).resolves.toBe('已挂牌');
    // the deadline is shown in Beijing time, whatever the browser's zone (Berlin here)
    await expect(b.page.getByTestId('hazard-deadline').innerText()).resolves.toBe('2027-03-01 18:00');
    await a.context.close();
    await b.context.close();
  });

  it('uploads photos with a rectification, refuses a file that is not evidence beside its field, and shows the photos with when and where they were taken', async () => {
    const { id } = await report({ level: 'GENERAL', title: '证据测试：配电箱接地线断开' });
    await command(stack, tokens.supA, 'superviseHazard', { hazardId: id, plan: samplePlan, deadline: inDays(20) });
    const { context, page, watched } = await signedIn(browser, base, tokens.inspector);
    await page.goto(`${base}/hazards/${id}`);
    await page.getByTestId('hazard-version').filter({ hasText: '版本 2' }).waitFor();
    await page.getByRole('button', { name: '提交整改' }).click();
    await page.locator('#f-summary').fill('已重新连接接地线并测试');
    const fixtures = join(__dirname, 'fixtures', 'evidence');
    await page.locator('#f-evidenceHashes').setInputFiles({ name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a photo at all') });
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.locator('#f-evidenceHashes-error').filter({ hasText: 'notes.jpg' }).waitFor();
    await expect(page.getByTestId('hazard-version').innerText()).resolves.toContain('版本 2');
    await page.locator('#f-evidenceHashes').setInputFiles([join(fixtures, 'site-photo.jpg'), join(fixtures, 'minimal.pdf')]);
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.getByTestId('hazard-version').filter({ hasText: '版本 3' }).waitFor();
    const evidence = page.getByTestId('evidence');
    await evidence.getByText('site-photo.jpg').waitFor();
    await expect(evidence.innerText()).resolves.toMatch(/拍摄于 2026-12-01 10:30/);
    await expect(evidence.innerText()).resolves.toMatch(/41\.124/);
    await expect(evidence.innerText()).resolves.toContain('minimal.pdf');
    const photo = page.getByTestId('evidence-photo');
    await waitFor(async () => (await photo.evaluate((img) => (img as unknown as { complete: boolean; naturalWidth: number }).complete && (img as unknown as { naturalWidth: number }).naturalWidth)) || undefined, 'the photo to load');
    // the browser logs the refused upload's answer; nothing else may go wrong
    expect(watched.errors).toEqual(['Failed to load resource: the server responded with a status of 415 (Unsupported Media Type)']);
    expect(watched.external).toEqual([]);
    await context.close();
  });

  it('shows an invalid command’s reason without changing the version, and the second of two tabs gets the conflict', async () => {
    const { id } = await report({ level: 'GENERAL', title: '冲突测试：配电室门未关闭' });
    const { context, page } = await signedIn(browser, base, tokens.supA);
    await page.goto(`${base}/hazards/${id}`);
    await expect(page.getByTestId('hazard-version').innerText()).resolves.toContain('1');
    // a command the state forbids is disabled with its reason
    const verify = page.getByRole('button', { name: '核查验收' });
    await expect(verify.isDisabled()).resolves.toBe(true);
    await expect(page.locator('#why-VerifyRectification').innerText()).resolves.toBe('没有待核查的整改');
    // a deadline before the finding: the server refuses it, names the field, nothing changes
    await page.getByRole('button', { name: '下达督办（整改方案）' }).click();
    await page.locator('#f-responsibleUnit').fill('配电班');
    await page.locator('#f-responsiblePerson').fill('刘电工');
    await page.locator('#f-measures').fill('加装闭门器');
    await page.locator('#f-fundingAmount').fill('800');
    await page.locator('#f-contingencyPlan').fill('专人值守');
    await page.locator('#f-deadline').fill('2020-01-01T09:00');
    await page.getByRole('button', { name: '确认提交' }).click();
    const refusal = page.getByTestId('command-error');
    await refusal.waitFor();
    await expect(refusal.innerText()).resolves.toContain('BAD_USER_INPUT');
    await expect(page.getByTestId('hazard-version').innerText()).resolves.toContain('版本 1');
    expect((await stack.gql(tokens.supA, 'query($id: ID!) { hazard(id: $id) { version } }', { id })).data.hazard.version).toBe(1);

    // two tabs open the same form at version 1; the first wins, the second is told it conflicts
    const second = await context.newPage();
    await second.goto(`${base}/hazards/${id}`);
    await second.getByRole('button', { name: '记录执法' }).click();
    await page.getByRole('button', { name: '取消' }).click();
    await page.getByRole('button', { name: '记录执法' }).click();
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.getByRole('status').filter({ hasText: '已提交' }).waitFor();
    await second.getByRole('button', { name: '确认提交' }).click();
    const conflict = second.getByTestId('command-error');
    await conflict.waitFor();
    await expect(conflict.innerText()).resolves.toContain('版本冲突');
    expect((await stack.gql(tokens.supA, 'query($id: ID!) { hazard(id: $id) { version } }', { id })).data.hazard.version).toBe(2);
    await context.close();
  });

  it('raises the audit alarm naming the first bad version when an event is altered in Postgres', async () => {
    const { id } = await report({ title: '审计测试：可燃气体报警器未标定' });
    await command(stack, tokens.supA, 'listHazard', { hazardId: id, listingLevel: 'CITY', supervisingUnit: '市安委办', deadline: inDays(30) });
    await command(stack, tokens.supA, 'superviseHazard', { hazardId: id, plan: samplePlan });
    const { context, page } = await signedIn(browser, base, tokens.auditor);
    await page.goto(`${base}/audit/${id}`);
    await page.getByTestId('audit-ok').waitFor();
    await adminQuery(
      `begin; set local session_replication_role = replica;
       update events set canonical = replace(canonical, '市安委办', '某某办') where stream_id = 'hazard-${id}' and version = 2; commit;`,
      [],
      stack.database.name,
    );
    await page.getByRole('button', { name: /重新校验/ }).click();
    const alarm = page.getByTestId('audit-alarm');
    await alarm.waitFor();
    await expect(alarm.innerText()).resolves.toMatch(/第\s*2\s*版/);
    await context.close();
  });

  it('raises the overdue count live when a hazard passes its deadline', async () => {
    const { context, page } = await signedIn(browser, base, tokens.office);
    await page.goto(`${base}/overdue`);
    const count = page.getByTestId('overdue-count');
    await count.waitFor();
    await page.waitForLoadState('networkidle');
    const before = Number(await count.innerText());
    const { id } = await report({ level: 'GENERAL', title: '逾期测试：消防通道占用' });
    await command(stack, tokens.supA, 'superviseHazard', { hazardId: id, plan: { ...samplePlan, fundingAmount: 0 }, deadline: new Date(Date.now() + 4_000).toISOString() });
    await waitFor(async () => Number(await count.innerText()) === before + 1, 'the overdue count to rise', 30_000, 250);
    await context.close();
  });

  it('does list → supervise → verify with the keyboard alone', async () => {
    const { id, code } = await report({ title: '键盘测试：液氨管道腐蚀' });
    const { context, page } = await signedIn(browser, base, tokens.supA);
    await page.goto(`${base}/hazards?search=${encodeURIComponent(code)}`);
    await page.getByTestId('hazard-row').first().waitFor();
    await tabTo(page, `a[href="/hazards/${id}"]`);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1 }).filter({ hasText: code }).waitFor();

    const give = async (buttonText: string, fill: () => Promise<void>) => {
      await tabTo(page, `button:not([disabled])[aria-expanded]:text-is("${buttonText}")`);
      await page.keyboard.press('Enter');
      await fill();
      await tabTo(page, 'button[type="submit"]:text-is("确认提交")');
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: '已提交' }).waitFor();
      await page.locator('main').focus();
    };
    const typeInto = async (id: string, text: string) => {
      await tabTo(page, `#${id}`);
      await page.keyboard.type(text);
    };
    await give('挂牌督办', async () => {
      await typeInto('f-supervisingUnit', '盘锦市应急管理局');
      await tabTo(page, '#f-deadline');
      // a date field takes its parts in the browser locale's order (month, day, year here), then the time
      await page.keyboard.type('06302027');
      await page.keyboard.press('Tab');
      await page.keyboard.type('1800');
      await expect(page.locator('#f-deadline').inputValue()).resolves.toBe('2027-06-30T18:00');
    });
    await give('下达督办（整改方案）', async () => {
      await typeInto('f-responsibleUnit', '设备部');
      await typeInto('f-responsiblePerson', '赵工');
      await typeInto('f-measures', '更换腐蚀管段');
      await typeInto('f-fundingAmount', '50000');
      await typeInto('f-contingencyPlan', '停用该管段并巡检');
    });
    await command(stack, tokens.inspector, 'submitRectification', { hazardId: id, summary: '已更换管段并试压合格', evidenceHashes: [await uploadEvidence(stack, tokens.inspector)] });
    await waitFor(async () => (await page.getByRole('button', { name: '核查验收' }).isEnabled()) || undefined, 'verification to become possible', 10_000);
    // a listed major hazard is closed on an acceptance record (README "The closed loop"); its date defaults to today
    await give('核查验收', async () => {
      await typeInto('f-note', '现场复核合格');
      await typeInto('f-acceptedBy', '市应急局验收组');
      await typeInto('f-acceptanceOpinion', '管段更换并试压合格，同意销号');
    });
    await page.getByTestId('hazard-status').filter({ hasText: '已整改' }).waitFor();
    const state = (await stack.gql(tokens.supA, 'query($id: ID!) { hazard(id: $id) { status } }', { id })).data.hazard;
    expect(state.status).toBe('RECTIFIED');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets an inspector report a hazard through the form; a bad credit code is refused at its field and nothing is written', async () => {
    const { context, page } = await signedIn(browser, base, tokens.inspector);
    await page.goto(`${base}/hazards`);
    await page.getByRole('link', { name: '上报隐患' }).click();
    await page.getByRole('heading', { level: 1, name: '上报隐患' }).waitFor();
    const count = async () => (await stack.gql(tokens.office, '{ hazards(filter: { search: "表单测试" }) { totalCount } }')).data.hazards.totalCount;
    await page.locator('#f-title').fill('表单测试：危废暂存间无防渗');
    await page.locator('#f-description').fill('危废暂存间地面未做防渗处理');
    await page.locator('#f-sector').selectOption('HAZARDOUS_WASTE');
    await page.locator('#f-regionCode').selectOption('211104');
    await page.locator('#f-departmentCode').selectOption('ECOLOGY');
    await page.locator('#f-enterpriseName').fill('大洼某环保科技公司');
    await page.locator('#f-enterpriseCreditCode').fill('91211100MA0Y12345X');
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.locator('#f-enterpriseCreditCode-error').waitFor();
    await expect(page.getByTestId('command-error').innerText()).resolves.toContain('BAD_USER_INPUT');
    expect(await count()).toBe(0);
    await page.locator('#f-enterpriseCreditCode').fill('');
    await page.locator('#f-orderDeadline').fill('2027-01-15T17:00');
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.getByTestId('hazard-status').filter({ hasText: '已发现' }).waitFor();
    await expect(page.getByTestId('hazard-deadline').innerText()).resolves.toBe('2027-01-15 17:00');
    expect(await count()).toBe(1);
    await context.close();
  });

  it('filters hazards by what waits for someone (pending verification, extension requested)', async () => {
    const { id } = await report({ level: 'GENERAL', title: '筛选测试：叉车年检过期' });
    await command(stack, tokens.supA, 'superviseHazard', { hazardId: id, plan: samplePlan, deadline: inDays(20) });
    await command(stack, tokens.inspector, 'requestDeadlineExtension', { hazardId: id, requestedDeadline: inDays(40), reason: '配件到货延迟' });
    const q = 'query($f: HazardFilter) { hazards(filter: $f, first: 100) { edges { node { id } } } }';
    const ids = async (f: Record<string, unknown>) => (await stack.gql(tokens.office, q, { f })).data.hazards.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await ids({ extensionRequested: true })).toContain(id);
    expect(await ids({ extensionRequested: false })).not.toContain(id);
    expect(await ids({ pendingVerification: true })).not.toContain(id);
    const refused = await mutate(stack, tokens.inspector, 'decideDeadlineExtension', { hazardId: id, approved: true });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  // Last: it seeds a city's worth of hazards into this test's database.
  it('shows the daily report with newly rectified rows marked, and the downloaded XLSX has really red rows', async () => {
    const DAY = 86_400_000;
    const today = shanghaiDay(Date.now());
    const yesterday = addDays(today, -1);
    const end = dayStart(today).getTime() - 60_000;
    await seedCity(stack.database.db, planCity({ count: 400, seed: 7, start: end - 12 * DAY, end, regions: ['211102', '211103', '211104', '211122', 'PJ-LB', 'PJ-GX'] }));
    const supervisor = await stack.token({ sub: 'ui-emergency', name: '应急局督办员', roles: ['SUPERVISOR'], departments: ['EMERGENCY'] });
    const first = await stack.gql(supervisor, 'mutation($i: SubmitDailyReportInput!) { submitDailyReport(input: $i) { status } }', { i: { date: yesterday, departmentCode: 'EMERGENCY' } });
    expect(first.errors).toBeUndefined();

    const { context, page, watched } = await signedIn(browser, base, supervisor);
    await page.goto(`${base}/report?date=${today}&department=EMERGENCY`);
    const table = page.getByTestId('attachment2');
    await table.waitFor();
    const markedInPage = await table.locator('tr[data-newly="true"]').count();
    expect(markedInPage).toBeGreaterThan(0);
    await expect(table.locator('tr[data-newly="true"]').first().innerText()).resolves.toContain('新整改');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-xlsx').click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path()));
    const sheet = workbook.getWorksheet('附件2') as ExcelJS.Worksheet;
    let red = 0;
    for (let n = 4; n <= sheet.rowCount; n++) if ((sheet.getRow(n).getCell(1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === RED_FILL) red++;
    expect(red).toBe(markedInPage);
    expect(await seriousViolations(page)).toEqual([]);
    expect(watched.errors).toEqual([]);

    // Pictures for the README (CONSOLE_SCREENSHOTS=<folder>), taken on this seeded city.
    const folder = process.env.CONSOLE_SCREENSHOTS;
    if (folder) await screenshots(page, folder);
    await context.close();
  });

  async function screenshots(page: Page, folder: string) {
    mkdirSync(folder, { recursive: true });
    const office = await signedIn(browser, base, tokens.office);
    const p = office.page;
    const shoot = async (path: string, file: string, ready: () => Promise<unknown>) => {
      await p.goto(`${base}${path}`);
      await ready();
      await p.waitForLoadState('networkidle');
      await p.screenshot({ path: join(folder, file), fullPage: false });
    };
    await shoot('/', 'inbox.png', () => p.getByTestId('inbox-overdue').filter({ hasText: /\d/ }).waitFor());
    // the detail shows a hazard under supervision (commands open, plan filled in)
    await p.goto(`${base}/hazards?status=SUPERVISED&level=MAJOR`);
    await p.getByTestId('list-status').filter({ hasText: /已加载/ }).waitFor();
    const firstMajor = await p.getByTestId('hazard-row').first().getByRole('link').getAttribute('href');
    await shoot('/hazards?level=MAJOR', 'hazards.png', () => p.getByTestId('list-status').filter({ hasText: /已加载/ }).waitFor());
    await shoot(firstMajor as string, 'detail.png', () => p.getByTestId('timeline').waitFor());
    await shoot('/overdue', 'overdue.png', () => p.getByTestId('overdue-map').waitFor());
    await shoot(`/report?date=${shanghaiDay(Date.now())}&department=EMERGENCY`, 'report.png', () => p.getByTestId('attachment2').waitFor());
    await shoot(`/audit/${(firstMajor as string).split('/').pop()}`, 'audit.png', () => p.getByTestId('audit-ok').or(p.getByTestId('audit-alarm')).waitFor());
    await office.context.close();
  }

  it('sizes the list by its count and loads the rows where the user scrolls: the end without the blocks before it', async () => {
    const end = Date.now() - 3_600_000;
    await seedCity(stack.database.db, planCity({ count: 450, seed: 23, start: end - 30 * 86_400_000, end, regions: ['PJ-LB'] }));
    const counted = await stack.gql(tokens.office, '{ hazards(filter: { regionCode: "PJ-LB" }, first: 1) { totalCount totalCountCapped } }');
    const total = counted.data.hazards.totalCount as number;
    expect(total).toBeGreaterThanOrEqual(450);
    expect(counted.data.hazards.totalCountCapped).toBe(false);
    // the server's order, walked on keyset cursors (what the rows at the end must be)
    const codes: string[] = [];
    for (let after: string | null = null, more = true; more; ) {
      const { data }: { data?: any } = await stack.gql(tokens.office, 'query($a: String) { hazards(filter: { regionCode: "PJ-LB" }, first: 100, after: $a) { pageInfo { hasNextPage endCursor } edges { node { code } } } }', { a: after });
      codes.push(...data.hazards.edges.map((e: any) => e.node.code));
      ({ hasNextPage: more, endCursor: after } = data.hazards.pageInfo);
    }
    expect(codes).toHaveLength(total);
    // random access past the count cap is refused, naming the argument
    for (const offset of [-1, 10_001]) {
      const refused = await stack.gql(tokens.office, `{ hazards(first: 10, offset: ${offset}) { edges { cursor } } }`);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offset' });
    }
    const { context, page } = await signedIn(browser, base, tokens.office);
    const pages: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && (r.postData() ?? '').includes('HazardListPage')) pages.push(r.postData() ?? '');
    });
    await page.goto(`${base}/hazards?region=PJ-LB`);
    const status = page.getByTestId('list-status');
    await status.filter({ hasText: new RegExp(`已加载 100 / ${total} 条`) }).waitFor();
    expect(pages).toHaveLength(1);
    expect(await page.getByTestId('hazard-row').count()).toBeLessThan(100);
    // The table is the whole list's height at once: a jump to the end asks for the last rows only.
    const viewport = page.getByTestId('list-viewport');
    await viewport.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.locator(`[data-testid="hazard-row"][aria-rowindex="${total + 1}"]`).waitFor();
    await expect(page.getByTestId('hazard-row-pending').count()).resolves.toBe(0);
    const atEnd = await page.getByTestId('hazard-row').evaluateAll((rows) => rows.map((r) => [Number(r.getAttribute('aria-rowindex')), r.querySelector('a')?.textContent]));
    for (const [rowIndex, code] of atEnd) expect(code).toBe(codes[(rowIndex as number) - 2]);
    expect(pages.length).toBeLessThanOrEqual(3);
    expect(pages.filter((body) => /"offset":\d+/.test(body)).length).toBeGreaterThan(0);
    expect(await status.innerText()).not.toContain(`已加载 ${total} / ${total}`);
    // Back to the middle: those rows load too, and they are the server's rows at those places.
    const middleRow = Math.floor(total / 2);
    await viewport.evaluate((el, row) => (el.scrollTop = row * 36), middleRow);
    await page.locator(`[data-testid="hazard-row"][aria-rowindex="${middleRow + 2}"]`).waitFor();
    const middle = await page.getByTestId('hazard-row').evaluateAll((rows) => rows.map((r) => [Number(r.getAttribute('aria-rowindex')), r.querySelector('a')?.textContent]));
    expect(middle.length).toBeGreaterThan(5);
    for (const [rowIndex, code] of middle) expect(code).toBe(codes[(rowIndex as number) - 2]);
    // Only the first block asked the server to count.
    expect(pages.filter((body) => /"withCount":true/.test(body))).toHaveLength(1);
    await expect(page.locator('#bulk-target option[value="all"]').innerText()).resolves.toContain(String(total));
    await context.close();
  });

  it('loads every block for a sort and for the CSV export: the whole list, each row once, in the order asked for', async () => {
    const end = Date.now() - 3_600_000;
    await seedCity(stack.database.db, planCity({ count: 230, seed: 29, start: end - 30 * 86_400_000, end, regions: ['PJ-QB'] }));
    const all: { code: string; deadline: string | null }[] = [];
    for (let after: string | null = null, more = true; more; ) {
      const { data }: { data?: any } = await stack.gql(tokens.office, 'query($a: String) { hazards(filter: { regionCode: "PJ-QB" }, first: 100, after: $a) { pageInfo { hasNextPage endCursor } edges { node { code deadline } } } }', { a: after });
      all.push(...data.hazards.edges.map((e: any) => e.node));
      ({ hasNextPage: more, endCursor: after } = data.hazards.pageInfo);
    }
    const total = all.length;
    expect(total).toBeGreaterThanOrEqual(230);
    const { context, page } = await signedIn(browser, base, tokens.office);
    // sorted by deadline: every block loads first, then the soonest deadline is on top
    await page.goto(`${base}/hazards?region=PJ-QB&sort=deadline`);
    await page.getByTestId('list-status').filter({ hasText: new RegExp(`已加载 ${total} / ${total} 条`) }).waitFor();
    const soonest = all.filter((h) => h.deadline).sort((a, b) => a.deadline!.localeCompare(b.deadline!))[0];
    await expect(page.getByTestId('hazard-row').first().getByRole('link').innerText()).resolves.toBe(soonest.code);
    // the export from a list that has loaded only its first block: every row, once
    await page.goto(`${base}/hazards?region=PJ-QB`);
    await page.getByTestId('list-status').filter({ hasText: new RegExp(`已加载 100 / ${total} 条`) }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const csv = readFileSync((await download.path()) as string, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv).toHaveLength(total + 1);
    expect(csv.slice(1).map((line) => line.split(',')[0])).toEqual(all.map((h) => h.code));
    await context.close();
  });
});
