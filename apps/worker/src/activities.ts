import { ApplicationFailure } from '@temporalio/activity';
import type { HazardEvent } from '../../../libs/domain/src';
import {
  type Db,
  HAZARD_STREAM_TYPE,
  VersionConflictError,
  appendToStream,
  projectHazardEvents,
} from '../../../libs/event-store/src';

export interface AppendHazardEventsInput {
  hazardId: string;
  expectedVersion: number;
  events: HazardEvent[];
}

export interface AppendHazardEventsResult {
  hashes: string[];
  duplicate: boolean;
}

export interface ActivityDependencies {
  db: Db;
}

/** Activities are built over injected dependencies: the worker wires real ones, tests others. */
export function createActivities({ db }: ActivityDependencies) {
  return {
    async appendHazardEvents(input: AppendHazardEventsInput): Promise<AppendHazardEventsResult> {
      const streamId = input.events[0]?.streamId;
      try {
        const result = await appendToStream(
          db,
          { streamId, streamType: HAZARD_STREAM_TYPE, expectedVersion: input.expectedVersion, events: input.events },
          projectHazardEvents,
        );
        return { hashes: result.events.map((e) => e.hash), duplicate: result.duplicate };
      } catch (err) {
        if (err instanceof VersionConflictError) {
          throw ApplicationFailure.create({ type: 'VERSION_CONFLICT', message: err.message, nonRetryable: true });
        }
        throw err;
      }
    },
  };
}

export type HazardActivities = ReturnType<typeof createActivities>;
