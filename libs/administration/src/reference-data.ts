import type { ChemicalReference } from '@hazard/domain';
import { sql } from 'kysely';
import type { Db } from '@hazard/event-store';

export interface Region {
  code: string;
  name: string;
  kind: string;
}

/** A reporting unit (成员单位) of the committee (README, Reporting units). */
export interface Department {
  code: string;
  name: string;
  /** The sectors it supervises; empty: it reports the hazards assigned to it by code. */
  sectors: string[];
  /** Whether each district has a counterpart unit (大洼区应急管理局); false for e.g. the power company. */
  hasDistrictUnits: boolean;
}

/** One version of a reporting unit: what it was from `validFrom`, and who recorded the change when. */
export interface DepartmentVersion extends Department {
  version: number;
  /** The event that made it: DepartmentAdded, DepartmentRenamed, DepartmentSectorsChanged, DepartmentRetired. */
  change: string;
  active: boolean;
  validFrom: string;
  recordedAt: string;
  recordedBy: string;
  recordedByName: string;
  reason: string | null;
}

export async function listRegions(db: Db): Promise<Region[]> {
  return db.selectFrom('regions').select(['code', 'name', 'kind']).where('active', '=', true).orderBy('sort_order').execute();
}

/** The reporting units now: the active ones, in their sort order. */
export async function listDepartments(db: Db): Promise<Department[]> {
  return db
    .selectFrom('departments')
    .select(['code', 'name', 'sectors', 'has_district_units as hasDistrictUnits'])
    .where('active', '=', true)
    .orderBy('sort_order')
    .orderBy('code')
    .execute();
}

/**
 * The reporting units as they stood at `at`, so a report of that day names each unit as it was then: each code's
 * latest version that took effect by `at`, the active ones only, in the units' sort order. A unit added later is
 * absent; one retired by then too. The seeded units hold from 2000-01-01.
 */
export async function departmentsAsOf(db: Db, at: Date): Promise<Department[]> {
  const rows = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('department_versions')
        .distinctOn('code')
        .select(['code', 'name', 'sectors', 'has_district_units', 'active'])
        .where('valid_from', '<=', at)
        .orderBy('code')
        .orderBy('version', 'desc')
        .as('v'),
    )
    .leftJoin('departments as d', 'd.code', 'v.code')
    .select(['v.code', 'v.name', 'v.sectors', 'v.has_district_units as hasDistrictUnits'])
    .where('v.active', '=', true)
    .orderBy('d.sort_order')
    .orderBy('v.code')
    .execute();
  return rows;
}

/** Every version of a reporting unit, oldest first; empty for a code never added. */
export async function departmentHistory(db: Db, code: string): Promise<DepartmentVersion[]> {
  const rows = await db.selectFrom('department_versions').selectAll().where('code', '=', code).orderBy('version').execute();
  return rows.map((r) => ({
    code: r.code,
    version: r.version,
    change: r.change,
    name: r.name,
    sectors: r.sectors,
    hasDistrictUnits: r.has_district_units,
    active: r.active,
    validFrom: new Date(r.valid_from).toISOString(),
    recordedAt: new Date(r.recorded_at).toISOString(),
    recordedBy: r.recorded_by,
    recordedByName: r.recorded_by_name,
    reason: r.reason,
  }));
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
