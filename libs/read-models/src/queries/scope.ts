import { type RawBuilder, sql } from 'kysely';
import { type Scope, WILDCARD } from '@hazard/domain';

/**
 * A caller's regions × departments as a condition on a read model with `region_code` and
 * `department_code` columns; null reads every row (who may is the caller's to decide: auditors).
 * One place for every list query of the records scoped like hazards.
 */
export function withinScope(scope: Scope | null | undefined): RawBuilder<boolean> {
  if (!scope) return sql<boolean>`true`;
  const parts: RawBuilder<unknown>[] = [];
  if (!scope.regions.includes(WILDCARD)) parts.push(scope.regions.length ? sql`region_code in (${sql.join([...scope.regions])})` : sql`false`);
  if (!scope.departments.includes(WILDCARD)) parts.push(scope.departments.length ? sql`department_code in (${sql.join([...scope.departments])})` : sql`false`);
  return parts.length ? sql<boolean>`(${sql.join(parts, sql` and `)})` : sql<boolean>`true`;
}
