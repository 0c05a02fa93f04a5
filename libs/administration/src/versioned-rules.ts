import { sql } from 'kysely';
import {
  DEFAULT_DUTY_ROLE_RULES,
  DEFAULT_INCIDENT_RULES,
  type DutyRoleRules,
  DEFAULT_PATROL_CADENCE,
  DomainError,
  type IncidentReportingRules,
  type MajorEvent,
  type PatrolCadence,
  type PatrolCadenceRule,
} from '@hazard/domain';
import type { Db } from '@hazard/event-store';

/** Rules kept as numbered versions, each naming its source; old versions stay. */
type RulesTable = 'patrol_cadences' | 'incident_rules' | 'duty_role_rules';

export interface Saved {
  savedAt: string | null;
  savedBy: string | null;
}

interface RulesRow<P> {
  version: number;
  source: string;
  payload: P;
  savedAt: string | null;
  savedBy: string | null;
}

/** The version in force (the latest), or a given one; `fallback` (version 0) before any is saved. */
async function loadVersion<P>(db: Db, table: RulesTable, fallback: { source: string; payload: P }, version?: number | null): Promise<RulesRow<P> | null> {
  if (version === 0) return { version: 0, ...fallback, savedAt: null, savedBy: null };
  let query = db.selectFrom(table).selectAll().orderBy('version', 'desc').limit(1);
  if (version !== undefined && version !== null) query = query.where('version', '=', version);
  const row = await query.executeTakeFirst();
  if (!row) return version ? null : { version: 0, ...fallback, savedAt: null, savedBy: null };
  return { version: row.version, source: row.source, payload: row.rules as P, savedAt: new Date(row.saved_at).toISOString(), savedBy: row.saved_by };
}

/** Saves checked rules as the next version; two saves racing for one number: the second is told to retry. */
async function saveVersion<P>(db: Db, table: RulesTable, label: string, source: string, payload: P, savedBy: string): Promise<RulesRow<P>> {
  try {
    const row = await db
      .insertInto(table)
      .values({ version: sql<number>`(select coalesce(max(version), 0) + 1 from ${sql.table(table)})`, source, rules: JSON.stringify(payload), saved_by: savedBy })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { version: row.version, source: row.source, payload, savedAt: new Date(row.saved_at).toISOString(), savedBy: row.saved_by };
  } catch (err) {
    if ((err as { code?: string }).code === '23505') throw new DomainError('VERSION_CONFLICT', `another version of the ${label} was saved meanwhile; reload it and try again`);
    throw err;
  }
}

export type SavedPatrolCadence = PatrolCadence & Saved;

export async function loadPatrolCadence(db: Db, version?: number | null): Promise<SavedPatrolCadence | null> {
  const row = await loadVersion<PatrolCadenceRule[]>(db, 'patrol_cadences', { source: DEFAULT_PATROL_CADENCE.source, payload: DEFAULT_PATROL_CADENCE.rules }, version);
  return row && { version: row.version, source: row.source, rules: row.payload, savedAt: row.savedAt, savedBy: row.savedBy };
}

export async function savePatrolCadence(db: Db, cadence: Omit<PatrolCadence, 'version'>, savedBy: string): Promise<SavedPatrolCadence> {
  const row = await saveVersion(db, 'patrol_cadences', 'patrol cadence', cadence.source, cadence.rules, savedBy);
  return { version: row.version, source: row.source, rules: row.payload, savedAt: row.savedAt, savedBy: row.savedBy };
}

export type SavedIncidentRules = IncidentReportingRules & Saved;
type IncidentPayload = Omit<IncidentReportingRules, 'version' | 'source'>;

export async function loadIncidentRules(db: Db, version?: number | null): Promise<SavedIncidentRules | null> {
  const { version: _v, source, ...payload } = DEFAULT_INCIDENT_RULES;
  const row = await loadVersion<IncidentPayload>(db, 'incident_rules', { source, payload }, version);
  return row && { version: row.version, source: row.source, ...row.payload, savedAt: row.savedAt, savedBy: row.savedBy };
}

export async function saveIncidentRules(db: Db, rules: Omit<IncidentReportingRules, 'version'>, savedBy: string): Promise<SavedIncidentRules> {
  const { source, ...payload } = rules;
  const row = await saveVersion(db, 'incident_rules', 'incident reporting rules', source, payload, savedBy);
  return { version: row.version, source: row.source, ...row.payload, savedAt: row.savedAt, savedBy: row.savedBy };
}

/** Major events a pre-event patrol is due before: every campaign's name and first day, from its first event. */
export async function majorEvents(db: Db): Promise<MajorEvent[]> {
  const rows = await db
    .selectFrom('events')
    .innerJoin('streams', 'streams.stream_id', 'events.stream_id')
    .select('events.data')
    .where('streams.stream_type', '=', 'campaign')
    .where('events.version', '=', 1)
    .execute();
  return rows.map((r) => {
    const d = r.data as { name: string; from: string };
    return { name: d.name, from: d.from };
  });
}

export type SavedDutyRoleRules = DutyRoleRules & Saved;

export async function loadDutyRoleRules(db: Db, version?: number | null): Promise<SavedDutyRoleRules | null> {
  const row = await loadVersion<DutyRoleRules['byLevel']>(db, 'duty_role_rules', { source: DEFAULT_DUTY_ROLE_RULES.source, payload: DEFAULT_DUTY_ROLE_RULES.byLevel }, version);
  return row && { version: row.version, source: row.source, byLevel: row.payload, savedAt: row.savedAt, savedBy: row.savedBy };
}

export async function saveDutyRoleRules(db: Db, rules: Omit<DutyRoleRules, 'version'>, savedBy: string): Promise<SavedDutyRoleRules> {
  const row = await saveVersion(db, 'duty_role_rules', 'duty role rules', rules.source, rules.byLevel, savedBy);
  return { version: row.version, source: row.source, byLevel: row.payload, savedAt: row.savedAt, savedBy: row.savedBy };
}
