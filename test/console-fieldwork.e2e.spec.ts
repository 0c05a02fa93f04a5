import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page, devices } from 'playwright-core';
import { launchBrowser, seriousViolations, watch } from './support/browser';
import { command, sampleReport } from './support/hazard-api';
import { type TestStack, startStack } from './support/stack';
import { waitFor } from './support/wait';

/** The whole page fits the phone's width: nothing to scroll sideways. */
const fitsWidth = (page: Page) => page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth + 1');

/**
 * Fieldwork on a phone (README "The web console"): the screens an inspector uses on site, in Chromium's emulation
 * of a Pixel 7, against the real services; a report typed with no connection is kept and sent once when it returns.
 */
describe('the console on a phone, in the field', () => {
  let stack: TestStack;
  let browser: Browser;
  let base: string;
  let inspector: string;
  let supervisor: string;

  beforeAll(async () => {
    stack = await startStack();
    base = stack.url.replace(/\/graphql$/, '');
    inspector = await stack.token({ sub: 'field-inspector', name: '现场检查员', roles: ['INSPECTOR'], regions: ['211103'], departments: ['EMERGENCY'] });
    supervisor = await stack.token({ sub: 'field-sup', name: '兴隆台督办', roles: ['SUPERVISOR'], regions: ['211103'], departments: ['EMERGENCY'] });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  async function onPhone(token: string): Promise<{ context: BrowserContext; page: Page; watched: ReturnType<typeof watch> }> {
    const context = await browser.newContext({ ...devices['Pixel 7'], locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    const watched = watch(page);
    await page.goto(`${base}/`);
    await page.getByLabel('令牌').fill(token);
    await page.getByLabel('令牌').press('Enter');
    await page.getByRole('navigation').waitFor();
    return { context, page, watched };
  }

  const titled = async (title: string) =>
    (await stack.gql(supervisor, 'query($s: String) { hazards(filter: { search: $s }) { totalCount edges { node { id } } } }', { s: title })).data.hazards;

  it('keeps a report typed with no connection, tells the inspector it waits, and sends it once when the connection returns', async () => {
    const { context, page, watched } = await onPhone(inspector);
    await page.goto(`${base}/hazards/new`);
    await page.getByRole('heading', { level: 1, name: '上报隐患' }).waitFor();
    await page.getByLabel('县区').locator('option').first().waitFor({ state: 'attached' });
    expect(await fitsWidth(page)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await context.setOffline(true);
    const title = '离线上报：加油站卸油口静电接地失效';
    await page.locator('#f-title').fill(title);
    await page.locator('#f-description').fill('卸油口静电接地夹损坏，卸油时无法接地');
    await page.locator('#f-enterpriseName').fill('盘锦某加油站');
    await page.getByRole('button', { name: '确认提交' }).tap();
    await page.getByTestId('kept-offline').filter({ hasText: title }).waitFor();
    await page.getByTestId('pending-count').filter({ hasText: '待发送 1 条' }).waitFor();
    await expect(page.getByTestId('pending-reports').innerText()).resolves.toContain(title);
    // still there after a reload with no connection: kept on the device, not in memory
    await page.reload().catch(() => undefined);
    expect((await titled(title)).totalCount).toBe(0);

    await context.setOffline(false);
    await page.goto(`${base}/hazards/new`);
    await page.getByRole('heading', { level: 1, name: '上报隐患' }).waitFor();
    await waitFor(async () => (await titled(title)).totalCount === 1, 'the waiting report to be sent');
    await waitFor(async () => (await page.getByTestId('pending-count').count()) === 0, 'the inspector to see nothing waits');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '上报隐患' }).waitFor();
    expect((await titled(title)).totalCount).toBe(1);
    // sent once: the key it was kept with is the one the server deduplicates on
    const stored = JSON.parse(await page.evaluate<string>('JSON.stringify(Object.keys(localStorage))')) as string[];
    expect(stored.filter((k) => k.startsWith('hazard-console.outbox.'))).toEqual([]);
    const offlineErrors = watched.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|WebSocket|Failed to fetch|net::/i.test(e));
    expect(offlineErrors).toEqual([]);
    expect(watched.external).toEqual([]);
    await context.close();
  });

  it('records a standby check with a photo from the phone, on a hazard page that fits its width', async () => {
    const { id } = await command(stack, inspector, 'reportHazard', sampleReport({ regionCode: '211103', title: '停产盯守：储罐区动火作业' }));
    await command(stack, supervisor, 'suspendOperations', { hazardId: id, scope: 'FULL', reason: '无法保证安全', monitors: [{ name: '现场检查员' }], checkInterval: 'PT24H' });
    const { context, page, watched } = await onPhone(inspector);
    await page.goto(`${base}/hazards/${id}`);
    await page.getByTestId('hazard-version').filter({ hasText: '版本 2' }).waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await page.getByRole('button', { name: '记录盯守检查' }).tap();
    await page.locator('#f-evidenceHashes').setInputFiles(join(__dirname, 'fixtures', 'evidence', 'site-photo.jpg'));
    await page.getByRole('button', { name: '确认提交' }).tap();
    await page.getByTestId('hazard-version').filter({ hasText: '版本 3' }).waitFor();
    await page.getByTestId('evidence').getByText('site-photo.jpg').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    expect(watched.errors).toEqual([]);
    await context.close();
  });
});
