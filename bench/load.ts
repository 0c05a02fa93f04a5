import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '@hazard/config';
import { ProcessStack } from '@hazard/devstack';
import { dayStart, shanghaiDay } from '@hazard/reports';
import { planCity, seedCity } from '@hazard/seed';
import { machine } from './machine';
import { type Summary, summarise } from './stats';

const USAGE = `usage: npm run load -- [--supervisors 16] [--auditors 8] [--seconds 60] [--hazards 2000]
Starts the stack (Postgres, Temporal dev server, worker, gateway) as processes, seeds a city, then
N supervisors issue commands and M auditors read, for the given time. Prints a table and writes
bench/results/load-<date>.json.`;

interface Probe {
  latencies: number[];
  errors: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { supervisors: { type: 'string', default: '16' }, auditors: { type: 'string', default: '8' }, seconds: { type: 'string', default: '60' }, hazards: { type: 'string', default: '2000' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const supervisors = Number(values.supervisors);
  const auditors = Number(values.auditors);
  const seconds = Number(values.seconds);
  const stack = new ProcessStack({ logLevel: 'error' });
  console.error('starting the stack…');
  await stack.start();
  try {
    const end = dayStart(shanghaiDay(Date.now())).getTime() - 60_000;
    console.error(`seeding ${values.hazards} hazards…`);
    await seedCity(stack.admin, planCity({ count: Number(values.hazards), seed: 42, start: end - 30 * 86_400_000, end, regions: ['211102', '211103', '211104', '211122', 'PJ-LB', 'PJ-GX'] }));
    const office = await stack.token('load-office', ['COMMITTEE_OFFICE']);
    const auditorToken = await stack.token('load-auditor', ['AUDITOR']);
    const gql = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
      const res = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await res.json()) as { data?: any; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
      return body.data;
    };
    // Live hazards for the supervisors: one each, supervised, so every command they send is valid.
    const live: string[] = [];
    for (let i = 0; i < supervisors; i++) {
      const { id } = (await gql(office, 'mutation($i: ReportHazardInput!) { reportHazard(input: $i) { hazard { id } } }', {
        i: { title: `负载测试${i}`, description: '负载', level: 'GENERAL', sector: 'FIRE', regionCode: '211102', departmentCode: 'FIRE', enterpriseName: '负载企业', source: 'DEPARTMENT_INSPECTION' },
      })).reportHazard.hazard;
      await gql(office, 'mutation($i: SuperviseHazardInput!) { superviseHazard(input: $i) { hazard { id } } }', {
        i: { hazardId: id, deadline: new Date(Date.now() + 60 * 86_400_000).toISOString(), plan: { responsibleUnit: '企业', responsiblePerson: '张', measures: '整改', fundingAmount: 1, contingencyPlan: '巡检' } },
      });
      live.push(id);
    }
    const sample = (await gql(auditorToken, '{ hazards(first: 100) { edges { node { id } } } }')).hazards.edges.map((e: { node: { id: string } }) => e.node.id) as string[];

    const commands: Probe = { latencies: [], errors: 0 };
    const reads: Probe = { latencies: [], errors: 0 };
    const timed = async (probe: Probe, fn: () => Promise<unknown>) => {
      const started = performance.now();
      try {
        await fn();
      } catch {
        probe.errors++;
      }
      probe.latencies.push(performance.now() - started);
    };
    const stopAt = Date.now() + seconds * 1000;
    let n = 0;
    console.error(`${supervisors} supervisors and ${auditors} auditors for ${seconds} s…`);
    await Promise.all([
      ...live.map(async (hazardId, s) => {
        const token = await stack.token(`load-supervisor-${s}`, ['SUPERVISOR']);
        while (Date.now() < stopAt) {
          const k = ++n;
          await timed(commands, () =>
            gql(token, 'mutation($i: ReportProgressInput!) { reportProgress(input: $i) { hazard { version } } }', { i: { hazardId, percent: k % 100, note: '负载', idempotencyKey: `load-${s}-${k}` } }),
          );
        }
      }),
      ...Array.from({ length: auditors }, async (_, a) => {
        let i = a;
        while (Date.now() < stopAt) {
          const id = sample[i++ % sample.length];
          const kind = i % 3;
          await timed(reads, () =>
            kind === 0
              ? gql(auditorToken, '{ hazards(first: 20, filter: { status: [LISTED, SUPERVISED], overdue: true }) { totalCount edges { node { id code deadline } } } }')
              : kind === 1
                ? gql(auditorToken, 'query($id: ID!) { hazard(id: $id) { code status history { version type hash } } }', { id })
                : gql(auditorToken, 'query($id: ID!) { verifyHazardHistory(id: $id) { ok } }', { id }),
          );
        }
      }),
    ]);
    const result = {
      at: new Date().toISOString(),
      machine: machine(),
      settings: { supervisors, auditors, seconds, seededHazards: Number(values.hazards) },
      commands: summarise(commands.latencies, commands.errors, seconds),
      reads: summarise(reads.latencies, reads.errors, seconds),
    };
    const out = join(projectRoot(), 'bench', 'results');
    mkdirSync(out, { recursive: true });
    const file = join(out, `load-${result.at.slice(0, 10)}.json`);
    writeFileSync(file, JSON.stringify(result, null, 2));
    const row = (name: string, s: Summary) => `| ${name} | ${s.count} | ${s.perSecond} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.max} | ${s.errorRate} |`;
    console.log(
      [
        `Load: ${supervisors} supervisors (commands) and ${auditors} auditors (reads) for ${seconds} s over ${values.hazards} seeded hazards; ${result.machine.cores} × ${result.machine.cpu}, ${result.machine.memoryGiB} GiB, Node ${result.machine.node}.`,
        '',
        '| operation | requests | per second | p50 ms | p95 ms | p99 ms | max ms | errors |',
        '|---|---|---|---|---|---|---|---|',
        row('commands (reportProgress)', result.commands),
        row('reads (list, hazard+history, verify)', result.reads),
        '',
        `written to ${file}`,
      ].join('\n'),
    );
  } finally {
    await stack.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
