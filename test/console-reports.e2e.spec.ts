import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ATTACHMENT1_COLUMNS } from '@hazard/reports';
import { launchBrowser, screensInBothLanguages, signedIn } from './support/browser';
import { command, sampleReport } from './support/hazard-api';
import { type Person, type TestStack, startStack } from './support/stack';

/**
 * 报表, the period report and the import of a department's Excel list, in Debian's Chromium against the real
 * gateway, worker, Temporal dev server and Postgres. The downloaded workbook is read by openpyxl.
 */
describe('web console: reports (报表)', () => {
  let stack: TestStack;
  let browser: Browser;
  let base: string;
  const people: Record<string, Person> = {
    office: { sub: 'rep-office', name: '王安委办', roles: ['COMMITTEE_OFFICE'] },
    xlt: { sub: 'rep-xlt', name: '兴隆台督办员', roles: ['SUPERVISOR'], regions: ['211103'], departments: ['EMERGENCY'] },
  };
  const tokens: Record<string, string> = {};
  const gql = (token: string, query: string, variables?: Record<string, unknown>) => stack.gqlData(token, query, variables);
  const beijingDate = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
  const today = beijingDate(Date.now());
  const yearStart = `${today.slice(0, 4)}-01-01`;

  beforeAll(async () => {
    stack = await startStack(process.env.CONSOLE_DIR ? { env: { CONSOLE_DIR: process.env.CONSOLE_DIR } } : {});
    base = stack.url.replace(/\/graphql$/, '');
    for (const [key, person] of Object.entries(people)) tokens[key] = await stack.token(person);
    // two hazards in 兴隆台区 (one major), one in 双台子区, all found today
    await command(stack, tokens.office, 'reportHazard', sampleReport({ regionCode: '211103', level: 'MAJOR', enterpriseName: '兴隆台某石化有限公司', title: '兴隆台储罐报警器失效' }));
    await command(stack, tokens.office, 'reportHazard', sampleReport({ regionCode: '211103', level: 'GENERAL', enterpriseName: '兴隆台某化工有限公司', title: '兴隆台消防通道堵塞' }));
    await command(stack, tokens.office, 'reportHazard', sampleReport({ regionCode: '211102', level: 'GENERAL', enterpriseName: '双台子某燃气有限公司', title: '双台子调压箱锈蚀' }));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('loads the period report and the import with no console error, no request leaving 127.0.0.1 and no serious axe finding, in Chinese and English', async () => {
    const { context, page, watched } = await signedIn(browser, base, tokens.office);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '报表' }).click();
    await page.getByRole('heading', { level: 1, name: '期间报表' }).waitFor();
    await page.getByTestId('period-summary').waitFor();
    const screens: [string, string, string][] = [
      ['/reporting', '期间报表', 'Period report'],
      ['/reporting/import', '导入隐患清单', 'Import a hazard list'],
    ];
    const findings = await screensInBothLanguages(page, base, screens);
    expect(findings).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await context.close();
  });

  it('counts the period for the unit chosen; a person scoped to 兴隆台区 sees its unit only; the workbook opens in openpyxl with its attachments', async () => {
    const { context, page, watched } = await signedIn(browser, base, tokens.xlt);
    await page.goto(`${base}/reporting`);
    await page.getByTestId('period-summary').waitFor();
    // their own unit by default: EMERGENCY in 兴隆台区; the district list offers only it
    expect(await page.locator('#period-region option').allInnerTexts()).toEqual(['兴隆台区']);
    expect(await page.getByTestId('period-summary').innerText()).toBe('发现 2 项（重大 1 项），已整改 0 项，未整改 2 项（其中超期 0 项）。');
    const main = await page.getByRole('main').innerText();
    expect(main).toContain('兴隆台某石化有限公司');
    expect(main).not.toContain('双台子某燃气有限公司');
    const dir = mkdtempSync(join(tmpdir(), 'period-'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('period-download').click()]);
    await download.saveAs(join(dir, 'period.xlsx'));
    const book = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', 'import json,sys,openpyxl\nwb=openpyxl.load_workbook(sys.argv[1])\nprint(json.dumps({"sheets":wb.sheetnames,"a1":[[("" if c is None else str(c)) for c in r] for r in wb["附件1"].iter_rows(values_only=True)]}, ensure_ascii=False))', join(dir, 'period.xlsx')], { encoding: 'utf8' }),
    ) as { sheets: string[]; a1: string[][] };
    expect(book.sheets).toEqual(expect.arrayContaining(['附件1', '附件2', '附件3']));
    const text = JSON.stringify(book.a1);
    expect(text).toContain('兴隆台某化工有限公司');
    expect(text).not.toContain('双台子某燃气有限公司');

    // the city's office sees the whole city summed, and a start after the end is refused before asking
    const office = await signedIn(browser, base, tokens.office);
    await office.page.goto(`${base}/reporting?department=ALL&region=&from=${yearStart}&to=${today}`);
    await office.page.getByTestId('period-summary').waitFor();
    expect(await office.page.getByTestId('period-summary').innerText()).toMatch(/^发现 3 项（重大 1 项）/);
    await office.page.getByLabel('起始日期').fill(`${today.slice(0, 4)}-12-31`);
    await office.page.getByLabel('截止日期').fill(`${today.slice(0, 4)}-01-02`);
    await office.page.getByText('起始日期不能晚于截止日期。').waitFor();
    expect(watched.errors).toEqual([]);
    expect(office.watched.errors).toEqual([]);
    await office.context.close();
    await context.close();
  });

  it('submitting a period no obligation demands is refused beside the button, and nothing is submitted', async () => {
    const { context, page } = await signedIn(browser, base, tokens.xlt);
    await page.goto(`${base}/reporting?from=${yearStart}&to=${today}`);
    await page.getByTestId('period-summary').waitFor();
    await page.getByTestId('period-submit').click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/no reporting obligation demands[\s\S]*BAD_USER_INPUT/);
    const after = await gql(tokens.xlt, `{ periodReport(from: "${yearStart}", to: "${today}", departmentCode: "EMERGENCY", regionCode: "211103") { status receipt { number } } }`);
    expect(after.periodReport).toEqual({ status: 'NOT_STARTED', receipt: null });
    await context.close();
  });

  it('imports a department’s list: the refused row’s error beside it with the cell marked, the good rows linked to their hazards; again, nothing new', async () => {
    const { context, page, watched } = await signedIn(browser, base, tokens.xlt);
    const header = ATTACHMENT1_COLUMNS.map((c) => c.header);
    const row = (n: number, region: string, found: string) => {
      const cells: Record<string, string> = {
        序号: String(n),
        隐患编号: `IMP-${n}`,
        县区: region,
        行业领域: '危化品',
        单位名称: `兴隆台导入企业${n}有限公司`,
        隐患描述: `第${n}项：储罐区防火堤破损`,
        判定依据: 'GB 50351-2014',
        隐患等级: '一般',
        发现方式: '部门检查',
        发现日期: found,
        '挂牌级别/文号': '未挂牌',
      };
      return header.map((h) => cells[h] ?? '');
    };
    const csv = [header, row(1, '兴隆台区', '2026-10-01'), row(2, '兴隆台区', '上周二'), row(3, '兴隆台区', '2026-10-03')].map((r) => r.map((c) => `"${c}"`).join(',')).join('\n');
    const file = join(mkdtempSync(join(tmpdir(), 'import-')), '兴隆台隐患清单.csv');
    writeFileSync(file, `\ufeff${csv}\n`);
    const count = async () => (await gql(tokens.office, '{ hazards(filter: { regionCode: "211103" }, first: 1) { totalCount } }')).hazards.totalCount as number;
    const before = await count();

    await page.goto(`${base}/reporting/import`);
    const form = page.getByTestId('import-form');
    // nothing chosen: said beside the file input, nothing sent
    await form.getByRole('button', { name: '导入' }).click();
    expect(await form.getByLabel(/清单文件/).getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel(/清单文件/).setInputFiles(file);
    await form.getByRole('button', { name: '导入' }).click();
    await page.getByTestId('import-summary').waitFor();
    expect(await page.getByTestId('import-summary').innerText()).toBe('共 3 行：新导入 2 行，已存在 0 行，挂牌 0 行，拒绝 1 行。');
    const refused = page.locator('[data-row="3"]');
    expect(await refused.getAttribute('data-outcome')).toBe('REFUSED');
    expect(await refused.getByTestId('import-row-errors').innerText()).toMatch(/发现日期：“上周二” is not a date/);
    expect(await refused.locator('td.import-bad-cell').innerText()).toBe('上周二');
    const good = page.locator('[data-row="2"]');
    expect(await good.getAttribute('data-outcome')).toBe('IMPORTED');
    const href = (await good.getByRole('link').getAttribute('href')) as string;
    const hazard = await gql(tokens.office, 'query($id: ID!) { hazard(id: $id) { enterpriseName regionCode } }', { id: decodeURIComponent(href.split('/').pop() as string) });
    expect(hazard.hazard).toEqual({ enterpriseName: '兴隆台导入企业1有限公司', regionCode: '211103' });
    expect(await count()).toBe(before + 2);
    await page.getByLabel('只显示被拒绝的行').check();
    expect(await page.getByTestId('import-rows').locator('tbody tr').count()).toBe(1);

    // the same file again: nothing new
    await form.getByRole('button', { name: '导入' }).click();
    await page.getByTestId('import-summary').filter({ hasText: '已存在 2 行' }).waitFor();
    expect(await count()).toBe(before + 2);
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);

    if (process.env.CONSOLE_SCREENSHOTS) {
      mkdirSync(process.env.CONSOLE_SCREENSHOTS, { recursive: true });
      await page.getByLabel('只显示被拒绝的行').uncheck();
      await page.screenshot({ path: join(process.env.CONSOLE_SCREENSHOTS, 'reports-import.png'), fullPage: true });
      await page.goto(`${base}/reporting`);
      await page.getByTestId('period-summary').waitFor();
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: join(process.env.CONSOLE_SCREENSHOTS, 'reports-period.png'), fullPage: true });
    }
    await context.close();
  });
});
