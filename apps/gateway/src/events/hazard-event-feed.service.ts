import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import type { Logger } from '@hazard/config';
import { type HazardState, hazardIdFromStreamId, mayReadHazard } from '@hazard/domain';
import { type Db, type GlobalCheckpoint, type StoredEvent, latestCheckpoint, readAllAfter } from '@hazard/event-store';
import { findHazardStates } from '@hazard/read-models';
import type { Principal } from '../auth/principal';
import type { HazardFilter } from '../hazards/dto/hazard-filter.input';
import { isOverdue } from '../hazards/hazard.mapper';
import { DATABASE } from '../infrastructure/database.provider';
import { LOGGER } from '../infrastructure/logger.provider';

export const HAZARD_EVENTS = 'hazardEvents';
export const REPORTING_EVENTS = 'reportingEvents';
const POLL_MS = 250;

export interface HazardEventMessage {
  event: StoredEvent;
  hazard: HazardState;
}

/**
 * Follows the global event order (never skipping a late-committing transaction) and publishes
 * each hazard event with the hazard's current state, so subscriptions can filter by scope.
 * Every gateway replica follows the log itself: no broker, nothing shared in memory.
 */
@Injectable()
export class HazardEventFeed implements OnApplicationShutdown {
  private readonly pubsub = new PubSub();
  private checkpoint: GlobalCheckpoint | null = null;
  private listeners = 0;
  private timer: NodeJS.Timeout | null = null;
  private polling = false;

  constructor(
    @Inject(DATABASE) private readonly db: Db,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  async iterator(channel: typeof HAZARD_EVENTS | typeof REPORTING_EVENTS = HAZARD_EVENTS): Promise<AsyncIterableIterator<unknown>> {
    if (this.checkpoint === null) this.checkpoint = await latestCheckpoint(this.db);
    this.listeners++;
    this.ensurePolling();
    const inner = this.pubsub.asyncIterableIterator<unknown>(channel);
    const release = () => {
      this.listeners = Math.max(0, this.listeners - 1);
    };
    const iterator: AsyncIterableIterator<unknown> = {
      next: () => inner.next(),
      return: async () => {
        release();
        return inner.return ? inner.return() : { done: true, value: undefined };
      },
      throw: async (err: unknown) => {
        release();
        return inner.throw ? inner.throw(err) : { done: true, value: undefined };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  private ensurePolling(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.poll(), POLL_MS);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    if (this.listeners === 0) {
      if (this.timer) clearInterval(this.timer);
      this.timer = null;
      this.checkpoint = null;
      return;
    }
    this.polling = true;
    try {
      for (;;) {
        const batch = await readAllAfter(this.db, this.checkpoint ?? undefined, 500);
        if (batch.length === 0) break;
        const hazardEvents = batch.filter((e) => e.streamId.startsWith('hazard-'));
        const ids = [...new Set(hazardEvents.map((e) => hazardIdFromStreamId(e.streamId)))];
        const states = await findHazardStates(this.db, ids);
        for (const event of hazardEvents) {
          const hazard = states.get(hazardIdFromStreamId(event.streamId));
          if (hazard) await this.pubsub.publish(HAZARD_EVENTS, { event, hazard });
        }
        // Reporting duties' reminders, alarms and submissions (README "The reporting chain").
        for (const event of batch.filter((e) => e.streamId.startsWith('reporting-duty-'))) await this.pubsub.publish(REPORTING_EVENTS, { event });
        this.checkpoint = batch[batch.length - 1].checkpoint;
        if (batch.length < 500) break;
      }
    } catch (err) {
      this.log.warn({ err }, 'hazard event feed: polling failed; will retry');
    } finally {
      this.polling = false;
    }
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

/** A subscriber's filter, applied to the hazard as it stands when the event is delivered. */
function matchesFilter({ hazard }: HazardEventMessage, filter: HazardFilter | null | undefined): boolean {
  if (!filter) return true;
  if (filter.status?.length && !filter.status.includes(hazard.status)) return false;
  if (filter.level && filter.level !== hazard.level) return false;
  if (filter.sector && filter.sector !== hazard.sector) return false;
  if (filter.regionCode && filter.regionCode !== hazard.regionCode) return false;
  if (filter.departmentCode && filter.departmentCode !== hazard.departmentCode) return false;
  if (filter.overdue !== undefined && filter.overdue !== null && filter.overdue !== isOverdue(hazard, new Date())) return false;
  if (typeof filter.pendingVerification === 'boolean' && filter.pendingVerification !== hazard.pendingVerification) return false;
  if (typeof filter.extensionRequested === 'boolean' && filter.extensionRequested !== (hazard.extensionRequest !== null && hazard.extensionRequest !== undefined)) return false;
  if (filter.search) {
    const needle = filter.search.toLowerCase();
    if (![hazard.title, hazard.enterpriseName, hazard.code].some((s) => s.toLowerCase().includes(needle))) return false;
  }
  return true;
}

/** Whether a subscriber gets an event: a hazard they may read, matching their filter as the hazard stands now. */
export const mayReceive = (principal: Principal, message: HazardEventMessage, filter: HazardFilter | null | undefined): boolean =>
  mayReadHazard(principal.roles, principal, message.hazard) && matchesFilter(message, filter);
