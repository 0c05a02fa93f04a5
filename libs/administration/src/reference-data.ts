import type { ChemicalReference } from '@hazard/domain';
import { sql } from 'kysely';
import type { Db } from '@hazard/event-store';

export interface Region {
  code: string;
  name: string;
  kind: string;
}

export interface Department {
  code: string;
  name: string;
  sectors: string[];
}

export async function listRegions(db: Db): Promise<Region[]> {
  return db.selectFrom('regions').select(['code', 'name', 'kind']).where('active', '=', true).orderBy('sort_order').execute();
}

export async function listDepartments(db: Db): Promise<Department[]> {
  return db
    .selectFrom('departments')
    .select(['code', 'name', 'sectors'])
    .where('active', '=', true)
    .orderBy('sort_order')
    .execute();
}

/**
 * Hands out the next human-readable hazard code of a region and year, e.g. YH-211102-2026-00042.
 * A refused or retried report may leave a gap in the numbers; a code is never given out twice.
 */
export async function allocateHazardCode(db: Db, regionCode: string, year: number): Promise<string> {
  const row = await db
    .insertInto('hazard_code_counters')
    .values({ region_code: regionCode, year, last_value: 1 })
    .onConflict((oc) => oc.columns(['region_code', 'year']).doUpdateSet({ last_value: sql`hazard_code_counters.last_value + 1` }))
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return `YH-${regionCode}-${year}-${String(row.last_value).padStart(5, '0')}`;
}

export const CURRENT_HAZARD_STANDARD = 'GB 18218-2018';

/** The critical quantities and correction factors of an edition of GB 18218 (reference data). */
export async function hazardousChemicals(db: Db, edition = CURRENT_HAZARD_STANDARD): Promise<ChemicalReference[]> {
  const rows = await db.selectFrom('hazardous_chemicals').selectAll().where('edition', '=', edition).orderBy('id').execute();
  return rows.map((r) => ({ name: r.name, cas: r.cas, aliases: r.aliases, criticalQuantity: Number(r.critical_quantity_tonnes), beta: Number(r.beta) }));
}
