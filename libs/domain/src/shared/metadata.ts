import { DomainError } from './errors';
import type { Role } from './reference';

export interface Actor {
  sub: string;
  name: string;
  roles: Role[];
  /**
   * The level the person acts at, from their token: `CITY` when their regions are `*`, else `DISTRICT`
   * (README "The reporting chain"). Recorded with each event it is known for; older events have none.
   */
  level?: 'CITY' | 'DISTRICT';
  /** An enterprise's safety manager (role ENTERPRISE) acts for the enterprise with this unified social credit code, from their token. */
  creditCode?: string;
}

/** Everything about a command that is not its data: who, when, and how to make it idempotent. */
export interface CommandMetadata {
  /** Idempotency key of the command; also the Temporal update id. */
  commandId: string;
  actor: Actor;
  /** When the system accepted the command (becomes the events' recordedAt). */
  now: string;
  /** When it happened in the world, if the caller says so; defaults to `now`. */
  occurredAt?: string;
  expectedVersion?: number;
  requestId?: string;
  clientAddress?: string;
  userAgent?: string;
}

/** The actor of everything the system does by itself (timers, escalations). */
export const SYSTEM_ACTOR: Actor = { sub: 'system', name: '系统（时限）', roles: [] };

/**
 * Refuses a command only the system gives (a clock firing, an alarm) from anyone else. The subject
 * decides, not the roles: the system's commands run with SYSTEM_ACTOR, and the gateway never issues
 * a token with its subject, while a person without roles is still a person.
 */
export function assertSystemActor(meta: CommandMetadata, what: string): void {
  if (meta.actor.sub !== SYSTEM_ACTOR.sub) throw new DomainError('FORBIDDEN', `only the system ${what}`);
}
