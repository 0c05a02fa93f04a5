import { type AdminOperation, DomainError, mayPerform } from '@hazard/domain';
import type { Principal } from './principal';

export function authorize(principal: Principal, operation: AdminOperation): void {
  if (!mayPerform(principal.roles, operation)) {
    throw new DomainError('FORBIDDEN', `your roles (${principal.roles.join(', ')}) do not allow ${operation}`);
  }
}

/** Phone numbers and the like are shown in full only to roles that need them; the rest see them masked. */
export const mayReadPersonalData = (principal: Principal): boolean => mayPerform(principal.roles, 'readPersonalData');
