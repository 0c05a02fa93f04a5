import { randomUUID } from 'node:crypto';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { CompiledQuery } from 'kysely';
import { ProcessStack, ensureDatabase } from '@hazard/devstack';
import { type HazardState, decide, envelope, evolve } from '@hazard/domain';
import { type Db, appendDecided, appendToStream, createDatabase, migrateToLatest } from '@hazard/event-store';
import { HAZARD, projectHazardEvents } from '@hazard/read-models';
import { type SentStatement, explainAnalyze } from '../explain';
import { type Cell, measure } from '../measure';
import { fmt, log, say } from '../output';
import { meta, report } from '../fixtures';

export async function store(stack: ProcessStack, s: { seconds: number; warmupSeconds: number; runs: number }) {
  log('event store append: ours vs emmett-postgresql');
  const base = stack.admin;
  void base;
  const adminUrl = stack.postgres.url;
  await ensureDatabase(adminUrl, 'bench_ours');
  await ensureDatabase(adminUrl, 'bench_emmett');
  // The statements as sent, so the one-statement append can be EXPLAINed below.
  const sent: SentStatement[] = [];
  const ours = createDatabase({ connectionString: adminUrl.replace(/\/postgres$/, '/bench_ours'), poolSize: 8, onQuery: (q, parameters) => void (sent.length < 50 && sent.push({ sql: q, parameters })) });
  await migrateToLatest(ours);
  const emmett = getPostgreSQLEventStore(adminUrl.replace(/\/postgres$/, '/bench_emmett'));
  const note = '现场检查发现的问题及整改进展说明，'.repeat(12);
  const table: Record<string, Cell> = {};
  const plans: Record<string, string> = {};
  for (const writers of [1, 4]) {
    const streams = await Promise.all(
      Array.from({ length: writers }, async () => {
        const hazardId = randomUUID();
        let state: HazardState | null = null;
        const m = meta({ sub: 'bench-inspector', name: '压测', roles: ['INSPECTOR'] as never });
        const events = envelope(hazardId, 0, decide(null, report(hazardId), m), m, randomUUID);
        const { events: stored } = await appendToStream(ours, { streamId: events[0].streamId, streamType: 'hazard', expectedVersion: 0, events }, projectHazardEvents);
        for (const e of events) state = evolve(state, e);
        return { hazardId, state: state as HazardState, headHash: stored[stored.length - 1].hash, emmettStream: `hazard-${randomUUID()}`, emmettVersion: 0n };
      }),
    );
    const progressed = (st: (typeof streams)[number]) => {
      const body = [{ type: 'ProgressReported' as const, data: { percent: 50, note } }];
      const events = envelope(st.hazardId, st.state.version, body, meta(), randomUUID);
      let next = st.state;
      for (const e of events) next = evolve(next, e);
      return { events, next };
    };
    // The command path: the caller knows the head and has folded the state, so the append is one statement.
    table[`ours, one statement (hash chain + read model), ${writers} writer(s)`] = await measure(
      async (loop) => {
        const st = streams[loop];
        const { events, next } = progressed(st);
        const result = await appendDecided(ours, HAZARD, { streamId: events[0].streamId, expectedVersion: st.state.version, expectedHeadHash: st.headHash, events, state: next });
        if (result.path !== 'one-statement') throw new Error(`took the ${result.path} path`);
        st.state = next;
        st.headHash = result.events[result.events.length - 1].hash;
      },
      { concurrency: writers, ...s },
    );
    // The same statement without the read-model row: what the hazards row costs.
    table[`ours, one statement, stream head + events only (no read model), ${writers} writer(s)`] = await measure(
      async (loop) => {
        const st = streams[loop];
        const { events, next } = progressed(st);
        const result = await appendDecided(ours, { streamType: 'hazard' }, { streamId: events[0].streamId, expectedVersion: st.state.version, expectedHeadHash: st.headHash, events, state: next });
        if (result.path !== 'one-statement') throw new Error(`took the ${result.path} path`);
        st.state = next;
        st.headHash = result.events[result.events.length - 1].hash;
      },
      { concurrency: writers, ...s },
    );
    // The fallback a caller without the head takes: lock the stream, read the head and the read-model row.
    table[`ours, locking path (hash chain + read model), ${writers} writer(s)`] = await measure(
      async (loop) => {
        const st = streams[loop];
        const { events, next } = progressed(st);
        const result = await appendToStream(ours, { streamId: events[0].streamId, streamType: 'hazard', expectedVersion: st.state.version, events }, projectHazardEvents);
        st.state = next;
        st.headHash = result.events[result.events.length - 1].hash;
      },
      { concurrency: writers, ...s },
    );
    table[`emmett-postgresql, ${writers} writer(s)`] = await measure(
      async (loop) => {
        const st = streams[loop];
        const result = await emmett.appendToStream(st.emmettStream, [{ type: 'ProgressReported', data: { percent: 50, note } }], { expectedStreamVersion: st.emmettVersion === 0n ? undefined : st.emmettVersion });
        st.emmettVersion = result.nextExpectedStreamVersion;
      },
      { concurrency: writers, ...s },
    );
    if (writers === 1) {
      // Where the time of one append goes: EXPLAIN (ANALYZE, BUFFERS) of the statement, with and without the
      // read-model row, each in a transaction rolled back.
      const st = streams[0];
      for (const [label, aggregate] of [
        ['with the read-model row', HAZARD],
        ['without the read-model row', { streamType: 'hazard' }],
      ] as const) {
        const { events, next } = progressed(st);
        sent.length = 0;
        plans[label] = await rolledBack(ours, async (trx) => {
          await appendDecided(trx, aggregate, { streamId: events[0].streamId, expectedVersion: st.state.version, expectedHeadHash: st.headHash, events, state: next });
          const statement = sent.find((q) => /^\s*with head as/.test(q.sql));
          if (!statement) throw new Error('the append sent no one-statement query');
          await trx.executeQuery(CompiledQuery.raw('rollback to savepoint before_append'));
          return explainAnalyze(trx, statement);
        });
      }
    }
  }
  await emmett.close();
  await ours.destroy();
  say('');
  say('## 2. Event store append (one event of ~0.5 KB per append, expected version checked)');
  say('');
  say('| store | appends per s | p50 ms | p95 ms | p99 ms | ÷ emmett |');
  say('|---|---|---|---|---|---|');
  for (const [name, cell] of Object.entries(table)) {
    const writers = /(\d+) writer/.exec(name)?.[1];
    const emmettCell = table[`emmett-postgresql, ${writers} writer(s)`];
    say(`| ${name} | ${fmt(cell)} | ${name.startsWith('emmett') ? '1' : (cell.perSecond / emmettCell.perSecond).toFixed(2)} |`);
  }
  for (const [label, plan] of Object.entries(plans)) {
    say('');
    say(`The one-statement append ${label}, \`EXPLAIN (ANALYZE, BUFFERS)\`:`);
    say('');
    say('```');
    say(plan);
    say('```');
  }
  return { ...table, plans };
}

/** Runs `work` in a transaction (with a savepoint `before_append` set first) and rolls it all back. */
async function rolledBack<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  class Rollback extends Error {
    constructor(readonly value: T) {
      super('rollback');
    }
  }
  try {
    await db.transaction().execute(async (trx) => {
      await trx.executeQuery(CompiledQuery.raw('savepoint before_append'));
      throw new Rollback(await work(trx));
    });
  } catch (err) {
    if (err instanceof Rollback) return err.value;
    throw err;
  }
  throw new Error('unreachable');
}
