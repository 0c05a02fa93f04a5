import { randomUUID } from 'node:crypto';
import { ProcessStack } from '@hazard/devstack';
import { type HazardCommand, type HazardState, decide, envelope, evolve } from '@hazard/domain';
import { appendToStream, foldHazardRows, readStreamRows, verifyChain } from '@hazard/event-store';
import { projectHazardEvents } from '@hazard/read-models';
import { time } from '../measure';
import { log, say } from '../output';
import { meta, progress, report, supervise, supervisor } from '../fixtures';

export async function audit(stack: ProcessStack, auditorToken: string, s: { seconds: number; warmupSeconds: number; runs: number }) {
  log('audit: verify + fold vs plain SELECT; as-of of a 1,000-event hazard');
  const db = stack.admin;
  const streams = (await db.selectFrom('streams').select('stream_id').where('stream_type', '=', 'hazard').limit(2_000).execute()).map((r) => r.stream_id);
  let events = 0;
  const verifyMs = await time(async () => {
    events = 0;
    for (const id of streams) {
      const rows = await readStreamRows(db, id);
      events += rows.length;
      if (!verifyChain(id, rows).ok) throw new Error(`${id} does not verify`);
      foldHazardRows(rows);
    }
  }, s.runs);
  const selectMs = await time(async () => {
    for (const id of streams) await db.selectFrom('events').selectAll().where('stream_id', '=', id).orderBy('version').execute();
  }, s.runs);
  // A hazard with 1,000 events, appended through the store as the workflow would.
  const hazardId = randomUUID();
  let state: HazardState | null = null;
  const append = async (command: HazardCommand, actor = supervisor) => {
    const m = meta(actor);
    const evs = envelope(hazardId, state?.version ?? 0, decide(state, command, m), m, randomUUID);
    await appendToStream(db, { streamId: evs[0].streamId, streamType: 'hazard', expectedVersion: state?.version ?? 0, events: evs }, projectHazardEvents);
    for (const e of evs) state = evolve(state, e);
  };
  await append(report(hazardId), { sub: 'bench-inspector', name: '压测', roles: ['INSPECTOR'] as never });
  await append(supervise());
  for (let i = 0; (state as unknown as HazardState).version < 1_000; i++) await append(progress(i));
  const halfway = new Date().toISOString();
  const asOfDb = await time(async () => foldHazardRows(await readStreamRows(db, `hazard-${hazardId}`, { recordedUntil: new Date() })), s.runs);
  const asOfGraphQL = await time(async () => {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${auditorToken}` },
      body: JSON.stringify({ query: 'query($id: ID!, $at: DateTime!) { hazardAsOf(id: $id, at: $at) { version } }', variables: { id: hazardId, at: halfway } }),
    });
    await res.json();
  }, s.runs);
  const verifyGraphQL = await time(async () => {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${auditorToken}` },
      body: JSON.stringify({ query: 'query($id: ID!) { verifyHazardHistory(id: $id) { ok eventCount } }', variables: { id: hazardId } }),
    });
    await res.json();
  }, s.runs);
  const result = {
    streams: streams.length,
    events,
    verifyAndFoldEventsPerSecond: Math.round((events / verifyMs) * 1000),
    plainSelectEventsPerSecond: Math.round((events / selectMs) * 1000),
    asOf1000EventsMs: asOfDb,
    asOf1000EventsGraphQLMs: asOfGraphQL,
    verify1000EventsGraphQLMs: verifyGraphQL,
  };
  say('');
  say('## 3. Audit');
  say('');
  say(`| measurement | value |`);
  say(`|---|---|`);
  say(`| verify chain + fold, ${result.streams} streams, ${result.events} events (one query per stream) | ${result.verifyAndFoldEventsPerSecond} events/s |`);
  say(`| plain SELECT of the same rows (the same queries) | ${result.plainSelectEventsPerSecond} events/s |`);
  say(`| ratio verify+fold ÷ SELECT | ${(result.verifyAndFoldEventsPerSecond / result.plainSelectEventsPerSecond).toFixed(2)} |`);
  say(`| as-of of a 1,000-event hazard: read + fold | ${result.asOf1000EventsMs} ms |`);
  say(`| the same through GraphQL (hazardAsOf) | ${result.asOf1000EventsGraphQLMs} ms |`);
  say(`| verifyHazardHistory of that hazard through GraphQL (chain, head, read model, workflow query) | ${result.verify1000EventsGraphQLMs} ms |`);
  return result;
}
