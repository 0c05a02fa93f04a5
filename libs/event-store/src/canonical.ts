import { createHash } from 'node:crypto';
import { canonicalize } from 'json-canonicalize';

export { GENESIS_HASH } from '@hazard/domain';

export interface HashableEvent {
  streamId: string;
  version: number;
  eventId: string;
  type: string;
  data: unknown;
  metadata: unknown;
}

/** RFC 8785 (JCS) text of exactly the fields that make an event what it is. */
export function canonicalEventText(event: HashableEvent): string {
  return canonicalize({
    streamId: event.streamId,
    version: event.version,
    eventId: event.eventId,
    type: event.type,
    data: event.data,
    metadata: event.metadata,
  });
}

/** hash = sha256(prev_hash ‖ canonical), hex. The chain links every event to all before it. */
export function chainHash(prevHash: string, canonical: string): string {
  return createHash('sha256').update(prevHash, 'utf8').update(canonical, 'utf8').digest('hex');
}
