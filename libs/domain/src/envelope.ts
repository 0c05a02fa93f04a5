import type { CommandMetadata } from './commands';
import type { HazardEvent, HazardEventBody } from './events';
import { hazardStreamId } from './events';

/**
 * Gives decided events their place in the stream and their metadata. The ids come from the
 * caller (the workflow's deterministic uuid4), so a retried append carries the same ids.
 */
export function envelope(
  hazardId: string,
  currentVersion: number,
  bodies: readonly HazardEventBody[],
  meta: CommandMetadata,
  nextId: () => string,
): HazardEvent[] {
  const occurredAt = meta.occurredAt ? new Date(Date.parse(meta.occurredAt)).toISOString() : meta.now;
  return bodies.map(
    (body, i) =>
      ({
        ...body,
        eventId: nextId(),
        streamId: hazardStreamId(hazardId),
        version: currentVersion + i + 1,
        metadata: {
          commandId: meta.commandId,
          actor: { sub: meta.actor.sub, name: meta.actor.name, roles: [...meta.actor.roles] },
          occurredAt,
          recordedAt: meta.now,
          ...(meta.requestId ? { requestId: meta.requestId } : {}),
          ...(meta.clientAddress ? { clientAddress: meta.clientAddress } : {}),
          ...(meta.userAgent ? { userAgent: meta.userAgent } : {}),
        },
      }) as HazardEvent,
  );
}
