import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CommandMetadata, HazardCommand, HazardState } from '@hazard/domain';

/** A command on a hazard, sent as the `executeCommand` update of its workflow. */
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

/** The hazard's workflow (`workflows/hazard.workflow.ts`), as a client starts it. */
export type HazardWorkflow = (input: HazardWorkflowInput) => Promise<HazardState | null>;

export const executeCommandUpdate = defineUpdate<CommandResult, [CommandRequest]>('executeCommand');
export const stateQuery = defineQuery<HazardState | null>('state');

export const hazardWorkflowId = (hazardId: string): string => `hazard-${hazardId}`;
