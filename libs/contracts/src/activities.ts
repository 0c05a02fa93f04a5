import type { HazardEvent, HazardState } from '@hazard/domain';
import type { AuditCheckpointSummary } from './audit';
import type { Delivery } from './notify';
import type { ClockedRecord, RecordCommandRequest, RecordCommandResult } from './records';
import type { DutyAlarm, ReportDuty, ReportSummary, SubmitReportRequest } from './reports';

/**
 * The activities, by concern: each workflow proxies only its own type, and the worker
 * (`apps/worker/src/activities/`) implements each in a file of its own.
 */

export interface AppendHazardEventsInput {
  hazardId: string;
  expectedVersion: number;
  events: HazardEvent[];
  /** The stream head the workflow last saw: with it (and `state`) the append is one statement. */
  expectedHeadHash?: string;
  /** The state these events lead to, folded by the workflow: the read-model row is written from it. */
  state?: HazardState;
}

export interface AppendHazardEventsResult {
  hashes: string[];
  duplicate: boolean;
  /** When the command had been applied before (a re-run after a crash): the events as stored up to it, to fold instead. */
  stored?: HazardEvent[];
  /** Nothing written: the stream holds these events after the expected version (of other commands), to fold before deciding again. */
  behind?: HazardEvent[];
  /** Whether any webhook subscription wants these events. */
  notify: boolean;
}

/** The hazard workflow's append. */
export interface HazardAppendActivities {
  appendHazardEvents(input: AppendHazardEventsInput): Promise<AppendHazardEventsResult>;
}

/** What firing a record's clock did: the events it recorded and whether any webhook subscription wants them. */
export interface ClockFire {
  outcome: 'FIRED' | 'NOT_ARMED';
  eventIds: string[];
  notify: boolean;
}

/** The record workflow's: its next clock, a clock fired, a person's command. */
export interface RecordActivities {
  nextRecordClock(record: ClockedRecord): Promise<{ clock: string; at: string } | null>;
  fireRecordClock(input: ClockedRecord & { clock: string }): Promise<ClockFire>;
  handleRecordCommand(input: ClockedRecord & RecordCommandRequest): Promise<RecordCommandResult>;
}

/** The daily report workflows'. */
export interface ReportActivities {
  /** Every unit's daily report duty for day D under the obligations in force (both tiers). */
  listReportingDuties(input: { date: string }): Promise<ReportDuty[]>;
  draftDailyReport(duty: ReportDuty): Promise<ReportSummary>;
  submitDailyReport(input: { duty: ReportDuty } & SubmitReportRequest): Promise<ReportSummary>;
  /** The reminder before the cutoff (an event on the unit's duty stream). */
  remindReportDue(duty: ReportDuty): Promise<DutyAlarm>;
  /** The alarm to the level above when the cutoff has passed; raised once. */
  escalateMissingReport(duty: ReportDuty): Promise<DutyAlarm>;
}

/** The notify workflow's: who wants an event, and one delivery. */
export interface NotifyActivities {
  planDeliveries(input: { eventIds: string[] }): Promise<Delivery[]>;
  deliverWebhook(delivery: Delivery): Promise<{ status: number }>;
}

export interface AuditActivities {
  createAuditCheckpoint(): Promise<AuditCheckpointSummary>;
}

/** Answers at once: a worker polls and Postgres answers. */
export interface ProbeActivities {
  probe(): Promise<string>;
}

export type AllActivities = HazardAppendActivities & RecordActivities & ReportActivities & NotifyActivities & AuditActivities & ProbeActivities;
