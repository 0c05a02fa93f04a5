import { defineSignal, defineUpdate } from '@temporalio/workflow';
import type { CommandMetadata } from '@hazard/domain';

/** A record whose clocks and writes run in `recordClockWorkflow`: an incident (report clocks) or a major hazard source (patrol alarms). */
export interface ClockedRecord {
  kind: 'incident' | 'source';
  id: string;
}

/** The record workflow (`workflows/clock.workflow.ts`), as a client starts it. */
export type RecordClockWorkflow = (input: ClockedRecord) => Promise<void>;

/** Tells a running record workflow to look at its clocks again (the worker's start-up sweep). */
export const recordChangedSignal = defineSignal('recordChanged');
export const recordClockWorkflowId = (record: ClockedRecord): string => `${record.kind}-clocks-${record.id}`;

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
