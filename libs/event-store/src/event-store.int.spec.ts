import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { type TestDatabase, adminQuery, createTestDatabase } from '../../../test/support/database';
import { type HazardEvent, type HazardState, decide, envelope, evolve } from '@hazard/domain';
import { type NewEvent, VersionConflictError, appendToStream } from './append';
import { appendDecided } from './command-handler';
import { GENESIS_HASH, canonicalEventText, chainHash } from './canonical';
import { readAllAfter, readStream, readStreamRows } from './read';
import { verifyChain } from './audit';
// the hazard's aggregate and read model, to append what a real command appends
import { HAZARD, projectHazardEvents } from '@hazard/read-models';

const actor = { sub: 'tester', name: '测试员', roles: ['INSPECTOR' as const] };

function events(streamId: string, from: number, count: number, extra: Record<string, unknown> = {}): NewEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    eventId: randomUUID(),
    streamId,
    version: from + i,
    type: 'NoteTaken',
    data: { text: `第${from + i}条`, z: 1, a: { y: 2, b: [3, 1] }, ...extra },
    metadata: { commandId: `cmd-${from + i}`, occurredAt: '2026-11-28T01:00:00.000Z', recordedAt: '2026-11-28T01:00:01.000Z', actor },
  }));
}

describe('the event store on a real Postgres', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t?.drop());

  it('appends with a hash chain over the exact canonical text it stores', async () => {
    const streamId = `s-${randomUUID()}`;
    const first = events(streamId, 1, 2);
    const result = await appendToStream(t.db, { streamId, streamType: 'test', expectedVersion: 0, events: first });
    expect(result.duplicate).toBe(false);
    const more = events(streamId, 3, 1);
    await appendToStream(t.db, { streamId, streamType: 'test', expectedVersion: 2, events: more });

    const rows = await readStreamRows(t.db, streamId);
    expect(rows.map((r) => r.version)).toEqual([1, 2, 3]);
    let prev = GENESIS_HASH;
    for (const [i, row] of rows.entries()) {
      expect(row.canonical).toBe(canonicalEventText([...first, ...more][i]));
      expect(row.prev_hash).toBe(prev);
      expect(row.hash).toBe(chainHash(prev, row.canonical));
      prev = row.hash;
    }
    // jsonb reorders keys; the canonical text does not, and it is what the hash covers.
    expect(rows[0].canonical).toContain('"a":{"b":[3,1],"y":2}');
    expect(verifyChain(streamId, rows)).toMatchObject({ ok: true, eventCount: 3, headHash: prev });
    const head = await t.db.selectFrom('streams').selectAll().where('stream_id', '=', streamId).executeTakeFirstOrThrow();
    expect(head).toMatchObject({ version: 3, head_hash: prev });
    const stored = await readStream(t.db, streamId);
    expect(stored[0].data).toEqual(first[0].data);
  });

  it('treats re-appending the same events as a no-op and different events at a taken version as a conflict', async () => {
    const streamId = `s-${randomUUID()}`;
    const batch = events(streamId, 1, 2);
    await appendToStream(t.db, { streamId, streamType: 'test', expectedVersion: 0, events: batch });
    const again = await appendToStream(t.db, { streamId, streamType: 'test', expectedVersion: 0, events: batch });
    expect(again.duplicate).toBe(true);
    expect(again.events.map((e) => e.version)).toEqual([1, 2]);
    expect(await readStreamRows(t.db, streamId)).toHaveLength(2);

    const different = events(streamId, 1, 2);
    await expect(appendToStream(t.db, { streamId, streamType: 'test', expectedVersion: 0, events: different })).rejects.toBeInstanceOf(
      VersionConflictError,
    );
    await expect(appendToStream(t.db, { streamId, streamType: 'test', expectedVersion: 1, events: events(streamId, 2, 1) })).rejects.toBeInstanceOf(
      VersionConflictError,
    );
    await expect(appendToStream(t.db, { streamId, streamType: 'test', expectedVersion: 5, events: events(streamId, 6, 1) })).rejects.toBeInstanceOf(
      VersionConflictError,
    );
    expect(await readStreamRows(t.db, streamId)).toHaveLength(2);
  });

  it('lets exactly one of several concurrent writers at the same expected version win', async () => {
    const streamId = `s-${randomUUID()}`;
    await appendToStream(t.db, { streamId, streamType: 'test', expectedVersion: 0, events: events(streamId, 1, 1) });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, () => appendToStream(t.db, { streamId, streamType: 'test', expectedVersion: 1, events: events(streamId, 2, 1) })),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')) {
      expect(o.reason).toBeInstanceOf(VersionConflictError);
    }
    expect(verifyChain(streamId, await readStreamRows(t.db, streamId))).toMatchObject({ ok: true, eventCount: 2 });
  });

  it('updates read models in the append transaction: a failing projection writes nothing', async () => {
    const streamId = `s-${randomUUID()}`;
    await expect(
      appendToStream(t.db, { streamId, streamType: 'test', expectedVersion: 0, events: events(streamId, 1, 1) }, async () => {
        throw new Error('projection broke');
      }),
    ).rejects.toThrow('projection broke');
    expect(await readStreamRows(t.db, streamId)).toHaveLength(0);
    expect(await t.db.selectFrom('streams').selectAll().where('stream_id', '=', streamId).execute()).toHaveLength(0);
  });

  it('projects hazard events into the hazards read model', async () => {
    const hazardId = randomUUID();
    const streamId = `hazard-${hazardId}`;
    const reported: NewEvent = {
      eventId: randomUUID(),
      streamId,
      version: 1,
      type: 'HazardReported',
      data: {
        hazardId,
        code: `YH-211102-2026-${Math.floor(Math.random() * 99999)}`,
        title: '配电室无应急照明',
        description: '配电室未设置应急照明',
        level: 'GENERAL',
        sector: 'OTHER',
        regionCode: '211102',
        departmentCode: 'EMERGENCY',
        enterpriseName: '某物流公司',
        enterpriseCreditCode: null,
        location: null,
        judgementBasis: null,
        source: 'ENTERPRISE_SELF_INSPECTION',
        foundAt: '2026-11-27T02:00:00.000Z',
      },
      metadata: { commandId: 'c1', occurredAt: '2026-11-27T02:00:00.000Z', recordedAt: '2026-11-27T02:00:00.000Z', actor },
    };
    await appendToStream(t.db, { streamId, streamType: 'hazard', expectedVersion: 0, events: [reported] }, projectHazardEvents);
    const row = await t.db.selectFrom('hazards').selectAll().where('id', '=', hazardId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'FOUND', version: 1, region_code: '211102', title: '配电室无应急照明' });
    expect((row.state as { reportedBy: unknown }).reportedBy).toEqual({ sub: 'tester', name: '测试员' });
  });

  it('refuses UPDATE, DELETE and TRUNCATE on events', async () => {
    const streamId = `s-${randomUUID()}`;
    await appendToStream(t.db, { streamId, streamType: 'test', expectedVersion: 0, events: events(streamId, 1, 1) });
    await expect(sql`update events set type = 'Forged' where stream_id = ${streamId}`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from events where stream_id = ${streamId}`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate events cascade`.execute(t.db)).rejects.toThrow(/append-only/);
    expect(await readStreamRows(t.db, streamId)).toHaveLength(1);
  });

  it('never lets a global reader skip an event whose transaction commits after a later one', async () => {
    const slowStream = `s-${randomUUID()}`;
    const fastStream = `s-${randomUUID()}`;
    const start = (await readAllAfter(t.db, undefined, 100_000)).at(-1)?.checkpoint;

    let releaseSlow!: () => void;
    const slowMayCommit = new Promise<void>((r) => (releaseSlow = r));
    let slowWrote!: () => void;
    const slowHasWritten = new Promise<void>((r) => (slowWrote = r));
    const slow = appendToStream(t.db, { streamId: slowStream, streamType: 'test', expectedVersion: 0, events: events(slowStream, 1, 1) }, async () => {
      slowWrote();
      await slowMayCommit;
    });
    await slowHasWritten;
    await appendToStream(t.db, { streamId: fastStream, streamType: 'test', expectedVersion: 0, events: events(fastStream, 1, 1) });

    // The fast event has the later position but is held back while the slow transaction is open.
    const whileOpen = await readAllAfter(t.db, start);
    expect(whileOpen.map((e) => e.streamId)).not.toContain(fastStream);

    releaseSlow();
    await slow;
    // The horizon is the oldest transaction running anywhere in the cluster (other test files' databases too), so
    // both events show up once whatever was running then has ended: read until they do, then check their order.
    let order: string[] = [];
    for (let tries = 0; tries < 100 && order.length < 2; tries++) {
      if (tries > 0) await new Promise((r) => setTimeout(r, 100));
      const after = await readAllAfter(t.db, start);
      order = after.map((e) => e.streamId).filter((s) => s === slowStream || s === fastStream);
    }
    expect(order).toEqual([slowStream, fastStream]);
  });

  it('keeps the canonical text byte for byte with Chinese text and awkward numbers', async () => {
    const streamId = `s-${randomUUID()}`;
    const [event] = events(streamId, 1, 1, { amount: 1234.5, big: 1e21, tiny: 1e-7, text: '隐患\n“引号”\\' });
    await appendToStream(t.db, { streamId, streamType: 'test', expectedVersion: 0, events: [event] });
    const { rows } = await adminQuery('select canonical, hash, prev_hash from events where stream_id = $1', [streamId], t.name);
    expect(rows[0].canonical).toBe(canonicalEventText(event));
    expect(rows[0].hash).toBe(chainHash(rows[0].prev_hash, canonicalEventText(event)));
  });

  describe('the one-statement append', () => {
    const supervisor = { sub: 'sup', name: '督办员', roles: ['SUPERVISOR' as const] };
    const inspector = { sub: 'ins', name: '检查员', roles: ['INSPECTOR' as const] };
    const at = (minutes: number) => new Date(Date.parse('2026-11-27T02:00:00.000Z') + minutes * 60_000).toISOString();
    const fold = (events: HazardEvent[]) => events.reduce<HazardState | null>((s, e) => evolve(s, e), null) as HazardState;
    const reportedHazard = () => {
      const hazardId = randomUUID();
      const meta = { commandId: `report-${hazardId}`, actor: inspector, now: at(0) };
      const command = {
        type: 'ReportHazard' as const,
        data: { hazardId, code: `YH-${hazardId.slice(0, 6)}`, title: '消防通道堵塞', description: '堆放杂物', level: 'GENERAL' as const, sector: 'FIRE' as const, regionCode: '211102', departmentCode: 'FIRE', enterpriseName: '某商场', source: 'DEPARTMENT_INSPECTION' as const },
      };
      const events = envelope(hazardId, 0, decide(null, command, meta), meta, randomUUID);
      return { hazardId, streamId: `hazard-${hazardId}`, events, state: fold(events) };
    };
    const progress = (state: HazardState, n: number, commandId = `progress-${state.id}-${n}`) => {
      const meta = { commandId, actor: supervisor, now: at(n) };
      const events = envelope(state.id, state.version, [{ type: 'ProgressReported', data: { percent: n, note: `第${n}次` } }], meta, randomUUID);
      return { events, state: events.reduce<HazardState>((s, e) => evolve(s, e), state) };
    };

    it('writes the events, the stream head and the read-model row from the folded state in one statement', async () => {
      const h = reportedHazard();
      const first = await appendDecided(t.db, HAZARD, { streamId: h.streamId, expectedVersion: 0, expectedHeadHash: GENESIS_HASH, events: h.events, state: h.state });
      expect(first.path).toBe('one-statement');
      const next = progress(h.state, 1);
      const second = await appendDecided(t.db, HAZARD, { streamId: h.streamId, expectedVersion: 1, expectedHeadHash: first.events[0].hash, events: next.events, state: next.state });
      expect(second.path).toBe('one-statement');

      const rows = await readStreamRows(t.db, h.streamId);
      expect(verifyChain(h.streamId, rows)).toMatchObject({ ok: true, eventCount: 2, headHash: second.events[0].hash });
      expect(rows.map((r) => r.canonical)).toEqual([...h.events, ...next.events].map(canonicalEventText));
      expect(second.events[0].globalPosition).toBe(String(rows[1].global_position));
      const head = await t.db.selectFrom('streams').selectAll().where('stream_id', '=', h.streamId).executeTakeFirstOrThrow();
      expect(head).toMatchObject({ version: 2, head_hash: second.events[0].hash });
      const row = await t.db.selectFrom('hazards').selectAll().where('id', '=', h.hazardId).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ version: 2, status: 'FOUND', region_code: '211102' });
      expect(row.state).toEqual(JSON.parse(JSON.stringify(next.state)));
    });

    it('falls back to the locking path when the head it was given has moved, and keeps every guarantee there', async () => {
      const h = reportedHazard();
      const first = await appendDecided(t.db, HAZARD, { streamId: h.streamId, expectedVersion: 0, expectedHeadHash: GENESIS_HASH, events: h.events, state: h.state });
      // A stale head hash at the right version (a caller that missed a write): written on the stored head instead.
      const next = progress(h.state, 1);
      const stale = await appendDecided(t.db, HAZARD, { streamId: h.streamId, expectedVersion: 1, expectedHeadHash: 'f'.repeat(64), events: next.events, state: next.state });
      expect(stale.path).toBe('locking');
      expect(stale.events[0].prevHash).toBe(first.events[0].hash);
      // The same events again: a duplicate, nothing written.
      const again = await appendDecided(t.db, HAZARD, { streamId: h.streamId, expectedVersion: 1, expectedHeadHash: first.events[0].hash, events: next.events, state: next.state });
      expect(again).toMatchObject({ duplicate: true, path: 'locking' });
      // Another command at the taken version: a conflict, nothing written.
      const other = progress(h.state, 2);
      await expect(
        appendDecided(t.db, HAZARD, { streamId: h.streamId, expectedVersion: 1, expectedHeadHash: first.events[0].hash, events: other.events, state: other.state }),
      ).rejects.toBeInstanceOf(VersionConflictError);
      const rows = await readStreamRows(t.db, h.streamId);
      expect(verifyChain(h.streamId, rows)).toMatchObject({ ok: true, eventCount: 2 });
      const row = await t.db.selectFrom('hazards').select(['version', 'state']).where('id', '=', h.hazardId).executeTakeFirstOrThrow();
      expect(row.version).toBe(2);
      expect((row.state).progressPercent).toBe(1);
    });

    it('answers a command decided again after a crash (same command, later clock) with the events as stored', async () => {
      const h = reportedHazard();
      const first = await appendDecided(t.db, HAZARD, { streamId: h.streamId, expectedVersion: 0, expectedHeadHash: GENESIS_HASH, events: h.events, state: h.state });
      const once = progress(h.state, 1, 'the-same-command');
      await appendDecided(t.db, HAZARD, { streamId: h.streamId, expectedVersion: 1, expectedHeadHash: first.events[0].hash, events: once.events, state: once.state });
      const redecided = progress(h.state, 5, 'the-same-command');
      const answer = await appendDecided(t.db, HAZARD, { streamId: h.streamId, expectedVersion: 1, expectedHeadHash: first.events[0].hash, events: redecided.events, state: redecided.state });
      expect(answer.duplicate).toBe(true);
      expect(answer.events.map((e) => e.eventId)).toEqual(once.events.map((e) => e.eventId));
      expect(await readStreamRows(t.db, h.streamId)).toHaveLength(2);
    });

    it('writes nothing at all when the read-model row cannot be written', async () => {
      const h = reportedHazard();
      const broken = { ...h.state, status: null as unknown as HazardState['status'] };
      await expect(appendDecided(t.db, HAZARD, { streamId: h.streamId, expectedVersion: 0, expectedHeadHash: GENESIS_HASH, events: h.events, state: broken })).rejects.toThrow(/null value/);
      expect(await readStreamRows(t.db, h.streamId)).toHaveLength(0);
      expect(await t.db.selectFrom('streams').selectAll().where('stream_id', '=', h.streamId).execute()).toHaveLength(0);
    });
  });
});
