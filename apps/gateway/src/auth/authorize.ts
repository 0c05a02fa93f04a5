import { type AdminOperation, DomainError, mayPerform } from '../../../../libs/domain/src';
import type { Principal } from './principal';

export function authorize(principal: Principal, operation: AdminOperation): void {
  if (!mayPerform(principal.roles, operation)) {
    throw new DomainError('FORBIDDEN', `your roles (${principal.roles.join(', ')}) do not allow ${operation}`);
  }
}
