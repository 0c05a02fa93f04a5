import type { StoredEvent } from '@hazard/event-store';
import type { RegisterEventModel } from './models/register-event.model';

/** One event of a record's stream as GraphQL shows it (the data possibly masked by the caller). */
export function toRegisterEvent(e: StoredEvent, data: unknown = e.data): RegisterEventModel {
  const m = e.metadata as { commandId: string; occurredAt: string; recordedAt: string; actor: { sub: string; name: string; roles: string[] } };
  return { streamId: e.streamId, version: e.version, type: e.type, occurredAt: m.occurredAt, recordedAt: m.recordedAt, actor: m.actor.sub, actorName: m.actor.name, actorRoles: m.actor.roles ?? [], data, commandId: m.commandId, prevHash: e.prevHash, hash: e.hash };
}

/** The command a stored event came from (the key a retried command is recognised by). */
export const commandIdOf = (e: StoredEvent): string => (e.metadata as { commandId: string }).commandId;
