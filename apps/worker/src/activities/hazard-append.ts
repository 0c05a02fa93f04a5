import { ApplicationFailure } from '@temporalio/activity';
import type { AppendHazardEventsInput, AppendHazardEventsResult, HazardAppendActivities } from '@hazard/contracts';
import type { HazardEvent } from '@hazard/domain';
import { type Db, type StoredEvent, VersionConflictError, appendDecided, appendToStream } from '@hazard/event-store';
import { HAZARD, HAZARD_STREAM_TYPE, projectHazardEvents } from '@hazard/read-models';
import { activeSubscriptionFilters, anySubscriptionWants } from '@hazard/administration';
import { hazardFacts } from './stream-facts';

/** The hazard workflow's append (docs/architecture.md, the append). */
export function hazardAppendActivities({ db, afterAppend }: { db: Db; afterAppend?: () => void }): HazardAppendActivities {
  return {
    async appendHazardEvents(input: AppendHazardEventsInput): Promise<AppendHazardEventsResult> {
      const streamId = input.events[0]?.streamId;
      const subscriptions = activeSubscriptionFilters(db);
      subscriptions.catch(() => undefined);
      const asEvents = (stored: StoredEvent[]) => stored.map(({ prevHash: _p, hash: _h, globalPosition: _g, ...event }) => event as unknown as HazardEvent);
      let result;
      try {
        result = input.state
          ? await appendDecided(db, HAZARD, { streamId, expectedVersion: input.expectedVersion, expectedHeadHash: input.expectedHeadHash, events: input.events, state: input.state })
          : // A workflow run from before the one-statement append sends no state: fold into the stored row.
            await appendToStream(db, { streamId, streamType: HAZARD_STREAM_TYPE, expectedVersion: input.expectedVersion, events: input.events }, projectHazardEvents);
      } catch (err) {
        if (err instanceof VersionConflictError && err.newer.length > 0) {
          // The workflow is behind its stream (a task lost in a crash had appended): it folds these and decides again.
          return { hashes: err.newer.map((e) => e.hash), duplicate: false, notify: false, behind: asEvents(err.newer) };
        }
        if (err instanceof VersionConflictError) {
          throw ApplicationFailure.create({ type: 'VERSION_CONFLICT', message: err.message, nonRetryable: true });
        }
        throw err;
      }
      afterAppend?.();
      const facts = input.state ?? (await hazardFacts(db, input.hazardId));
      const notify = facts ? anySubscriptionWants(await subscriptions, facts, input.events.map((e) => e.type)) : false;
      const stored = input.state && result.duplicate ? { stored: asEvents(result.events) } : {};
      return { hashes: result.events.map((e) => e.hash), duplicate: result.duplicate, notify, ...stored };
    },
  };
}
