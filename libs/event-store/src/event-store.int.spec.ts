import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { type TestDatabase, adminQuery, createTestDatabase } from '../../../test/support/database';
import { type NewEvent, VersionConflictError, appendToStream } from './append';
import { GENESIS_HASH, canonicalEventText, chainHash } from './canonical';
import { projectHazardEvents } from './projections/hazards';
import { readAllAfter, readStream, readStreamRows } from './read';
import { verifyChain } from './audit';

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
    const after = await readAllAfter(t.db, start);
    const order = after.map((e) => e.streamId).filter((s) => s === slowStream || s === fastStream);
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
});
