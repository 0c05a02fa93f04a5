import type { HazardState } from '@hazard/domain';
import type { Db } from '@hazard/event-store';

/** The current states of these hazards, by id (an id with no row is absent). */
export async function findHazardStates(db: Db, ids: readonly string[]): Promise<Map<string, HazardState>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('hazards').select(['id', 'state']).where('id', 'in', [...ids]).execute();
  return new Map(rows.map((r) => [r.id, r.state]));
}
