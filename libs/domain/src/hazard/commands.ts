import type { DiscoverySource, EnforcementKind, HazardLevel, ListingLevel, Sector, SuspensionScope } from '../shared/reference';
import type { PolicySnapshot } from './policy';

/** Where a hazard came from: the finding that started it and the register entry it concerns. */
export const ORIGIN_KINDS = ['INSPECTION', 'SUPERVISION', 'PATROL', 'SITE_VERIFICATION', 'SELF_CHECK'] as const;
export type OriginKind = (typeof ORIGIN_KINDS)[number];
export interface HazardOrigin {
  kind: OriginKind;
  /** The finding's record: e.g. `source-<id>@<version>` for a patrol, an inspection's number. */
  reference: string | null;
  majorHazardSourceId: string | null;
}

/** The rectification order (责令限期整改指令书) issued with a finding: its deadline becomes the hazard's. */
export interface RectificationOrder {
  documentNumber: string | null;
  deadline: string;
}

export interface ReportHazardData {
  hazardId: string;
  code: string;
  title: string;
  description: string;
  level: HazardLevel;
  sector: Sector;
  regionCode: string;
  departmentCode: string;
  enterpriseName: string;
  enterpriseCreditCode?: string | null;
  location?: string | null;
  judgementBasis?: string | null;
  source: DiscoverySource;
  foundAt?: string | null;
  /** Absent for hazards reported directly; set when a finding of the register's work started it. */
  origin?: HazardOrigin | null;
  /** Present only when an order with a deadline was issued on the spot; its deadline is the hazard's from the start. */
  rectificationOrder?: RectificationOrder | null;
  /** The default escalation policy, resolved by the gateway from data (never by the caller). */
  policy?: PolicySnapshot | null;
}

export interface ListHazardData {
  listingLevel: ListingLevel;
  supervisingUnit: string;
  documentNumber?: string | null;
  signer?: string | null;
  deadline: string;
  policyId?: string | null;
  /** The policy named by policyId (or the default), resolved by the gateway from data. */
  policy?: PolicySnapshot | null;
}

export interface RectificationPlan {
  responsibleUnit: string;
  responsiblePerson: string;
  responsiblePhone?: string | null;
  measures: string;
  fundingAmount: number;
  fundingSource?: string | null;
  contingencyPlan: string;
  /** How often progress is due (ISO 8601, e.g. P7D for weekly); a missed progress report raises its alarm. */
  progressEvery?: string | null;
}

export interface SuperviseHazardData {
  plan: RectificationPlan;
  /** Only for a GENERAL hazard supervised without listing: the rectification deadline. */
  deadline?: string | null;
}

export interface ReportProgressData {
  percent: number;
  note: string;
}

export interface SubmitRectificationData {
  summary: string;
  evidenceHashes?: string[] | null;
}

/** The acceptance record (验收) a listed major hazard is closed on: who accepted, their opinion, the date. */
export interface AcceptanceRecord {
  acceptedBy: string;
  opinion: string;
  /** YYYY-MM-DD (Beijing). */
  acceptedOn: string;
}

export interface VerifyRectificationData {
  accepted: boolean;
  note: string;
  /** Required to close a listed MAJOR hazard (README "The closed loop"). */
  acceptance?: AcceptanceRecord | null;
  /** When a unit other than the listing authority closes it: the delegation (its document), recorded. */
  delegatedBy?: string | null;
}

export interface RectifyOnSpotData {
  summary: string;
  evidenceHashes?: string[] | null;
}

export interface RequestDeadlineExtensionData {
  requestedDeadline: string;
  reason: string;
}

export interface DecideDeadlineExtensionData {
  approved: boolean;
  note?: string | null;
}

export interface StandbyMonitor {
  name: string;
  phone?: string | null;
  /** The account (token subject) of the person on the post, when they record their own checks (an enterprise's safety manager). */
  account?: string;
}

export interface SuspendOperationsData {
  scope: SuspensionScope;
  reason: string;
  monitors: StandbyMonitor[];
  checkInterval: string;
}

export interface RecordStandbyCheckData {
  monitor: string;
  productionObserved: boolean;
  note?: string | null;
  location?: string | null;
  /** SHA-256 of the photos taken at the check, as the server received them. */
  evidenceHashes?: string[];
}

/** An administrative penalty on the enterprise's other hazards, as the closure rule counts it. */
export interface PenaltyOnRecord {
  at: string;
  kind: EnforcementKind;
  decisionNumber: string | null;
}

