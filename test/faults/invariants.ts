import { sql } from 'kysely';
import { type HazardState, isOpenStatus, pendingTimers } from '@hazard/domain';
import { foldHazardRows, sameJson, verifyChain } from '@hazard/event-store';
import type { CommandDriver } from './driver';
import { COMMAND_TIMEOUT_MS, type ProcessStack } from '@hazard/devstack';

export interface Findings {
  lost: string[];
  duplicated: string[];
  appliedRejected: string[];
  ambiguousTwice: string[];
  chainFailures: string[];
  readModelMismatches: string[];
  orphanWorkflows: string[];
  missingWorkflows: string[];
  duplicateTimers: string[];
  timersNotFired: string[];
  slowRequests: number;
  unexpectedExits: string[];
}

/** How late a due clock may still be when the check runs (a worker restart, a sticky queue timeout). */
const TIMER_GRACE_MS = 25_000;

/** What the check reads: the store (as its owner), Temporal, and the exits nobody planned. */
export type CheckedStack = Pick<ProcessStack, 'admin' | 'client' | 'unexpectedExits'>;

/** Everything the promise says, checked against the store, the read model and Temporal. */
export async function checkInvariants(stack: CheckedStack, driver: CommandDriver): Promise<Findings> {
  const db = stack.admin;
  const counts = await db
    .selectFrom('events')
    .select(['command_id', sql<number>`count(distinct version)::int`.as('n')])
    .where('command_id', 'like', `${driver.sub}:%`)
    .groupBy('command_id')
    .execute();
  const applied = new Map(counts.map((r) => [r.command_id.slice(driver.sub.length + 1), r.n]));
  const findings: Findings = {
    ...noFindings(),
    slowRequests: driver.latencies.filter((ms) => ms > COMMAND_TIMEOUT_MS + 5_000).length,
    unexpectedExits: [...stack.unexpectedExits],
  };
  // A command is one event here (progress, warning); a key applied twice would show two versions.
  for (const record of driver.records.values()) {
    const n = applied.get(record.key) ?? 0;
    if (record.outcome === 'acknowledged' && n === 0) findings.lost.push(record.key);
    if (n > 1) findings.duplicated.push(record.key);
    if (record.outcome === 'rejected' && n > 0) findings.appliedRejected.push(record.key);
    if (record.outcome === 'ambiguous' && n > 1) findings.ambiguousTwice.push(record.key);
  }

  const streams = await db.selectFrom('streams').select('stream_id').where('stream_type', '=', 'hazard').execute();
  const open = new Set<string>();
  for (const { stream_id } of streams) {
    // the events and the read-model row from one snapshot: a clock that fires between two plain reads would
    // otherwise show a row one event ahead of the events read before it
    const { rows, row } = await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => ({
        rows: await trx.selectFrom('events').selectAll().where('stream_id', '=', stream_id).orderBy('version').execute(),
        row: await trx.selectFrom('hazards').select('state').where('stream_id', '=', stream_id).executeTakeFirst(),
      }));
    if (!verifyChain(stream_id, rows).ok) findings.chainFailures.push(stream_id);
    const folded = foldHazardRows(rows) as HazardState;
    if (!row || !sameJson(folded, row.state)) {
      findings.readModelMismatches.push(`${stream_id}: events fold to v${folded.version}, the row holds ${row ? `v${(row.state as HazardState).version}` : 'nothing'}`);
    }
    if (isOpenStatus(folded.status)) open.add(folded.id);
    const keys = rows.map((r) => (JSON.parse(r.canonical).data as { timerKey?: string }).timerKey).filter((k): k is string => Boolean(k));
    if (new Set(keys).size !== keys.length) findings.duplicateTimers.push(stream_id);
    const overdue = pendingTimers(folded).filter((t) => Date.parse(t.dueAt) < Date.now() - TIMER_GRACE_MS);
    if (isOpenStatus(folded.status) && overdue.length) findings.timersNotFired.push(`${stream_id}: ${overdue.map((t) => t.key).join(', ')}`);
  }

  const running = new Set<string>();
  for await (const wf of stack.client.workflow.list({ query: `WorkflowType = 'hazardWorkflow' AND ExecutionStatus = 'Running'` })) {
    running.add(wf.workflowId.replace(/^hazard-/, ''));
  }
  for (const id of open) if (!running.has(id)) findings.missingWorkflows.push(id);
  for (const id of running) if (!open.has(id)) findings.orphanWorkflows.push(id);
  return findings;
}

/** What a clean run finds: nothing. */
export function noFindings(): Findings {
  return {
    lost: [],
    duplicated: [],
    appliedRejected: [],
    ambiguousTwice: [],
    chainFailures: [],
    readModelMismatches: [],
    orphanWorkflows: [],
    missingWorkflows: [],
    duplicateTimers: [],
    timersNotFired: [],
    slowRequests: 0,
    unexpectedExits: [],
  };
}
