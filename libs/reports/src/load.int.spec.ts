import { canonicalize } from 'json-canonicalize';
import { type TestDatabase, createTestDatabase } from '../../../test/support/database';
import { type HazardEvent, type HazardState, evolve } from '@hazard/domain';
import { toStoredEvent } from '@hazard/event-store';
import { planCity, seedCity } from '@hazard/seed';
import { addDays, dayStart, shanghaiDay } from './dates';
import { CITY_WIDE, reportScope, statesAsOf } from './load';

const DAY = 86_400_000;

/** The states at a cutoff the plain way: every event recorded before it, folded. */
async function foldedAsOf(t: TestDatabase, cutoff: Date): Promise<Map<string, HazardState>> {
  const rows = await t.db.selectFrom('events').selectAll().where('stream_id', 'like', 'hazard-%').where('recorded_at', '<', cutoff).orderBy('stream_id').orderBy('version').execute();
  const states = new Map<string, HazardState>();
  for (const row of rows) {
    const id = row.stream_id.slice('hazard-'.length);
    states.set(id, evolve(states.get(id) ?? null, toStoredEvent(row) as unknown as HazardEvent));
  }
  return states;
}

describe('states at a report cutoff on a real Postgres: the read model for the untouched, a fold for the rest', () => {
  let t: TestDatabase;
  const today = shanghaiDay(Date.now());
  beforeAll(async () => {
    t = await createTestDatabase();
    const end = dayStart(today).getTime() - 60_000;
    await seedCity(t.db, planCity({ count: 300, seed: 5, start: end - 10 * DAY, end, regions: ['211102', '211103', 'PJ-GX'] }));
  });
  afterAll(() => t?.drop());

  it.each([-8, -4, -1, 0, 1])('gives exactly the folded states at the start of day %i from today', async (offset) => {
    const cutoff = dayStart(addDays(today, offset));
    const scope = (await reportScope(t.db, CITY_WIDE))!;
    const fast = await statesAsOf(t.db, scope, cutoff);
    const folded = await foldedAsOf(t, cutoff);
    expect(fast.length).toBe(folded.size);
    for (const state of fast) expect(canonicalize(state)).toBe(canonicalize(folded.get(state.id)));
    // The cutoffs in the middle read some hazards from the read model and fold the others.
    if (offset === -4) {
      const untouched = await t.db.selectFrom('hazards').select('id').where('updated_at', '<', new Date(cutoff.getTime() - 60_000)).execute();
      expect(untouched.length).toBeGreaterThan(0);
      expect(untouched.length).toBeLessThan(fast.length);
    }
  });
});
