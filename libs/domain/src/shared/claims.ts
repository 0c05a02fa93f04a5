import { SYSTEM_ACTOR } from './metadata';
import { WILDCARD } from './permissions';
import { ROLES, type Role } from './reference';
import { isValidCreditCode } from './validation';

/*
 * One reading of a token's claims (README, Security model), shared by the gateway, which verifies the token
 * first, and the console, which only reads it to shape its screens: both see the same person in the same scope.
 */

/** Who a token speaks for, in its one normal form: scope lists are arrays, `*` inside one meaning every code. */
export interface TokenPrincipal {
  sub: string;
  name: string;
  roles: Role[];
  /** Region codes, or `['*']`; empty for an enterprise. */
  regions: string[];
  /** Department codes, or `['*']`; empty for an enterprise. */
  departments: string[];
  /** An enterprise's unified social credit code (role ENTERPRISE only). */
  creditCode?: string;
}

export type ClaimsReading = { ok: true; principal: TokenPrincipal } | { ok: false; problems: string[] };

export const MAX_SCOPE_CODES = 100;
const MAX_CODE_LENGTH = 32;

const text = (value: unknown, max: number): value is string => typeof value === 'string' && value.trim().length > 0 && value.length <= max;

/** `*`, or an array of codes (`*` may be one of them): the forms the claims `regions` and `departments` take. */
function scopeList(value: unknown): string[] | null {
  if (value === WILDCARD) return [WILDCARD];
  if (!Array.isArray(value) || value.length > MAX_SCOPE_CODES || !value.every((c) => text(c, MAX_CODE_LENGTH))) return null;
  return [...new Set(value as string[])];
}

/**
 * Reads the claims `sub`, `name`, `roles`, `regions`, `departments` and `creditCode`. Officials are scoped by regions ×
 * departments; an `ENTERPRISE` token holds that role alone and is scoped by a valid `creditCode`, its regions and
 * departments ignored (it has none). The subject `system` is the workflow's own and no token may claim it.
 */
export function readClaims(payload: unknown): ClaimsReading {
  const claims = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
  const problems: string[] = [];
  if (!text(claims.sub, 200) || claims.sub === SYSTEM_ACTOR.sub) problems.push('sub');
  if (!text(claims.name, 200)) problems.push('name');
  const roles = claims.roles;
  const rolesValid =
    Array.isArray(roles) && roles.length > 0 && roles.length <= ROLES.length && roles.every((r) => (ROLES as readonly unknown[]).includes(r));
  if (!rolesValid) problems.push('roles');
  const enterprise = rolesValid && (roles as Role[]).includes('ENTERPRISE');
  if (enterprise && roles.length !== 1) problems.push('roles (ENTERPRISE is not combined with other roles)');
  let creditCode: string | undefined;
  let regions: string[] | null = [];
  let departments: string[] | null = [];
  if (enterprise) {
    creditCode = typeof claims.creditCode === 'string' ? claims.creditCode.trim().toUpperCase() : '';
    if (!isValidCreditCode(creditCode)) problems.push('creditCode');
  } else {
    regions = scopeList(claims.regions);
    departments = scopeList(claims.departments);
    if (!regions) problems.push('regions');
    if (!departments) problems.push('departments');
  }
  if (problems.length > 0 || !regions || !departments) return { ok: false, problems };
  return {
    ok: true,
    principal: {
      sub: claims.sub as string,
      name: claims.name as string,
      roles: [...new Set(roles as Role[])],
      regions,
      departments,
      ...(creditCode ? { creditCode } : {}),
    },
  };
}

/** Whether a scope list (as readClaims gives it) covers a code. */
export const listCovers = (list: readonly string[], code: string): boolean => list.includes(WILDCARD) || list.includes(code);
