import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export { chromiumPath, launchBrowser } from '@hazard/devstack/browser';

/** What a page did that it must not: console errors, uncaught exceptions, requests leaving 127.0.0.1. */
export interface PageWatch {
  errors: string[];
  external: string[];
}

export function watch(page: Page): PageWatch {
  const w: PageWatch = { errors: [], external: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') w.errors.push(msg.text());
  });
  page.on('pageerror', (err) => w.errors.push(String(err)));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (['data:', 'blob:'].includes(url.protocol)) return;
    if (url.hostname !== '127.0.0.1') w.external.push(req.url());
  });
  return w;
}

/** A fresh browser context (own session storage), signed in with `token` through the login page. */
export async function signedIn(browser: Browser, base: string, token: string): Promise<{ context: BrowserContext; page: Page; watched: PageWatch }> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Europe/Berlin', viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const watched = watch(page);
  await page.goto(`${base}/`);
  await page.getByLabel('令牌').fill(token);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('navigation').waitFor();
  return { context, page, watched };
}

/** axe's serious and critical findings on the page as it is now (WCAG 2.1 A/AA rules). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
}

/** Presses Tab until the focused element matches `selector` (the keyboard reaches it), or fails. */
export async function tabTo(page: Page, selector: string, max = 300): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.locator(selector).evaluateAll((els) => els.some((el) => el === el.ownerDocument.activeElement))) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Opens each screen in Chinese, then in English (the header's switch), waiting for its level-1 heading and the
 * network to settle; axe's serious findings, each named by path and language. The page is left in Chinese.
 */
export async function screensInBothLanguages(page: Page, base: string, screens: readonly (readonly [path: string, zh: string, en: string])[]): Promise<string[]> {
  const findings: string[] = [];
  for (const [lang, index] of [
    ['zh', 1],
    ['en', 2],
  ] as const) {
    for (const screen of screens) {
      await page.goto(`${base}${screen[0]}`);
      await page.getByRole('heading', { level: 1, name: screen[index], exact: true }).waitFor();
      await page.waitForLoadState('networkidle');
      findings.push(...(await seriousViolations(page)).map((v) => `${screen[0]} (${lang}): ${v}`));
    }
    if (lang === 'zh') await page.getByRole('button', { name: '切换到英文' }).click();
  }
  await page.getByRole('button', { name: 'Switch to Chinese' }).click();
  return findings;
}
