import { randomUUID } from 'node:crypto';
import { type TestDatabase, createTestDatabase } from '../../../test/support/database';
import { type HazardState, decide, envelope, evolve } from '@hazard/domain';
import { appendToStream } from '@hazard/event-store';
import { countHazards, findHazardPage } from './hazard-queries';
import { projectHazardEvents } from './projections/hazards';

const inspector = { sub: 'tester', name: '测试员', roles: ['INSPECTOR' as const] };

describe('hazard lists on a real Postgres: a page reads its rows, a count stops at its cap', () => {
  let t: TestDatabase;
  const now = new Date();
  beforeAll(async () => {
    t = await createTestDatabase();
    for (let i = 0; i < 7; i++) {
      const hazardId = randomUUID();
      const meta = { commandId: randomUUID(), actor: inspector, now: new Date(Date.parse('2026-11-01T00:00:00Z') + i * 3_600_000).toISOString() };
      const command = {
        type: 'ReportHazard' as const,
        data: { hazardId, code: `YH-T-${i}`, title: `计数测试 ${i}`, description: '计数', level: 'GENERAL' as const, sector: 'FIRE' as const, regionCode: i < 5 ? '211102' : '211103', departmentCode: 'FIRE', enterpriseName: '测试企业', source: 'DEPARTMENT_INSPECTION' as const },
      };
      const events = envelope(hazardId, 0, decide(null, command, meta), meta, randomUUID);
      let state: HazardState | null = null;
      for (const e of events) state = evolve(state, e);
      await appendToStream(t.db, { streamId: events[0].streamId, streamType: 'hazard', expectedVersion: 0, events }, projectHazardEvents);
    }
  });
  afterAll(() => t?.drop());

  it('counts exactly under the cap and says when it stopped at the cap', async () => {
    expect(await countHazards(t.db, { filter: { regionCode: '211102' }, now }, 10)).toEqual({ count: 5, capped: false });
    expect(await countHazards(t.db, { filter: { regionCode: '211102' }, now }, 5)).toEqual({ count: 5, capped: false });
    expect(await countHazards(t.db, { filter: { regionCode: '211102' }, now }, 3)).toEqual({ count: 3, capped: true });
    expect(await countHazards(t.db, { filter: {}, now }, 100)).toEqual({ count: 7, capped: false });
  });

  it('pages newest first on keyset cursors, with no count', async () => {
    const first = await findHazardPage(t.db, { filter: { regionCode: '211102' }, first: 3, now });
    expect(first.nodes.map((n) => n.state.code)).toEqual(['YH-T-4', 'YH-T-3', 'YH-T-2']);
    expect(first.hasNextPage).toBe(true);
    expect(first).not.toHaveProperty('totalCount');
    const second = await findHazardPage(t.db, { filter: { regionCode: '211102' }, first: 3, after: first.endCursor, now });
    expect(second.nodes.map((n) => n.state.code)).toEqual(['YH-T-1', 'YH-T-0']);
    expect(second.hasNextPage).toBe(false);
  });

  it('skips rows after a cursor (random access within a list anchored on its first row)', async () => {
    const all = await findHazardPage(t.db, { filter: {}, first: 7, now });
    const codes = all.nodes.map((n) => n.state.code);
    const fromTop = await findHazardPage(t.db, { filter: {}, first: 2, offset: 3, now });
    expect(fromTop.nodes.map((n) => n.state.code)).toEqual(codes.slice(3, 5));
    expect(fromTop.hasNextPage).toBe(true);
    const anchored = await findHazardPage(t.db, { filter: {}, first: 3, after: all.nodes[0].cursor, offset: 3, now });
    expect(anchored.nodes.map((n) => n.state.code)).toEqual(codes.slice(4, 7));
    expect(anchored.hasNextPage).toBe(false);
    expect((await findHazardPage(t.db, { filter: {}, first: 3, offset: 7, now })).nodes).toEqual([]);
  });
});
