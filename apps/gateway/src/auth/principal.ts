import { type Actor, type TokenPrincipal, WILDCARD } from '@hazard/domain';

/** The caller, as the verified token describes it (readClaims). */
export type Principal = TokenPrincipal;

/** The actor an event records: an official with the level they act at, an enterprise with its credit code. */
export const actorOf = (principal: Principal): Actor =>
  principal.creditCode
    ? { sub: principal.sub, name: principal.name, roles: [...principal.roles], creditCode: principal.creditCode }
    : { sub: principal.sub, name: principal.name, roles: [...principal.roles], level: principal.regions.includes(WILDCARD) ? 'CITY' : 'DISTRICT' };

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