export interface RecordEnforcementData {
  kind: EnforcementKind;
  amount?: number | null;
  note?: string | null;
  decisionNumber?: string | null;
  /** Times of the enterprise's fines on its other hazards in the past year (commands recorded before penalties were counted by decision). */
  enterpriseFines?: string[] | null;
  /** The enterprise's penalties on its other hazards in the past year (the gateway looks them up). */
  enterprisePenalties?: PenaltyOnRecord[] | null;
}

/** 复产验收: the review that lets a suspended enterprise resume production, apart from closing the hazard. */
export interface ResumeOperationsData {
  /** Who reviewed (the review team, as written on the record). */
  reviewedBy: string;
  opinion: string;
  /** YYYY-MM-DD (Beijing). */
  reviewedOn: string;
}

export interface RotateStandbyMonitorsData {
  monitors: StandbyMonitor[];
  reason: string;
}

export interface RequestRegradeData {
  level: HazardLevel;
  reason: string;
}

export interface DecideRegradeData {
  approved: boolean;
  note?: string | null;
}

export interface TransferHazardData {
  regionCode?: string | null;
  departmentCode?: string | null;
  reason: string;
}

/** 督办函: a supervision letter issued to the enterprise or unit. */
export interface IssueSupervisionLetterData {
  documentNumber: string;
  addressee: string;
}

/** 约谈: an interview held with the enterprise's or unit's responsible people. */
export interface RecordInterviewData {
  interviewee: string;
  heldAt: string;
  minutes: string;
}

/** 提级挂牌: the listing raised to a higher level by that level's authority. */
export interface RaiseListingLevelData {
  listingLevel: ListingLevel;
  documentNumber: string;
}

export interface AmendEnterpriseData {
  enterpriseName?: string | null;
  enterpriseCreditCode?: string | null;
  reason: string;
}

export interface CancelHazardData {
  reason: string;
}

export type HazardCommand =
  | { type: 'ReportHazard'; data: ReportHazardData }
  | { type: 'ListHazard'; data: ListHazardData }
  | { type: 'SuperviseHazard'; data: SuperviseHazardData }
  | { type: 'ReportProgress'; data: ReportProgressData }
  | { type: 'SubmitRectification'; data: SubmitRectificationData }
  | { type: 'VerifyRectification'; data: VerifyRectificationData }
  | { type: 'RectifyOnSpot'; data: RectifyOnSpotData }
  | { type: 'RequestDeadlineExtension'; data: RequestDeadlineExtensionData }
  | { type: 'DecideDeadlineExtension'; data: DecideDeadlineExtensionData }
  | { type: 'SuspendOperations'; data: SuspendOperationsData }
  | { type: 'RecordStandbyCheck'; data: RecordStandbyCheckData }
  | { type: 'RecordEnforcement'; data: RecordEnforcementData }
  | { type: 'CancelHazard'; data: CancelHazardData }
  | { type: 'ResumeOperations'; data: ResumeOperationsData }
  | { type: 'RotateStandbyMonitors'; data: RotateStandbyMonitorsData }
  | { type: 'RequestRegrade'; data: RequestRegradeData }
  | { type: 'DecideRegrade'; data: DecideRegradeData }
  | { type: 'TransferHazard'; data: TransferHazardData }
  | { type: 'AmendEnterprise'; data: AmendEnterpriseData }
  | { type: 'IssueSupervisionLetter'; data: IssueSupervisionLetterData }
  | { type: 'RecordInterview'; data: RecordInterviewData }
  | { type: 'RaiseListingLevel'; data: RaiseListingLevelData };

export type HazardCommandType = HazardCommand['type'];

/** Commands nobody types: the workflow's own clocks. */
export interface FireTimerData {
  key: string;
}
export type SystemCommand = { type: 'FireTimer'; data: FireTimerData };
export type AnyCommand = HazardCommand | SystemCommand;

export const HAZARD_COMMAND_TYPES: readonly HazardCommandType[] = [
  'ReportHazard',
  'ListHazard',
  'SuperviseHazard',
  'ReportProgress',
  'SubmitRectification',
  'VerifyRectification',
  'RectifyOnSpot',
  'RequestDeadlineExtension',
  'DecideDeadlineExtension',
  'SuspendOperations',
  'RecordStandbyCheck',
  'RecordEnforcement',
  'CancelHazard',
  'ResumeOperations',
  'RotateStandbyMonitors',
  'RequestRegrade',
  'DecideRegrade',
  'TransferHazard',
  'AmendEnterprise',
  'IssueSupervisionLetter',
  'RecordInterview',
  'RaiseListingLevel',
];
