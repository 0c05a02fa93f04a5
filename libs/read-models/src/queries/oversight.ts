import type { OversightState } from '@hazard/domain';
import type { Db } from '@hazard/event-store';

/**
 * Supervisions and inspections, newest first (at most 2,000), of one kind or both. Unscoped: who may
 * read which is the caller's rule (an inspection by its region × department, a supervision by role).
 */
export async function listOversightRecords(db: Db, kind: 'SUPERVISION' | 'INSPECTION' | null): Promise<OversightState[]> {
  let q = db.selectFrom('oversight_records').select('state').orderBy('opened_at', 'desc').limit(2_000);
  if (kind) q = q.where('kind', '=', kind);
  return (await q.execute()).map((r) => r.state);
}
