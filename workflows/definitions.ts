import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { CommandMetadata, HazardCommand, HazardState } from '../libs/domain/src';

export interface CommandRequest {
  command: HazardCommand;
  meta: CommandMetadata;
}

export interface CommandResult {
  state: HazardState;
  /** Versions written by this command; empty when it was a repeat of a command already applied. */
  versions: number[];
  duplicate: boolean;
}

export interface HazardWorkflowInput {
  hazardId: string;
  state?: HazardState | null;
  /** Idempotency keys applied in earlier runs: Temporal dedupes update ids only within one run. */
  appliedCommandIds?: string[];
  /** Continue-as-new after this many updates in one run (a run takes at most 2,000). */
  maxUpdatesPerRun?: number;
  /** Append as a local activity (in the worker that runs the workflow task) instead of a queued one (HAZARD_LOCAL_APPEND). */
  localAppend?: boolean;
  /** The stream's head hash when the previous run ended: the first append of this run is then one statement. */
  headHash?: string;
}

export const executeCommandUpdate = defineUpdate<CommandResult, [CommandRequest]>('executeCommand');
export const stateQuery = defineQuery<HazardState | null>('state');

export const hazardWorkflowId = (hazardId: string): string => `hazard-${hazardId}`;

/** A record whose clocks run in `recordClockWorkflow`: an incident (report clocks) or a major hazard source (patrol alarms). */
export interface ClockedRecord {
  kind: 'incident' | 'source';
  id: string;
}

/** Sent after every accepted command on such a record: its clocks may have changed. */
export const recordChangedSignal = defineSignal('recordChanged');
/**
 * A person's command on such a record, sent to its workflow (the record's single writer) after the
 * gateway checked scope and dry-ran the decider. `command` is the aggregate's command type.
 */
export interface RecordCommandRequest {
  command: { type: string; data?: unknown };
  meta: CommandMetadata;
}

export interface RecordCommandResult {
  /** The stream's version after the command. */
  version: number;
  /** True when the command id was already in the stream: nothing was written. */
  duplicate: boolean;
}

export const recordCommandUpdate = defineUpdate<RecordCommandResult, [RecordCommandRequest]>('recordCommand');
export const recordClockWorkflowId = (record: ClockedRecord): string => `${record.kind}-clocks-${record.id}`;
