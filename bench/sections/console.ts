import { ProcessStack } from '@hazard/devstack';
import { consoleBench } from '../console';
import { log, say } from '../output';

/** The web console in Chromium: bundle weight, first paint, 10,000 rows, live timeline lag (the budget in README, The web console). */
export async function consoleSection(stack: ProcessStack, office: string, gql: (t: string, q: string, v?: Record<string, unknown>) => Promise<any>) {
  const supervisorToken = await stack.token('bench-console-supervisor', ['SUPERVISOR']);
  const r = await consoleBench(stack, office, supervisorToken, log, gql);
  const ok = (v: number, limit: number) => (v <= limit ? 'within' : '**over**');
  say('');
  say('## Web console (Chromium, against this stack)');
  say('');
  say('| measure | value | budget | |');
  say('|---|---:|---:|---|');
  say(`| initial JavaScript + CSS, gzip | ${r.initialGzipKiB.toFixed(1)} KiB | ${r.limits.initialKiB} KiB | ${ok(r.initialGzipKiB, r.limits.initialKiB)} |`);
  for (const route of r.routes) say(`| route ${route.route}, gzip on top | ${route.gzipKiB.toFixed(1)} KiB | ${r.limits.routeKiB} KiB | ${ok(route.gzipKiB, r.limits.routeKiB)} |`);
  say(`| first contentful paint, 20 Mbps LAN, cold cache (p50 / max of 5) | ${r.firstPaintMs.p50.toFixed(0)} / ${r.firstPaintMs.max.toFixed(0)} ms | ${r.limits.firstPaintMs} ms | ${ok(r.firstPaintMs.max, r.limits.firstPaintMs)} |`);
  say(`| the list's first page with its count shown (of 10,000 hazards) | ${r.list.loadMs} ms | | |`);
  say(`| scroll to the 10,000th row, rows loading where the view is (blocks of 100 by position) | ${r.list.scrollMs.toFixed(0)} ms | ${r.limits.scrollMs} ms | ${ok(r.list.scrollMs, r.limits.scrollMs)} |`);
  say(`| long tasks while scrolling (count / longest) | ${r.list.longTasks} / ${r.list.maxLongTaskMs.toFixed(0)} ms | none over ${r.limits.longTaskMs} ms | ${ok(r.list.maxLongTaskMs, r.limits.longTaskMs)} |`);
  say(`| mutation → another browser's timeline (p50 / p95 / max, ${r.liveTimelineMs.samples} samples) | ${r.liveTimelineMs.p50.toFixed(0)} / ${r.liveTimelineMs.p95.toFixed(0)} / ${r.liveTimelineMs.max.toFixed(0)} ms | p95 ${r.limits.liveP95Ms} ms | ${ok(r.liveTimelineMs.p95, r.limits.liveP95Ms)} |`);
  return r;
}
