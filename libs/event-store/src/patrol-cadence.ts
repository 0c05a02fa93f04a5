import { sql } from 'kysely';
import { DEFAULT_PATROL_CADENCE, DomainError, type PatrolCadence, type PatrolCadenceRule } from '../../domain/src';
import type { Db } from './database';

export interface SavedPatrolCadence extends PatrolCadence {
  savedAt: string | null;
  savedBy: string | null;
}

/** The cadence in force (the latest saved version), or a given version; the built-in default before any. */
export async function loadPatrolCadence(db: Db, version?: number | null): Promise<SavedPatrolCadence | null> {
  let query = db.selectFrom('patrol_cadences').selectAll().orderBy('version', 'desc').limit(1);
  if (version !== undefined && version !== null) {
    if (version === 0) return { ...DEFAULT_PATROL_CADENCE, savedAt: null, savedBy: null };
    query = query.where('version', '=', version);
  }
  const row = await query.executeTakeFirst();
  if (!row) return version ? null : { ...DEFAULT_PATROL_CADENCE, savedAt: null, savedBy: null };
  return { version: row.version, source: row.source, rules: row.rules as PatrolCadenceRule[], savedAt: new Date(row.saved_at).toISOString(), savedBy: row.saved_by };
}

/** Saves a checked cadence as the next version; two saves racing for one number: the second is told to retry. */
export async function savePatrolCadence(db: Db, cadence: Omit<PatrolCadence, 'version'>, savedBy: string): Promise<SavedPatrolCadence> {
  try {
    const row = await db
      .insertInto('patrol_cadences')
      .values({
        version: sql<number>`(select coalesce(max(version), 0) + 1 from patrol_cadences)`,
        source: cadence.source,
        rules: JSON.stringify(cadence.rules),
        saved_by: savedBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { version: row.version, source: row.source, rules: cadence.rules, savedAt: new Date(row.saved_at).toISOString(), savedBy: row.saved_by };
  } catch (err) {
    if ((err as { code?: string }).code === '23505') throw new DomainError('VERSION_CONFLICT', 'another version of the patrol cadence was saved meanwhile; reload it and try again');
    throw err;
  }
}
