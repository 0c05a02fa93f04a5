import { type Actor, type Role, type Scope, WILDCARD } from '@hazard/domain';

/** The caller, as the verified token describes it. */
export interface Principal extends Scope {
  sub: string;
  name: string;
  roles: Role[];
}

export const actorOf = (principal: Principal): Actor => ({
  sub: principal.sub,
  name: principal.name,
  roles: [...principal.roles],
  level: principal.regions.includes(WILDCARD) ? 'CITY' : 'DISTRICT',
});

/** Where a request came from; kept in each event's metadata. */
export interface RequestInfo {
  requestId: string;
  clientAddress?: string;
  userAgent?: string;
}

export interface GatewayContext {
  principal: Principal;
  request: RequestInfo;
  /** Express request and response (HTTP only; absent on subscription sockets). */
  req?: unknown;
  res?: unknown;
}
