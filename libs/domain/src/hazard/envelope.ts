import { envelopeEvents } from '../shared/aggregate';
import type { CommandMetadata } from '../shared/metadata';
import type { HazardEvent, HazardEventBody } from './events';
import { hazardStreamId } from './events';

/** A hazard's events in their envelope (see `envelopeEvents`). */
export function envelope(
  hazardId: string,
  currentVersion: number,
  bodies: readonly HazardEventBody[],
  meta: CommandMetadata,
  nextId: () => string,
): HazardEvent[] {
  return envelopeEvents(hazardStreamId(hazardId), currentVersion, bodies, meta, nextId) as unknown as HazardEvent[];
}
