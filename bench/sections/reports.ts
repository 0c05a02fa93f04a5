import type { ProcessStack } from '@hazard/devstack';
import type { Db } from '@hazard/event-store';
import { CITY_WIDE, CURRENT_XLSX_RENDERER, generateDailyReport, renderXlsx, reportScope, shanghaiDay } from '@hazard/reports';
import { time } from '../measure';
import { log, say } from '../output';
import { percentile } from '../stats';

type Gql = (t: string, q: string, v?: Record<string, unknown>) => Promise<any>;

/** Latencies of `request`, four at a time, until `until` settles (or for `ms` when it is a number). */
async function sample(request: () => Promise<unknown>, until: Promise<unknown> | number): Promise<{ p50: number; p95: number; p99: number; count: number }> {
  let done = false;
  const stop = typeof until === 'number' ? new Promise((r) => setTimeout(r, until)) : until;
  void stop.finally(() => (done = true));
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (!done) {
        const started = performance.now();
        await request();
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 10) / 10;
  return { p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)), count: latencies.length };
}

/**
 * Reports over the seeded city: building them (in this process, as the worker's draft does), and what two
 * people downloading the city's XLSX from the gateway do to everyone else's requests on that gateway.
 */
export async function reports(stack: ProcessStack, db: Db, officeToken: string, auditorToken: string, s: { runs: number; readHazards: number }, gql: Gql) {
  log('reports over the seeded city');
  const today = shanghaiDay(Date.now());
  const department = (await reportScope(db, 'EMERGENCY'))!;
  const city = (await reportScope(db, CITY_WIDE))!;
  let rows = 0;
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const watch = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 100);
  const departmentMs = await time(async () => {
    const c = await generateDailyReport(db, department, today);
    rows = c.attachment1.length + c.attachment2.length;
  }, s.runs);
  const content = await generateDailyReport(db, department, today);
  // side by side: the renderer old receipts name (ExcelJS, the workbook in memory) and the current, streaming one
  const xlsxMs = await time(async () => renderXlsx(content, { renderer: CURRENT_XLSX_RENDERER }), s.runs);
  const xlsxV1Ms = await time(async () => renderXlsx(content, { renderer: 1 }), s.runs);
  const cityMs = await time(async () => generateDailyReport(db, city, today), s.runs);
  clearInterval(watch);

  // Two people download the city report's XLSX from the gateway while others query it.
  log('  the city report downloaded twice at once, while others query the same gateway');
  const base = stack.gatewayUrl.replace(/\/graphql$/, '');
  const { dailyReport } = await gql(officeToken, 'query($d: String!) { dailyReport(date: $d, departmentCode: "ALL") { xlsxUrl } }', { d: today });
  const download = async () => {
    const started = performance.now();
    const res = await fetch(new URL(dailyReport.xlsxUrl, base), { headers: { authorization: `Bearer ${officeToken}` } });
    const bytes = (await res.arrayBuffer()).byteLength;
    if (res.status !== 200 || bytes === 0) throw new Error(`the city report download answered ${res.status}`);
    return performance.now() - started;
  };
  const trivial = () => gql(auditorToken, '{ __typename }');
  const list = () => gql(auditorToken, '{ hazards(filter: { status: [LISTED, SUPERVISED] }, first: 20) { edges { node { id code } } } }');
  const quiet = { trivial: await sample(trivial, 5_000), list: await sample(list, 5_000) };
  const downloads = Promise.all([download(), download()]);
  const [busyTrivial, busyList] = await Promise.all([sample(trivial, downloads), sample(list, downloads)]);
  const downloadMs = (await downloads).map((ms) => Math.round(ms));

  say('');
  say(`## 6. Reports over ${s.readHazards.toLocaleString('en')} hazards`);
  say('');
  say('| report | time |');
  say('|---|---|');
  say(`| EMERGENCY's daily report (hazards untouched since the cutoff from the read model, the rest folded; ${rows} rows in attachments 1 and 2) | ${departmentMs} ms |`);
  say(`| its XLSX and hashes, renderer ${CURRENT_XLSX_RENDERER} (rows streamed into the deflate, on the render pool's worker thread) | ${xlsxMs} ms |`);
  say(`| the same with renderer 1 (ExcelJS workbook in memory, zip rewritten; what receipts before renderer 2 name) | ${xlsxV1Ms} ms (${(xlsxV1Ms / xlsxMs).toFixed(1)}× renderer ${CURRENT_XLSX_RENDERER}) |`);
  say(`| the city's report with attachment 3 by region and sector (every hazard) | ${cityMs} ms |`);
  say(`| peak resident memory of the process building them (before: ${Math.round(rssBefore / 2 ** 20)} MiB) | ${Math.round(rssPeak / 2 ** 20)} MiB |`);
  say('');
  say(`Two people download the city's XLSX from one gateway at once (${downloadMs.join(' ms and ')} ms), while others query it (4 at a time each):`);
  say('');
  say('| query on the same gateway | quiet p50 / p95 / p99 ms | during the downloads p50 / p95 / p99 ms | quiet ÷ during (p99 trivial, p95 list) |');
  say('|---|---|---|---|');
  say(`| trivial \`{ __typename }\` | ${quiet.trivial.p50} / ${quiet.trivial.p95} / ${quiet.trivial.p99} | ${busyTrivial.p50} / ${busyTrivial.p95} / ${busyTrivial.p99} | ${(quiet.trivial.p99 / busyTrivial.p99).toFixed(2)} |`);
  say(`| a list page (status in LISTED, SUPERVISED) | ${quiet.list.p50} / ${quiet.list.p95} / ${quiet.list.p99} | ${busyList.p50} / ${busyList.p95} / ${busyList.p99} | ${(quiet.list.p95 / busyList.p95).toFixed(2)} |`);
  return { departmentMs, xlsxMs, cityMs, rows, rssPeakMiB: Math.round(rssPeak / 2 ** 20), downloadMs, quiet, during: { trivial: busyTrivial, list: busyList } };
}
