import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screensInBothLanguages, seriousViolations, signedIn } from './support/browser';
import { type Person, type TestStack, startStack } from './support/stack';

/**
 * 重点单位与重大危险源, the register's screens, in Debian's Chromium against the real gateway, worker, Temporal
 * dev server and Postgres (the console `npm run build:console` wrote to dist/console). The exported workbook is
 * read by openpyxl, a reader nobody here wrote.
 */
describe('web console: the register (重点单位与重大危险源)', () => {
  let stack: TestStack;
  let browser: Browser;
  let base: string;
  const people: Record<string, Person> = {
    office: { sub: 'reg-office', name: '王安委办', roles: ['COMMITTEE_OFFICE'] },
    xlt: { sub: 'reg-xlt', name: '兴隆台检查员', roles: ['INSPECTOR'], regions: ['211103'], departments: ['EMERGENCY'] },
    stc: { sub: 'reg-stc', name: '双台子督办员', roles: ['SUPERVISOR'], regions: ['211102'], departments: ['EMERGENCY'] },
  };
  const tokens: Record<string, string> = {};
  const gql = (token: string, query: string, variables?: Record<string, unknown>) => stack.gqlData(token, query, variables);
  const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  const XLT = { creditCode: '91211103MA0RG0001L', name: '兴隆台瑞丰化工有限公司', regionCode: '211103' };
  const STC = { creditCode: '91211102MA0RG00029', name: '双台子宏泰燃气有限公司', regionCode: '211102' };
  const PS = { creditCode: '91211122MA0RG0004E', name: '盘山新登记化工有限公司' };
  const screens: [string, string, string][] = [
    ['/register', '重点单位与重大危险源', 'Key units and major hazard sources'],
    ['/register/enterprises', '企业与重点单位', 'Enterprises and key units'],
    ['/register/sources', '重大危险源', 'Major hazard sources'],
    ['/register/grading', '重大危险源分级计算', 'Grading a major hazard source'],
  ];

  /** One district's register, through the API: an enterprise made a key unit with a key part, a graded source with two of its three responsible persons, assigned long ago and never on patrol. */
  async function seed(token: string, e: typeof XLT, place: string, chemical: { name: string; quantityTonnes: number }) {
    await gql(token, 'mutation($i: RegisterEnterpriseInput!) { registerEnterprise(input: $i) { id } }', {
      i: { ...e, sector: 'HAZARDOUS_CHEMICALS', departmentCode: 'EMERGENCY', address: `${place}石化路 1 号`, occurredAt: ago(400) },
    });
    await gql(token, 'mutation($i: DesignateKeyUnitInput!) { designateKeyUnit(input: $i) { id } }', { i: { creditCode: e.creditCode, riskColour: 'RED', basis: `${place}：液氯储存构成重大危险源` } });
    await gql(token, 'mutation($i: AddKeyPartInput!) { addKeyPart(input: $i) { id } }', {
      i: { creditCode: e.creditCode, partId: 'tanks', name: `${place}储罐区`, location: '储运车间', responsibleName: `${place}孙主任`, responsiblePhone: '13904273301' },
    });
    const sourceId = `src-${e.regionCode}`;
    await gql(token, 'mutation($i: RegisterMajorHazardSourceInput!) { registerMajorHazardSource(input: $i) { id } }', {
      i: { sourceId, name: `${place}液氯储罐区`, enterpriseName: e.name, enterpriseCreditCode: e.creditCode, unitKind: 'STORAGE', location: '储运车间', regionCode: e.regionCode, departmentCode: 'EMERGENCY', occurredAt: ago(300) },
    });
    await gql(token, 'mutation($i: AssessMajorHazardSourceInput!) { assessMajorHazardSource(input: $i) { id } }', { i: { sourceId, population500m: 120, chemicals: [chemical], occurredAt: ago(300) } });
    for (const [role, name] of [
      ['PRINCIPAL', `${place}赵总`],
      ['TECHNICAL', `${place}刘工`],
    ]) {
      await gql(token, 'mutation($i: AssignResponsiblePersonInput!) { assignResponsiblePerson(input: $i) { id } }', { i: { sourceId, role, name, phone: '13904270000', occurredAt: ago(200) } });
    }
  }

  beforeAll(async () => {
    stack = await startStack(process.env.CONSOLE_DIR ? { env: { CONSOLE_DIR: process.env.CONSOLE_DIR } } : {});
    base = stack.url.replace(/\/graphql$/, '');
    for (const [key, person] of Object.entries(people)) tokens[key] = await stack.token(person);
    await seed(tokens.office, XLT, '兴隆台', { name: '液氯', quantityTonnes: 25 });
    await seed(tokens.office, STC, '双台子', { name: '液氨', quantityTonnes: 300 });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('loads each register screen with no console error, no request leaving 127.0.0.1 and no serious axe finding, in Chinese and English', async () => {
    const { context, page, watched } = await signedIn(browser, base, tokens.office);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '重点单位' }).click();
    await page.getByRole('heading', { level: 1, name: '重点单位与重大危险源' }).waitFor();
    const findings = await screensInBothLanguages(page, base, screens);
    expect(findings).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await context.close();
  });

  it('shows a person scoped to 兴隆台区 only that district’s enterprises, sources and counts', async () => {
    const { context, page, watched } = await signedIn(browser, base, tokens.xlt);
    await page.goto(`${base}/register`);
    await page.getByTestId('register-overview').waitFor();
    expect(await page.getByTestId('register-overview').locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-region')))).toEqual(['211103']);
    await page.goto(`${base}/register/enterprises`);
    await page.getByTestId('enterprise-row').first().waitFor();
    expect(await page.getByTestId('enterprise-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-enterprise')))).toEqual([XLT.creditCode]);
    await page.goto(`${base}/register/sources`);
    await page.getByTestId('source-row').first().waitFor();
    expect(await page.getByTestId('source-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-source')))).toEqual(['src-211103']);
    const main = await page.getByRole('main').innerText();
    expect(main).not.toContain('双台子');
    // grade, the two persons' overdue patrols, the vacant third
    const row = page.locator('[data-source="src-211103"]');
    expect(await row.innerText()).toContain('三级');
    expect(await row.getByTestId('patrol-overdue').count()).toBe(2);
    expect(await row.getByTestId('vacant-roles').innerText()).toContain('操作负责人');
    expect(watched.errors).toEqual([]);
    await context.close();
  });

  it('exports the filtered list as a workbook openpyxl reads: the scope’s rows, the key unit’s colour, the grade and the vacant role', async () => {
    const { context, page, watched } = await signedIn(browser, base, tokens.office);
    const dir = mkdtempSync(join(tmpdir(), 'register-export-'));
    const read = (file: string) =>
      JSON.parse(
        execFileSync('/usr/bin/python3', ['-c', 'import json,sys,openpyxl\nws=openpyxl.load_workbook(sys.argv[1]).active\nprint(json.dumps({"title":ws.title,"frozen":ws.freeze_panes,"rows":[[("" if c is None else str(c)) for c in r] for r in ws.iter_rows(values_only=True)]}, ensure_ascii=False))', file], { encoding: 'utf8' }),
      ) as { title: string; frozen: string; rows: string[][] };

    await page.goto(`${base}/register/enterprises?keyUnit=true&region=211102`);
    await page.getByTestId('enterprise-row').first().waitFor();
    const [enterprises] = await Promise.all([page.waitForEvent('download'), page.getByTestId('enterprises-export').click()]);
    expect(enterprises.suggestedFilename()).toMatch(/^重点单位名录-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await enterprises.saveAs(join(dir, 'enterprises.xlsx'));
    const e = read(join(dir, 'enterprises.xlsx'));
    expect(e.frozen).toBe('A4');
    expect(e.rows[2].slice(0, 3)).toEqual(['序号', '统一社会信用代码', '单位名称']);
    expect(e.rows.slice(3).map((r) => r[1])).toEqual([STC.creditCode]);
    expect(e.rows[3]).toContain('红（重大风险）');

    await page.goto(`${base}/register/sources`);
    await page.getByTestId('source-row').first().waitFor();
    const [sources] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sources-export').click()]);
    await sources.saveAs(join(dir, 'sources.xlsx'));
    const s = read(join(dir, 'sources.xlsx'));
    const byId = Object.fromEntries(s.rows.slice(3).map((r) => [r[1], r]));
    expect(Object.keys(byId).sort()).toEqual(['src-211102', 'src-211103']);
    expect(byId['src-211103']).toEqual(expect.arrayContaining(['三级', '操作负责人']));
    // 300 t of liquid ammonia (Q 10 t, β 2, α 2.0 for 120 people): R = 2 × 2 × 30 = 120, 一级
    expect(byId['src-211102']).toEqual(expect.arrayContaining(['一级', '120']));
    // a filter the server does not know is refused by name, nothing exported
    const refused = await fetch(`${base}/exports/sources.xlsx?level=7`, { headers: { authorization: `Bearer ${tokens.office}` } });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('level') });
    expect(watched.errors).toEqual([]);
    await context.close();
  });

  it('records a patrol and a site verification from the list; a finding becomes a hazard in the same step, linked; a refusal changes nothing', async () => {
    const { context, page, watched } = await signedIn(browser, base, tokens.xlt);
    await page.goto(`${base}/register/sources`);
    const row = page.locator('[data-source="src-211103"]');
    await row.waitFor();
    await row.getByRole('button', { name: '记录巡查：兴隆台液氯储罐区' }).click();
    const patrol = page.getByTestId('register-patrol-form');
    await patrol.getByLabel('责任人类别').selectOption('TECHNICAL');
    await patrol.getByLabel('巡查情况').fill('技术负责人包保检查：储罐液位、压力正常');
    await patrol.getByRole('button', { name: '确认提交' }).click();
    await page.getByTestId('register-done').waitFor();
    await waitForText(page, '[data-source="src-211103"] [data-role="TECHNICAL"]', '上次巡查');
    expect(await row.locator('[data-role="TECHNICAL"]').getByTestId('patrol-overdue').count()).toBe(0);
    expect(await row.locator('[data-role="PRINCIPAL"]').getByTestId('patrol-overdue').count()).toBe(1);

    // a site verification with a photo and a finding: the hazard comes back linked
    await page.getByRole('button', { name: '取消' }).click();
    await row.getByRole('button', { name: '现场核查：兴隆台液氯储罐区' }).click();
    const verify = page.getByTestId('register-verify-form');
    await verify.getByLabel('核查结论').selectOption('INCONSISTENT');
    // the form refuses before sending: verifiers are required
    await verify.getByRole('button', { name: '确认提交' }).click();
    expect(await verify.getByLabel(/核查人员/).getAttribute('aria-invalid')).toBe('true');
    await verify.getByLabel(/核查人员/).fill('兴隆台检查员、刘高工');
    await verify.getByLabel(/不一致之处/).fill('实际储量 28 吨，登记 25 吨');
    const photo = join(mkdtempSync(join(tmpdir(), 'photo-')), 'tank.png');
    writeFileSync(photo, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
    await verify.getByLabel('照片或文件').setInputFiles(photo);
    await verify.getByLabel('隐患名称').fill('液氯储罐实际储量超过登记量');
    await verify.getByLabel('隐患描述').fill('现场核查实际储量 28 吨，超过登记的 25 吨');
    await verify.getByRole('button', { name: '确认提交' }).click();
    const link = page.getByTestId('register-hazard-link');
    await link.waitFor();
    const href = (await link.getAttribute('href')) as string;
    const hazardId = decodeURIComponent(href.split('/').pop() as string);
    const hazard = await gql(tokens.office, 'query($id: ID!) { hazard(id: $id) { title regionCode origin { kind } } }', { id: hazardId });
    expect(hazard.hazard).toMatchObject({ title: '液氯储罐实际储量超过登记量', regionCode: '211103', origin: { kind: 'SITE_VERIFICATION' } });
    const source = await gql(tokens.office, '{ majorHazardSource(id: "src-211103") { siteVerification { result verifiers discrepancies evidenceHashes } } }');
    expect(source.majorHazardSource.siteVerification).toMatchObject({ result: 'INCONSISTENT', discrepancies: ['实际储量 28 吨，登记 25 吨'], evidenceHashes: [expect.stringMatching(/^[0-9a-f]{64}$/)] });

    // a refused command: one verifier where the rule asks for two — the server's refusal beside the form, nothing recorded
    const before = await gql(tokens.office, `{ enterprise(creditCode: "${XLT.creditCode}") { version siteVerification { at } } }`);
    await page.goto(`${base}/register/enterprises`);
    await page.getByTestId('enterprise-row').first().waitFor();
    await page.getByRole('button', { name: `现场核查：${XLT.name}` }).click();
    const form = page.getByTestId('register-verify-form');
    await form.getByLabel(/核查人员/).fill('兴隆台检查员');
    await form.getByRole('button', { name: '确认提交' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/at least 2 different people[\s\S]*BAD_USER_INPUT/);
    expect(await gql(tokens.office, `{ enterprise(creditCode: "${XLT.creditCode}") { version siteVerification { at } } }`)).toEqual(before);
    // corrected, it is recorded
    await form.getByLabel(/核查人员/).fill('兴隆台检查员，刘高工');
    await form.getByRole('button', { name: '确认提交' }).click();
    await page.getByTestId('register-done').waitFor();
    const after = await gql(tokens.office, `{ enterprise(creditCode: "${XLT.creditCode}") { version siteVerification { result verifiers } } }`);
    expect(after.enterprise.siteVerification).toEqual({ result: 'CONSISTENT', verifiers: ['兴隆台检查员', '刘高工'] });
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await context.close();
  });

  it('registers an enterprise, makes it a key unit with a key part, registers and grades its source and fills the vacant role, all from the screens; a bad credit code is refused at its field', async () => {
    const { context, page, watched } = await signedIn(browser, base, tokens.office);
    await page.goto(`${base}/register/enterprises`);
    await page.getByTestId('enterprise-row').first().waitFor();
    await page.getByTestId('enterprise-add').click();
    const form = page.getByTestId('enterprise-form');
    await form.getByLabel('统一社会信用代码').fill('91211122MA0RG00040');
    await form.getByLabel('单位名称').fill('盘山新登记化工有限公司');
    await form.getByLabel('县区').selectOption('211122');
    await form.getByLabel('地址').fill('盘山县石化园区 8 号');
    await form.getByRole('button', { name: '确认提交' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByLabel('统一社会信用代码').getAttribute('aria-invalid')).toBe('true');
    expect((await gql(tokens.office, '{ enterprises(filter: { regionCode: "211122" }) { creditCode } }')).enterprises).toEqual([]);
    await form.getByLabel('统一社会信用代码').fill(PS.creditCode);
    await form.getByRole('button', { name: '确认提交' }).click();
    await page.getByTestId('enterprise-added').waitFor();
    const row = page.locator(`[data-enterprise="${PS.creditCode}"]`);
    await row.waitFor();

    await row.getByRole('button', { name: `认定重点单位：${PS.name}` }).click();
    const designate = page.getByRole('form', { name: `认定重点单位：${PS.name}` });
    await designate.getByLabel('风险颜色').selectOption('ORANGE');
    await designate.getByLabel('认定依据').fill('液氨储罐构成重大危险源');
    await designate.getByRole('button', { name: '确认提交' }).click();
    await row.getByText('橙（较大风险）').waitFor();
    await row.getByRole('button', { name: `添加重点部位：${PS.name}` }).click();
    const part = page.getByRole('form', { name: `添加重点部位：${PS.name}` });
    await part.getByLabel('部位名称').fill('液氨储罐区');
    await part.locator(`#part-${PS.creditCode}-location`).fill('罐区');
    await part.locator(`#part-${PS.creditCode}-responsibleName`).fill('钱主任');
    await part.getByRole('button', { name: '确认提交' }).click();
    await row.getByText('液氨储罐区（罐区；钱主任）').waitFor();

    await page.goto(`${base}/register/sources`);
    await page.getByTestId('patrol-cadence').waitFor();
    await page.getByTestId('source-add').click();
    const source = page.getByTestId('source-form');
    await source.getByLabel('所属企业').selectOption(PS.creditCode);
    // the open form is as accessible as the page
    expect(await seriousViolations(page)).toEqual([]);
    await source.locator('#source-new-name').fill('盘山液氨储罐区');
    await source.locator('#source-new-location').fill('罐区');
    await source.getByLabel('500 米内暴露人员数').fill('120');
    await source.getByLabel(/危险化学品及最大存在量/).fill('液氨 三百');
    await source.getByRole('button', { name: '确认提交' }).click();
    expect(await source.getByRole('alert').innerText()).toContain('读不懂这一行：液氨 三百');
    await source.getByLabel(/危险化学品及最大存在量/).fill('液氨 300');
    await source.getByRole('button', { name: '确认提交' }).click();
    await page.getByTestId('source-added').waitFor();
    const created = page.locator('[data-testid="source-row"]').filter({ hasText: '盘山液氨储罐区' });
    await created.waitFor();
    expect(await created.innerText()).toContain('一级');
    await created.getByRole('button', { name: '指定责任人：盘山液氨储罐区' }).click();
    const assign = page.getByRole('form', { name: '指定责任人：盘山液氨储罐区' });
    await assign.getByLabel('姓名').fill('孙总');
    await assign.getByRole('button', { name: '确认提交' }).click();
    await created.getByText('主要负责人：孙总').waitFor();
    const { enterprise } = await gql(tokens.office, `{ enterprise(creditCode: "${PS.creditCode}") { keyUnit { riskColour } keyParts { name responsibleName } majorHazardSources { name assessment { level } responsiblePersons { name } } } }`);
    expect(enterprise).toEqual({
      keyUnit: { riskColour: 'ORANGE' },
      keyParts: [{ name: '液氨储罐区', responsibleName: '钱主任' }],
      majorHazardSources: [{ name: '盘山液氨储罐区', assessment: { level: 1 }, responsiblePersons: [{ name: '孙总' }] }],
    });
    expect(watched.errors).toEqual([]);
    await context.close();
  });

  it('grades by GB 18218 in the calculator: 25 t of liquid chlorine and 120 people is a 三级 source (R = 40); an unknown chemical is refused by name', async () => {
    const { context, page, watched } = await signedIn(browser, base, tokens.xlt);
    await page.goto(`${base}/register/grading`);
    await page.getByTestId('grade-reference-table').waitFor();
    expect(await page.getByTestId('grade-reference-table').innerText()).toContain('7782-50-5');
    const form = page.getByTestId('grading-form');
    await form.getByLabel(/暴露人员数/).fill('120');
    await form.getByLabel(/危险化学品/).fill('液氯');
    await form.getByLabel(/最大存在量/).fill('25');
    await form.getByLabel(/最大存在量/).press('Enter');
    await page.getByTestId('grade-verdict').waitFor();
    expect(await page.getByTestId('grade-verdict').innerText()).toBe('构成三级重大危险源');
    expect(await page.getByTestId('grade-answer').innerText()).toMatch(/S = Σ q\/Q = 5[\s\S]*α = 2[\s\S]*R = 40/);
    await form.getByLabel(/危险化学品/).fill('火星矿');
    await form.getByRole('button', { name: '计算' }).click();
    await page.getByRole('alert').filter({ hasText: '火星矿' }).waitFor();
    expect(watched.errors.filter((e) => !/400|Bad Request/.test(e))).toEqual([]);
    await context.close();
  });

  it('takes the README’s pictures when asked (CONSOLE_SCREENSHOTS=<folder>)', async () => {
    const folder = process.env.CONSOLE_SCREENSHOTS;
    if (!folder) return;
    mkdirSync(folder, { recursive: true });
    const { context, page } = await signedIn(browser, base, tokens.office);
    const shoot = async (path: string, file: string, ready: (p: Page) => Promise<unknown>) => {
      await page.goto(`${base}${path}`);
      await ready(page);
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: join(folder, file), fullPage: true });
    };
    await shoot('/register', 'register-overview.png', (p) => p.getByTestId('register-overview').waitFor());
    await shoot('/register/enterprises', 'register-enterprises.png', (p) => p.getByTestId('enterprise-row').first().waitFor());
    await shoot('/register/sources', 'register-sources.png', (p) => p.getByTestId('source-row').first().waitFor());
    await page.goto(`${base}/register/grading`);
    await page.getByLabel(/暴露人员数/).fill('120');
    await page.getByLabel(/危险化学品/).fill('液氯');
    await page.getByLabel(/最大存在量/).fill('25');
    await page.getByRole('button', { name: '计算' }).click();
    await page.getByTestId('grade-verdict').waitFor();
    await page.screenshot({ path: join(folder, 'register-grading.png'), fullPage: true });
    await context.close();
  });
});

async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).filter({ hasText: text }).waitFor();
}
