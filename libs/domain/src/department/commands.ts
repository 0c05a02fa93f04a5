import { badInput } from '../shared/errors';
import { SECTORS, type Sector } from '../shared/reference';
import { oneOf } from '../shared/validation';

/** A reporting unit's code: upper-case letters, digits and _, starting with a letter (EMERGENCY, INDUSTRY_IT). */
export const DEPARTMENT_CODE = /^[A-Z][A-Z0-9_]{1,31}$/;

export function departmentCode(field: string, value: unknown): string {
  if (typeof value !== 'string' || !DEPARTMENT_CODE.test(value)) {
    throw badInput(field, 'must be a code of 2–32 upper-case letters, digits and _, starting with a letter (e.g. EDUCATION)');
  }
  return value;
}

/**
 * The sectors a unit supervises, in the order of SECTORS: each a known sector, listed once; none is allowed (the
 * unit then reports the hazards assigned to it by code).
 */
export function sectorList(field: string, value: unknown): Sector[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw badInput(field, 'must be a list of sectors');
  const seen = new Set<Sector>();
  return value.map((item, i) => {
    const sector = oneOf(`${field}[${i}]`, item, SECTORS);
    if (seen.has(sector)) throw badInput(`${field}[${i}]`, `${sector} is listed twice`);
    seen.add(sector);
    return sector;
  }).sort((a, b) => SECTORS.indexOf(a) - SECTORS.indexOf(b));
}

/** What the committee office does to its member units (成员单位): add, rename, change their sectors, retire. */
export type DepartmentCommand =
  | { type: 'AddDepartment'; data: { code: string; name: string; sectors: readonly string[]; hasDistrictUnits: boolean } }
  | { type: 'RenameDepartment'; data: { code: string; name: string; reason?: string | null } }
  | { type: 'ChangeDepartmentSectors'; data: { code: string; sectors: readonly string[]; reason?: string | null } }
  | { type: 'RetireDepartment'; data: { code: string; reason: string } };
