import { type HazardEvent, type HazardState, evolve } from '@hazard/domain';
import { type StoredEvent, toStoredEvent } from './append';
import { GENESIS_HASH, chainHash } from './canonical';
import type { EventRow } from './schema';

export interface ChainVerification {
  ok: boolean;
  eventCount: number;
  firstBadVersion: number | null;
  headHash: string | null;
  reason: string;
}

/**
 * Recomputes a stream's chain from the stored canonical text: versions 1..n without gaps, each
 * row's columns agreeing with its canonical text, each prev_hash the hash before it, each hash
 * sha256(prev_hash ‖ canonical).
 */
export function verifyChain(streamId: string, rows: readonly EventRow[]): ChainVerification {
  let prev = GENESIS_HASH;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const expectedVersion = i + 1;
    const bad = (reason: string): ChainVerification => ({
      ok: false,
      eventCount: rows.length,
      firstBadVersion: Math.min(expectedVersion, row.version),
      headHash: rows[rows.length - 1].hash,
      reason: `version ${Math.min(expectedVersion, row.version)}: ${reason}`,
    });
    if (row.version !== expectedVersion) return bad(`expected version ${expectedVersion} but found ${row.version} (an event is missing or out of place)`);
    let parsed: {
      streamId?: unknown;
      version?: unknown;
      type?: unknown;
      eventId?: unknown;
      data?: unknown;
      metadata?: { commandId?: unknown; occurredAt?: string; recordedAt?: string };
    };
    try {
      parsed = JSON.parse(row.canonical);
    } catch {
      return bad('the stored canonical text is not JSON');
    }
    if (parsed.streamId !== streamId || parsed.version !== row.version || parsed.type !== row.type || parsed.eventId !== row.event_id) {
      return bad('the row does not match its canonical text (stream, version, type or id altered)');
    }
    // The columns queries use (as-of filters on the times, idempotency on the command id) must say
    // what the hashed text says.
    const sameInstant = (column: Date | string, text: string | undefined) => text !== undefined && new Date(column).getTime() === Date.parse(text);
    if (
      parsed.metadata?.commandId !== row.command_id ||
      !sameInstant(row.occurred_at, parsed.metadata?.occurredAt) ||
      !sameInstant(row.recorded_at, parsed.metadata?.recordedAt)
    ) {
      return bad('its command id or times differ from its canonical text (metadata columns altered)');
    }
    if (!sameJson(row.data, parsed.data) || !sameJson(row.metadata, parsed.metadata)) {
      return bad('its data or metadata columns differ from its canonical text');
    }
    if (row.prev_hash !== prev) return bad('its prev_hash does not link to the event before it');
    const recomputed = chainHash(prev, row.canonical);
    if (recomputed !== row.hash) return bad('its content does not match its hash (the event was altered)');
    prev = row.hash;
  }
  return {
    ok: true,
    eventCount: rows.length,
    firstBadVersion: null,
    headHash: rows.length ? rows[rows.length - 1].hash : null,
    reason: rows.length ? `all ${rows.length} events verify` : 'no events',
  };
}

export function foldHazard(events: readonly StoredEvent[]): HazardState | null {
  return events.reduce<HazardState | null>((state, event) => evolve(state, event as unknown as HazardEvent), null);
}

export function foldHazardRows(rows: readonly EventRow[]): HazardState | null {
  return foldHazard(rows.map(toStoredEvent));
}

/** Structural equality of JSON values, ignoring key order (jsonb reorders keys). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => sameJson(v, other[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
