import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { ProcessStack } from '@hazard/devstack';
import { launchBrowser } from '@hazard/devstack/browser';
import { projectRoot } from '@hazard/config';
import { planCity, seedCity } from '@hazard/seed';
import { percentile } from './stats';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  src?: string;
  name?: string;
}

// In-page scripts (browser code, kept as text: this file is compiled for Node). The scroll moves ten
// screens of rows per animation frame, a fast fling, until the last row is on screen.
/** Scrolls the list to its 10,000th row, ten screens a frame; rows load on demand, so at the loaded end it waits for the next page. */
const SCROLL_TO_END = `(async () => {
  const long = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => long.push(e.duration)));
  observer.observe({ type: 'longtask', buffered: false });
  const el = document.querySelector('[data-testid="list-viewport"]');
  const lastRow = () => Math.max(0, ...[...document.querySelectorAll('[data-testid="hazard-row"]')].map((r) => Number(r.getAttribute('aria-rowindex'))));
  const started = performance.now();
  await new Promise((resolve) => {
    const step = () => {
      el.scrollTop += el.clientHeight * 10;
      const atEnd = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
      if ((atEnd && lastRow() >= 10001) || performance.now() - started > 120000) resolve();
      else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  const ms = performance.now() - started;
  await new Promise((r) => setTimeout(r, 200));
  observer.disconnect();
  const rows = [...document.querySelectorAll('[data-testid="hazard-row"]')].map((r) => Number(r.getAttribute('aria-rowindex')));
  return { ms, longTasks: long.length, maxLongTaskMs: long.length ? Math.max(...long) : 0, lastRowIndex: Math.max(...rows) };
})()`;

const WATCH_TIMELINE = `(() => {
  const seen = {};
  window.seen = seen;
  new MutationObserver(() => {
    for (const li of document.querySelectorAll('[data-event-type="ProgressReported"]')) {
      const v = li.querySelector('strong')?.textContent?.match(/v(\\d+)/)?.[1];
      if (v && !(v in seen)) seen[v] = performance.timeOrigin + performance.now();
    }
  }).observe(document.querySelector('[data-testid="timeline"]'), { childList: true, subtree: true });
})()`;

const LIMITS = { initialKiB: 450, routeKiB: 200, firstPaintMs: 1_000, scrollMs: 1_500, longTaskMs: 100, liveP95Ms: 1_000 };

/** Gzip weight of the console: what the first load fetches, and what each route adds on top. */
export function bundleWeights(dir = join(projectRoot(), 'dist', 'console')) {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const gz = (file: string) => gzipSync(readFileSync(join(dir, file))).length;
  const closure = (key: string, into = new Set<string>()): Set<string> => {
    if (into.has(key)) return into;
    into.add(key);
    for (const dep of manifest[key].imports ?? []) closure(dep, into);
    return into;
  };
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry) as string;
  const initial = closure(entry);
  const initialBytes = [...initial].reduce((s, k) => s + gz(manifest[k].file), 0);
  const routes = Object.keys(manifest)
    .filter((k) => manifest[k].isDynamicEntry)
    .map((k) => {
      const own = [...closure(k)].filter((c) => !initial.has(c));
      return { route: manifest[k].name ?? k, gzipKiB: own.reduce((s, c) => s + gz(manifest[c].file), 0) / 1024 };
    });
  return { initialGzipKiB: initialBytes / 1024, routes };
}

/**
 * The console's performance budget (README, The web console), measured in Debian's Chromium against the running
 * stack: bundle weight, first paint on an emulated 20 Mbps LAN, scrolling 10,000 hazards, and how
 * long a mutation takes to reach another person's open timeline.
 */
