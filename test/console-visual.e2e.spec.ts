import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { planCity, seedCity } from '@hazard/seed';
import { launchBrowser, signedIn } from './support/browser';
import { type TestStack, startStack } from './support/stack';

/**
 * The list, the detail and the overdue board compared with committed pictures. The city is seeded
 * with fixed dates in 2025 (long past, so "overdue" no longer moves), and the few things that show
 * the present (the board's "updated at") are masked. `UPDATE_BASELINES=1` rewrites the pictures.
 */
const BASELINES = join(__dirname, 'fixtures', 'console-baselines');
/** Share of pixels allowed to differ (0.01%: a changed word is ~0.05%); pixelmatch ignores anti-aliased pixels and takes a colour threshold of 0.1. */
const MAX_DIFF_RATIO = 0.0001;

describe('web console pictures', () => {
  let stack: TestStack;
  let browser: Browser;
  let base: string;
  let page: Page;
  const plan = planCity({ count: 300, seed: 11, start: Date.parse('2025-03-01T00:00:00+08:00'), end: Date.parse('2025-06-01T00:00:00+08:00'), regions: ['211102', '211103', '211104', '211122', 'PJ-LB', 'PJ-GX'] });

  beforeAll(async () => {
    stack = await startStack();
    base = stack.url.replace(/\/graphql$/, '');
    await seedCity(stack.database.db, plan);
    browser = await launchBrowser();
    const token = await stack.token({ sub: 'visual-office', name: '安委办', roles: ['COMMITTEE_OFFICE'] });
    ({ page } = await signedIn(browser, base, token));
    await page.getByText('实时', { exact: true }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  async function matchesBaseline(name: string, mask: Locator[] = []): Promise<void> {
    await page.waitForLoadState('networkidle');
    const shot = await page.screenshot({ mask, animations: 'disabled', caret: 'hide' });
    const file = join(BASELINES, `${name}.png`);
    if (process.env.UPDATE_BASELINES === '1' || !existsSync(file)) {
      mkdirSync(BASELINES, { recursive: true });
      writeFileSync(file, shot);
      if (process.env.UPDATE_BASELINES !== '1') throw new Error(`no baseline ${file}: written now; look at it, commit it, run again`);
      return;
    }
    const out = mkdtempSync(join(tmpdir(), `console-${name}-`));
    writeFileSync(join(out, 'actual.png'), shot);
    const result = JSON.parse(
      execFileSync(process.execPath, [join(__dirname, 'support', 'compare-png.js'), file, join(out, 'actual.png'), join(out, 'diff.png')], { encoding: 'utf8' }),
    ) as { width: number; height: number; differing: number; sameSize: boolean };
    const ratio = result.differing / (result.width * result.height);
    if (!result.sameSize || ratio > MAX_DIFF_RATIO) {
      throw new Error(`${name}: ${(ratio * 100).toFixed(2)}% of pixels differ from ${file} (allowed ${MAX_DIFF_RATIO * 100}%)${result.sameSize ? '' : ', and the size changed'}; actual and diff in ${out}`);
    }
    rmSync(out, { recursive: true, force: true });
  }

  it('the hazard list', async () => {
    await page.goto(`${base}/hazards?region=211103&level=MAJOR`);
    await page.getByTestId('list-status').filter({ hasText: /已加载/ }).waitFor();
    await matchesBaseline('list');
  });

  it('a hazard’s detail', async () => {
    const major = plan.find((h) => h.level === 'MAJOR' && h.listedAt !== null) ?? plan[0];
    await page.goto(`${base}/hazards/${major.id}`);
    await page.getByTestId('timeline').locator('li').first().waitFor();
    await matchesBaseline('detail');
  });

  it('the overdue board', async () => {
    await page.goto(`${base}/overdue`);
    await page.getByTestId('overdue-map').waitFor();
    await page.getByTestId('overdue-count').filter({ hasText: /^\d+$/ }).waitFor();
    await matchesBaseline('board', [page.locator('.overdue-summary .muted')]);
  });
});
