import { spawn } from 'node:child_process';
import type { ProcessStack } from '@hazard/devstack';
import type { Db } from '@hazard/event-store';
import { CITY_WIDE, CURRENT_REPORT_FORMAT, generateDailyReport, renderXlsx, reportScope, shanghaiDay } from '@hazard/reports';
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
  const departmentScope = (await reportScope(db, 'EMERGENCY'))!;
  const city = (await reportScope(db, CITY_WIDE))!;
  let rows = 0;
  const rssBefore = process.memoryUsage().rss;
  /** `fn`'s median time, and the peak resident memory of this process while it ran (sampled every 100 ms). */
  const timedPeak = async (fn: () => Promise<unknown>) => {
    global.gc?.();
    let peak = process.memoryUsage().rss;
    const watch = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    try {
      return { ms: await time(fn, s.runs), peakMiB: Math.round(peak / 2 ** 20) };
    } finally {
      clearInterval(watch);
    }
  };
  const department = await timedPeak(async () => {
    const c = await generateDailyReport(db, departmentScope, today);
    rows = c.attachment1.length + c.attachment2.length;
  });
  const content = await generateDailyReport(db, departmentScope, today);
  // side by side on format 1's content: the streaming renderer and the one receipts before it name (ExcelJS, the workbook in memory);
  // and renderer 3 on the same report in format 2 (the attachments an office signs), what new reports are written with
  const xlsx = await timedPeak(async () => renderXlsx(content, { renderer: 2 }));
  const xlsxV1 = await timedPeak(async () => renderXlsx(content, { renderer: 1 }));
  const contentV2 = await generateDailyReport(db, departmentScope, today, { format: CURRENT_REPORT_FORMAT });
  const xlsxV3 = await timedPeak(async () => renderXlsx(contentV2, { renderer: 3 }));
  const cityReport = await timedPeak(async () => generateDailyReport(db, city, today));

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
  // The control: the same queries while another process keeps one core busy and the gateway does nothing else.
  // This machine has two cores for everything; if this ratio is as low, the cost is the core, not the gateway.
  const burner = spawn(process.execPath, ['-e', 'const end = Date.now() + 15000; while (Date.now() < end);'], { stdio: 'ignore' });
  const burnt = new Promise((resolve) => burner.once('exit', resolve));
  const [burnTrivial, burnList] = await Promise.all([sample(trivial, burnt), sample(list, burnt)]);

  say('');
  say(`## 6. Reports over ${s.readHazards.toLocaleString('en')} hazards`);
  say('');
  say(`Peak: resident memory of this process while each ran (${Math.round(rssBefore / 2 ** 20)} MiB before the first).`);
  say('');
  say('| report | time | peak |');
  say('|---|---|---|');
  const peak = (m: { peakMiB: number }) => `${m.peakMiB.toLocaleString('en')} MiB`;
  say(`| EMERGENCY's daily report (hazards untouched since the cutoff from the read model, the rest folded; ${rows} rows in attachments 1 and 2) | ${department.ms} ms | ${peak(department)} |`);
  say(`| its XLSX and hashes, renderer 2 (format 1; rows streamed into the deflate, on the render pool's worker thread) | ${xlsx.ms} ms | ${peak(xlsx)} |`);
  say(`| the same with renderer 1 (ExcelJS workbook in memory, zip rewritten; what receipts before renderer 2 name) | ${xlsxV1.ms} ms (${(xlsxV1.ms / xlsx.ms).toFixed(1)}× renderer 2) | ${peak(xlsxV1)} |`);
  say(`| the same report in format 2 with renderer 3 (four sheets, signature lines, more columns) | ${xlsxV3.ms} ms (${(xlsxV3.ms / xlsx.ms).toFixed(1)}× renderer 2) | ${peak(xlsxV3)} |`);
  say(`| the city's report with attachment 3 by region and sector (every hazard) | ${cityReport.ms} ms | ${peak(cityReport)} |`);
  say('');
  say(`Two people download the city's XLSX from one gateway at once (${downloadMs.join(' ms and ')} ms), while others query it (4 at a time each):`);
  say('');
  say('| query on the same gateway | quiet p50 / p95 / p99 ms | during the downloads p50 / p95 / p99 ms | quiet ÷ during (p99 trivial, p95 list) |');
  say('|---|---|---|---|');
  say(`| trivial \`{ __typename }\` | ${quiet.trivial.p50} / ${quiet.trivial.p95} / ${quiet.trivial.p99} | ${busyTrivial.p50} / ${busyTrivial.p95} / ${busyTrivial.p99} | ${(quiet.trivial.p99 / busyTrivial.p99).toFixed(2)} |`);
  say(`| a list page (status in LISTED, SUPERVISED) | ${quiet.list.p50} / ${quiet.list.p95} / ${quiet.list.p99} | ${busyList.p50} / ${busyList.p95} / ${busyList.p99} | ${(quiet.list.p95 / busyList.p95).toFixed(2)} |`);
  say('');
  say('The control: the same queries while another process keeps one core busy for 15 s (no report anywhere):');
  say('');
  say('| query on the same gateway | one core busy elsewhere p50 / p95 / p99 ms | quiet ÷ that |');
  say('|---|---|---|');
  say(`| trivial \`{ __typename }\` | ${burnTrivial.p50} / ${burnTrivial.p95} / ${burnTrivial.p99} | ${(quiet.trivial.p99 / burnTrivial.p99).toFixed(2)} |`);
  say(`| a list page | ${burnList.p50} / ${burnList.p95} / ${burnList.p99} | ${(quiet.list.p95 / burnList.p95).toFixed(2)} |`);
  return {
    departmentMs: department.ms,
    xlsxMs: xlsx.ms,
    xlsxV1Ms: xlsxV1.ms,
    cityMs: cityReport.ms,
    rows,
    peakMiB: { department: department.peakMiB, xlsx: xlsx.peakMiB, xlsxV1: xlsxV1.peakMiB, city: cityReport.peakMiB },
    downloadMs,
    quiet,
    during: { trivial: busyTrivial, list: busyList },
    oneCoreBusy: { trivial: burnTrivial, list: burnList },
  };
}
