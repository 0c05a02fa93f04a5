import { DomainError, scopeCovers } from '../../../../libs/domain/src';
import { type RawBuilder, sql } from 'kysely';
import type { Principal } from './principal';

/**
 * The caller's regions × departments as a condition on a read model with `region_code` and
 * `department_code` columns (auditors read everything). One place for every list query.
 */
export function inScope(principal: Principal): RawBuilder<boolean> {
  if (principal.roles.includes('AUDITOR')) return sql<boolean>`true`;
  const parts: RawBuilder<unknown>[] = [];
  if (!principal.regions.includes('*')) parts.push(principal.regions.length ? sql`region_code in (${sql.join([...principal.regions])})` : sql`false`);
  if (!principal.departments.includes('*')) parts.push(principal.departments.length ? sql`department_code in (${sql.join([...principal.departments])})` : sql`false`);
  return parts.length ? sql<boolean>`(${sql.join(parts, sql` and `)})` : sql<boolean>`true`;
}

/** Creating a record in a region × department: refused with FORBIDDEN outside the caller's scope (bad values are the decider's to refuse). */
export function assertCreatesInScope(principal: Principal, regionCode: unknown, departmentCode: unknown): void {
  if (typeof regionCode === 'string' && typeof departmentCode === 'string' && !scopeCovers(principal, regionCode, departmentCode)) {
    throw new DomainError('FORBIDDEN', `region ${regionCode} × department ${departmentCode} is outside your scope`);
  }
}
