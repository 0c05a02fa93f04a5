import type { Envelope } from '../shared/aggregate';
import type { EnforcementKind, HazardLevel, ListingLevel, SuspensionScope } from '../shared/reference';
import type {
  AcceptanceRecord,
  IssueSupervisionLetterData,
  RecordInterviewData,
  RectificationPlan,
  ReportHazardData,
  ResumeOperationsData,
  StandbyMonitor,
} from './commands';
import type { EscalationAct, EscalationTarget, PolicySnapshot } from './policy';

export interface HazardReportedData extends Omit<ReportHazardData, 'foundAt' | 'policy'> {
  foundAt: string;
  policy?: PolicySnapshot | null;
}

export type HazardEventBody =
  | { type: 'HazardReported'; data: HazardReportedData }
  | {
      type: 'HazardListed';
      data: {
        listingLevel: ListingLevel;
        supervisingUnit: string;
        documentNumber: string | null;
        signer: string | null;
        deadline: string;
        policyId: string | null;
        policy?: PolicySnapshot | null;
      };
    }
  | { type: 'HazardSupervised'; data: { plan: RectificationPlan; deadline: string } }
  | { type: 'ProgressReported'; data: { percent: number; note: string } }
  | { type: 'RectificationSubmitted'; data: { summary: string; evidenceHashes: string[] } }
  | { type: 'RectifiedOnSpot'; data: { summary: string; evidenceHashes: string[] } }
  | {
      type: 'RectificationVerified';
      data: { note: string; submittedBy: string; resumedFromSuspension: boolean; acceptance?: AcceptanceRecord | null; delegatedBy?: string | null };
    }
  | { type: 'RectificationRejected'; data: { note: string; submittedBy: string } }
  | {
      type: 'DeadlineExtensionRequested';
      data: { currentDeadline: string; requestedDeadline: string; reason: string };
    }
  | {
      type: 'DeadlineExtensionApproved';
      data: { previousDeadline: string; newDeadline: string; note: string | null; requestedBy: string };
    }
  | { type: 'DeadlineExtensionDenied'; data: { requestedDeadline: string; note: string | null; requestedBy: string } }
  | {
      type: 'OperationsSuspended';
      data: { scope: SuspensionScope; reason: string; monitors: StandbyMonitor[]; checkInterval: string };
    }
  | {
      type: 'StandbyCheckRecorded';
      data: { monitor: string; productionObserved: boolean; note: string | null; location: string | null; evidenceHashes?: string[] };
    }
  | {
      type: 'EnforcementRecorded';
      data: { kind: EnforcementKind; amount: number | null; note: string | null; decisionNumber: string | null };
    }
  | { type: 'HazardCancelled'; data: { reason: string } }
  | { type: 'OperationsResumed'; data: ResumeOperationsData & { suspendedAt: string; suspendedHours: number } }
  | { type: 'StandbyMonitorsRotated'; data: { previous: StandbyMonitor[]; monitors: StandbyMonitor[]; reason: string } }
  | { type: 'RegradeRequested'; data: { from: HazardLevel; to: HazardLevel; reason: string } }
  | { type: 'HazardRegraded'; data: { from: HazardLevel; to: HazardLevel; reason: string; requestedBy: string; note: string | null } }
  | { type: 'RegradeDenied'; data: { to: HazardLevel; requestedBy: string; note: string | null } }
  | {
      type: 'HazardTransferred';
      data: { from: { regionCode: string; departmentCode: string }; to: { regionCode: string; departmentCode: string }; reason: string };
    }
  | {
      type: 'EnterpriseAmended';
      data: {
        before: { enterpriseName: string; enterpriseCreditCode: string | null };
        after: { enterpriseName: string; enterpriseCreditCode: string | null };
        reason: string;
      };
    }
  | { type: 'ListingOverdue'; data: TimerData }
  | { type: 'SupervisionOverdue'; data: TimerData }
  | { type: 'DeadlineApproaching'; data: TimerData & { deadline: string } }
  | { type: 'DeadlineMissed'; data: TimerData & { deadline: string } }
  | { type: 'VerificationOverdue'; data: TimerData & { submittedAt: string } }
  | { type: 'StandbyCheckMissed'; data: TimerData & { lastCheckAt: string | null } }
  | { type: 'ProgressReportMissed'; data: TimerData & { lastProgressAt: string | null; progressEvery: string } }
  | { type: 'SupervisionLetterIssued'; data: IssueSupervisionLetterData }
  | { type: 'InterviewHeld'; data: RecordInterviewData }
  | { type: 'ListingLevelRaised'; data: { from: ListingLevel; to: ListingLevel; documentNumber: string } }
  | { type: 'RequiredActOverdue'; data: TimerData & { level: number; act: EscalationAct } }
  | {
      type: 'Escalated';
      data: {
        level: number;
        previousLevel: number;
        notify: EscalationTarget;
        action: string;
        reason: 'DEADLINE_MISSED' | 'ILLEGAL_RESUMPTION_SUSPECTED';
        rule: string;
        timerKey: string | null;
        dueAt: string | null;
        /** The act the step requires on the record, and by when. */
        requires?: EscalationAct;
        actDueAt?: string;
      };
    }
  | { type: 'IllegalResumptionSuspected'; data: { monitor: string; note: string | null; location: string | null } }
  | {
      type: 'ClosureRecommended';
      data: { finesWithin180Days: number; finesWithinYear: number; rule: string; decisions?: string[] };
    };

/** What every clock's event records: which clock, when it was due, under which rule. */
export interface TimerData {
  timerKey: string;
  dueAt: string;
  rule: string;
}

export type HazardEventType = HazardEventBody['type'];

export type { EventMetadata } from '../shared/aggregate';

/** An event as the store keeps it: the body plus its place in the stream and its metadata. */
export type HazardEvent = Envelope<HazardEventBody>;

export const hazardStreamId = (hazardId: string): string => `hazard-${hazardId}`;
export const hazardIdFromStreamId = (streamId: string): string => streamId.replace(/^hazard-/, '');
