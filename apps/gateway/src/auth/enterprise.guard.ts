import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { DomainError } from '@hazard/domain';
import type { GatewayContext } from './principal';

/**
 * What an enterprise's safety manager (role ENTERPRISE) may call, and nothing else (README, Security model): its
 * own hazards (each resolver scopes them by the token's credit code), their history and live events, progress,
 * its rectification with evidence and the standby checks it is assigned, and the names of regions and departments.
 * Every other root field is refused here, before any resolver runs, so a new query is closed to enterprises until
 * it is added on purpose.
 */
export const ENTERPRISE_OPERATIONS: ReadonlySet<string> = new Set([
  'hazard',
  'hazards',
  'hazardHistory',
  'hazardAsOf',
  'verifyHazardHistory',
  'hazardEvents',
  'reportProgress',
  'submitRectification',
  'recordStandbyCheck',
  'regions',
  'departments',
]);

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

@Injectable()
export class EnterpriseGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const principal = gql.getContext<GatewayContext>().principal;
    if (!principal?.roles.includes('ENTERPRISE')) return true;
    const info = gql.getInfo<{ fieldName: string; parentType: { name: string } }>();
    if (!ROOT_TYPES.has(info.parentType.name) || ENTERPRISE_OPERATIONS.has(info.fieldName)) return true;
    throw new DomainError('FORBIDDEN', `an enterprise's account sees its own hazards, reports progress, submits rectification and records its standby checks; it may not ${info.fieldName}`);
  }
}
