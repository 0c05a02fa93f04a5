import type { Decider, Envelope } from '../shared/aggregate';
import { invalidTransition } from '../shared/errors';
import { type CommandMetadata, assertSystemActor } from '../shared/metadata';
import { assertNever } from '../shared/never';
import type { ReportingTier } from './obligation';

/**
 * One unit's duty to report for one day (or one period): the reminder before its cutoff, the alarm to the
 * level above when it is missed, and the submission, as events on their own stream, so they are in the
 * audited chain and go out by webhook and subscription like a hazard's escalations (docs/reporting-chain.md).
 * Only the report workflow gives these commands (assertSystemActor); each fires at most once.
 */
export interface ReportingDutyRef {
  kind: 'DAILY' | 'PERIOD';
  departmentCode: string;
  /** null: the city unit. */
  regionCode: string | null;
  tier: ReportingTier;
  /** The report's day D (for a period report, the day after the period). */
  date: string;
  unitName: string;
  dueAt: string;
  obligationId: string | null;
  obligationVersion: number | null;
}

export type ReportingDutyCommand =
  | { type: 'RemindReportDue'; data: ReportingDutyRef }
  | { type: 'RaiseReportMissed'; data: ReportingDutyRef }
  | { type: 'RecordReportSubmitted'; data: ReportingDutyRef & { contentHash: string; xlsxSha256: string; late: boolean; submittedBy: { sub: string; name: string } } };

export type ReportingDutyEventBody =
  | { type: 'ReportDueSoon'; data: ReportingDutyRef }
  | { type: 'ReportMissed'; data: ReportingDutyRef & { escalatedTo: 'CITY_DEPARTMENT' | 'COMMITTEE_OFFICE' } }
  | { type: 'ReportSubmitted'; data: ReportingDutyRef & { contentHash: string; xlsxSha256: string; late: boolean; submittedBy: { sub: string; name: string } } };

export interface ReportingDutyState {
  id: string;
  version: number;
  ref: ReportingDutyRef;
  remindedAt: string | null;
  missedAt: string | null;
  submittedAt: string | null;
  late: boolean;
}

export const REPORTING_DUTY_STREAM_TYPE = 'reporting-duty';

/** `DAILY-EMERGENCY-211104-2026-12-03`, `PERIOD-EMERGENCY-CITY-2023-03-01`. */
export const reportingDutyId = (ref: Pick<ReportingDutyRef, 'kind' | 'departmentCode' | 'regionCode' | 'date'>): string =>
  `${ref.kind}-${ref.departmentCode}-${ref.regionCode ?? 'CITY'}-${ref.date}`;
export const reportingDutyStreamId = (id: string): string => `reporting-duty-${id}`;

/** The unit of a duty stream, read from its id (department codes have no '-'; region codes may). */
export function reportingUnitOfStream(streamId: string): { kind: string; departmentCode: string; regionCode: string | null; date: string } | null {
  const m = /^reporting-duty-(DAILY|PERIOD)-([A-Z0-9_]+)-(.+)-(\d{4}-\d{2}-\d{2})$/.exec(streamId);
  if (!m) return null;
  return { kind: m[1], departmentCode: m[2], regionCode: m[3] === 'CITY' ? null : m[3], date: m[4] };
}

export function decideReportingDuty(state: ReportingDutyState | null, command: ReportingDutyCommand, meta: CommandMetadata): ReportingDutyEventBody[] {
  assertSystemActor(meta, 'records a reporting duty’s reminders, alarms and submissions');
  if (state?.submittedAt && command.type !== 'RecordReportSubmitted') throw invalidTransition('the report was submitted: nothing to remind of');
  switch (command.type) {
    case 'RemindReportDue':
      if (state?.remindedAt) throw invalidTransition('the unit was reminded already');
      if (state?.missedAt) throw invalidTransition('the cutoff has passed');
      return [{ type: 'ReportDueSoon', data: command.data }];
    case 'RaiseReportMissed':
      if (state?.missedAt) throw invalidTransition('the alarm was raised already');
      return [{ type: 'ReportMissed', data: { ...command.data, escalatedTo: command.data.tier === 'DISTRICT' ? 'CITY_DEPARTMENT' : 'COMMITTEE_OFFICE' } }];
    case 'RecordReportSubmitted':
      if (state?.submittedAt) throw invalidTransition('the report was submitted already');
      return [{ type: 'ReportSubmitted', data: command.data }];
    default:
      return assertNever(command);
  }
}

export function evolveReportingDuty(state: ReportingDutyState | null, event: Envelope<ReportingDutyEventBody>): ReportingDutyState {
  const at = event.metadata.recordedAt;
  const { escalatedTo: _escalatedTo, contentHash: _hash, xlsxSha256: _xlsx, late: _late, submittedBy: _by, ...ref } = event.data as ReportingDutyRef & Record<string, unknown>;
  const base: ReportingDutyState = state ?? { id: reportingDutyId(event.data), version: 0, ref: ref as ReportingDutyRef, remindedAt: null, missedAt: null, submittedAt: null, late: false };
  const next = { ...base, version: event.version };
  const body = { type: event.type, data: event.data } as ReportingDutyEventBody;
  switch (body.type) {
    case 'ReportDueSoon':
      return { ...next, remindedAt: at };
    case 'ReportMissed':
      return { ...next, missedAt: at };
    case 'ReportSubmitted':
      return { ...next, submittedAt: at, late: body.data.late };
    default:
      return assertNever(body);
  }
}

export const reportingDutyDecider: Decider<ReportingDutyState, ReportingDutyCommand, ReportingDutyEventBody> = {
  decide: decideReportingDuty,
  evolve: evolveReportingDuty,
};

