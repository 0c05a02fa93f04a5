import type { DiscoverySource, EnforcementKind, HazardLevel, HazardStatus, ListingLevel, Sector, SuspensionScope } from '../shared/reference';
import type { AcceptanceRecord, HazardOrigin, RectificationOrder, RectificationPlan, ResumeOperationsData, StandbyMonitor } from './commands';
import type { EscalationAct, EscalationTarget, PolicySnapshot } from './policy';

export interface ActorRef {
  sub: string;
  name: string;
  /** On `reportedBy` only: the level the reporter acted at, when the event records it (the reporting unit of the row). */
  level?: 'CITY' | 'DISTRICT';
}

export interface Listing {
  listingLevel: ListingLevel;
  supervisingUnit: string;
  documentNumber: string | null;
  signer: string | null;
  policyId: string | null;
  listedAt: string;
  listedBy: ActorRef;
}

export interface Submission {
  summary: string;
  evidenceHashes: string[];
  onSpot: boolean;
  submittedAt: string;
  submittedBy: ActorRef;
}

export interface ExtensionRequest {
  requestedDeadline: string;
  reason: string;
  requestedAt: string;
  requestedBy: ActorRef;
}

export interface Suspension {
  scope: SuspensionScope;
  reason: string;
  monitors: StandbyMonitor[];
  checkInterval: string;
  suspendedAt: string;
  lastCheckAt: string | null;
  /** When a missed check was last raised: the next one is due an interval after it. */
  lastMissedAt: string | null;
  checkCount: number;
  productionObservedCount: number;
  /** 复产验收: when production was allowed to resume, and the review's record. */
  resumedAt?: string | null;
  resumption?: ResumeOperationsData | null;
  /** Who stood by over time: each change of the roster, with who and when. */
  rotations?: { at: string; by: ActorRef; previous: StandbyMonitor[]; reason: string }[];
}

export interface RecordedAct {
  act: EscalationAct;
  at: string;
  by: ActorRef;
  /** 督办函 or 提级挂牌 document number; 约谈: who was interviewed. */
  reference: string;
}

export interface RequiredAct {
  level: number;
  act: EscalationAct;
  dueAt: string;
  doneAt: string | null;
  overdueAt: string | null;
}

/** A re-grade waiting for a second person's approval. */
export interface RegradeRequest {
  to: HazardLevel;
  reason: string;
  requestedAt: string;
  requestedBy: ActorRef;
}

export interface EnforcementAction {
  kind: EnforcementKind;
  amount: number | null;
  decisionNumber: string | null;
  at: string;
}

export interface Escalation {
  level: number;
  at: string;
  notify: EscalationTarget;
  reason: string;
}

export interface HazardState {
  id: string;
  code: string;
  version: number;
  status: HazardStatus;
  level: HazardLevel;
  sector: Sector;
  regionCode: string;
  departmentCode: string;
  title: string;
  description: string;
  enterpriseName: string;
  enterpriseCreditCode: string | null;
  location: string | null;
  judgementBasis: string | null;
  source: DiscoverySource;
  /** Present only for hazards started from a finding (patrol, inspection, …). */
  origin?: HazardOrigin;
  /** The rectification order issued with the finding, if any (its deadline was the first deadline). */
  rectificationOrder?: RectificationOrder;
  foundAt: string;
  reportedAt: string;
  reportedBy: ActorRef;
  listing: Listing | null;
  deadline: string | null;
  originalDeadline: string | null;
  plan: RectificationPlan | null;
  supervisedAt: string | null;
  progressPercent: number;
  pendingVerification: boolean;
  submission: Submission | null;
  rejectionCount: number;
  extensionRequest: ExtensionRequest | null;
  extensionsApproved: number;
  suspension: Suspension | null;
  enforcement: EnforcementAction[];
  escalationLevel: number;
  escalations: Escalation[];
  /** The escalation policy in force: recorded when reported, replaced when listed. */
  policy: PolicySnapshot | null;
  /** Keys of the clocks that have fired; each fires once. */
  firedTimers: string[];
  closureRecommendedAt: string | null;
  rectifiedAt: string | null;
  verifiedBy: ActorRef | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  /** The acceptance record a listed major hazard was closed on, and the delegation when not the listing authority closed it. */
  acceptance?: AcceptanceRecord | null;
  closedUnderDelegation?: string | null;
  regradeRequest?: RegradeRequest | null;
  /** Hours of suspended production, over every suspension that ended in a resumption. */
  suspendedHours?: number;
  /** When progress was last reported, and when a missed progress report was last raised (the plan's cadence runs from the later). */
  lastProgressAt?: string | null;
  lastProgressMissedAt?: string | null;
  /** Acts on the record (督办函, 约谈, 提级挂牌), and the acts escalation steps required of them. */
  acts?: RecordedAct[];
  requiredActs?: RequiredAct[];
  updatedAt: string;
}