export async function consoleBench(
  stack: ProcessStack,
  office: string,
  supervisor: string,
  log: (m: string) => void,
  gqlAs: (token: string, query: string, variables?: Record<string, unknown>) => Promise<any>,
) {
  const weights = bundleWeights();
  const base = stack.gatewayUrl.replace(/\/graphql$/, '');
  const gql = (query: string, variables: Record<string, unknown>) => gqlAs(supervisor, query, variables);


  log('console: seeding 10,000 hazards in one zone for the list…');
  const now = Date.now();
  await seedCity(stack.admin, planCity({ count: 10_000, seed: 9, start: now - 60 * 86_400_000, end: now - 60_000, regions: ['PJ-GX'] }));

  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(`localStorage.setItem('hazard-console.token', ${JSON.stringify(office)})`);

    // First paint of the inbox, cold cache, on a 20 Mbps LAN with 2 ms latency.
    const paints: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 2, downloadThroughput: (20e6 / 8) | 0, uploadThroughput: (20e6 / 8) | 0 });
      await page.goto(`${base}/`, { waitUntil: 'load' });
      await page.getByRole('heading', { level: 1 }).waitFor();
      paints.push(await page.evaluate<number>(`performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN`));
      await page.close();
    }

    // 10,000 rows: the first page with its count, then scroll to the end, the rest loading on demand, watching for long tasks.
    const page = await context.newPage();
    const loadStarted = Date.now();
    await page.goto(`${base}/hazards?region=PJ-GX`);
    await page.getByTestId('list-status').filter({ hasText: /已加载 \d+ \/ 10000/ }).waitFor({ timeout: 180_000 });
    const loadMs = Date.now() - loadStarted;
    const scroll = await page.evaluate<{ ms: number; longTasks: number; maxLongTaskMs: number; lastRowIndex: number }>(SCROLL_TO_END);

    // A mutation reaching another client's timeline: 30 progress reports, each timed from the
    // mutation's answer to the new timeline entry in the other browser.
    const created = await gql(
      'mutation($i: ReportHazardInput!) { reportHazard(input: $i) { hazard { id } } }',
      { i: { title: '压测：实时时间线', description: '压测', level: 'GENERAL', sector: 'FIRE', regionCode: '211102', departmentCode: 'FIRE', enterpriseName: '压测企业', source: 'DEPARTMENT_INSPECTION' } },
    );
    const id = created.reportHazard.hazard.id as string;
    await gql('mutation($i: SuperviseHazardInput!) { superviseHazard(input: $i) { hazard { id } } }', {
      i: { hazardId: id, deadline: new Date(now + 30 * 86_400_000).toISOString(), plan: { responsibleUnit: '企业', responsiblePerson: '张', measures: '整改', fundingAmount: 1, contingencyPlan: '巡检' } },
    });
    const watcher: Page = await context.newPage();
    await watcher.goto(`${base}/hazards/${id}`);
    await watcher.locator('[data-event-type="HazardSupervised"]').waitFor();
    await watcher.evaluate(WATCH_TIMELINE);
    const answered: Record<number, number> = {};
    for (let i = 0; i < 30; i++) {
      const r = await gql('mutation($i: ReportProgressInput!) { reportProgress(input: $i) { hazard { version } } }', { i: { hazardId: id, percent: i, note: `进度 ${i}` } });
      answered[r.reportProgress.hazard.version] = Date.now();
      await new Promise((res) => setTimeout(res, 150));
    }
    await watcher.waitForFunction(() => Object.keys((globalThis as { seen?: object }).seen ?? {}).length >= 30, undefined, { timeout: 30_000 });
    const seen = await watcher.evaluate<Record<string, number>>('window.seen');
    const lags = Object.entries(answered).map(([v, at]) => seen[v] - at).sort((a, b) => a - b);

    const firstPaint = [...paints].sort((a, b) => a - b);
    return {
      limits: LIMITS,
      ...weights,
      firstPaintMs: { p50: percentile(firstPaint, 50), max: firstPaint[firstPaint.length - 1] },
      list: { rows: 10_000, loadMs, scrollMs: scroll.ms, longTasks: scroll.longTasks, maxLongTaskMs: scroll.maxLongTaskMs, reachedRow: scroll.lastRowIndex - 1 },
      liveTimelineMs: { p50: percentile(lags, 50), p95: percentile(lags, 95), max: lags[lags.length - 1], samples: lags.length },
    };
  } finally {
    await browser.close();
  }
}
