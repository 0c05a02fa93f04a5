import { DomainError, type Scope, scopeCovers } from '@hazard/domain';
import type { Principal } from './principal';

/** The rows a caller reads from a scoped read model: their regions × departments, or every row (null) for auditors. */
export const readScope = (principal: Principal): Scope | null => (principal.roles.includes('AUDITOR') ? null : { regions: principal.regions, departments: principal.departments });

/** Creating a record in a region × department: refused with FORBIDDEN outside the caller's scope (bad values are the decider's to refuse). */
export function assertCreatesInScope(principal: Principal, regionCode: unknown, departmentCode: unknown): void {
  if (typeof regionCode === 'string' && typeof departmentCode === 'string' && !scopeCovers(principal, regionCode, departmentCode)) {
    throw new DomainError('FORBIDDEN', `region ${regionCode} × department ${departmentCode} is outside your scope`);
  }
}
