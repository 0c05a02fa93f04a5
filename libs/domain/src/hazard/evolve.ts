import { assertNever } from '../shared/never';
import type { HazardEvent } from './events';
import type { EscalationAct } from './policy';
import type { ActorRef, HazardState } from './state';

/**
 * evolve(state, event) → state. Pure and total over recorded events: it never refuses,
 * because an event is a fact. The workflow, the projection and the auditors' replay all fold with it.
 */
export function evolve(state: HazardState | null, event: HazardEvent): HazardState {
  const at = event.metadata.occurredAt;
  const by: ActorRef = { sub: event.metadata.actor.sub, name: event.metadata.actor.name };
  const touched = { version: event.version, updatedAt: event.metadata.recordedAt };

  if (event.type === 'HazardReported') {
    const d = event.data;
    return {
      id: d.hazardId,
      code: d.code,
      status: 'FOUND',
      level: d.level,
      sector: d.sector,
      regionCode: d.regionCode,
      departmentCode: d.departmentCode,
      title: d.title,
      description: d.description,
      enterpriseName: d.enterpriseName,
      enterpriseCreditCode: d.enterpriseCreditCode ?? null,
      location: d.location ?? null,
      judgementBasis: d.judgementBasis ?? null,
      source: d.source,
      ...(d.origin ? { origin: d.origin } : {}),
      ...(d.rectificationOrder ? { rectificationOrder: d.rectificationOrder } : {}),
      foundAt: d.foundAt,
      reportedAt: event.metadata.recordedAt,
      reportedBy: event.metadata.actor.level ? { ...by, level: event.metadata.actor.level } : by,
      listing: null,
      deadline: d.rectificationOrder?.deadline ?? null,
      originalDeadline: d.rectificationOrder?.deadline ?? null,
      plan: null,
      supervisedAt: null,
      progressPercent: 0,
      pendingVerification: false,
      submission: null,
      rejectionCount: 0,
      extensionRequest: null,
      extensionsApproved: 0,
      suspension: null,
      enforcement: [],
      escalationLevel: 0,
      escalations: [],
      policy: d.policy ?? null,
      firedTimers: [],
      closureRecommendedAt: null,
      rectifiedAt: null,
      verifiedBy: null,
      cancelledAt: null,
      cancelReason: null,
      ...touched,
    };
  }

  if (state === null) throw new Error(`event ${event.type} at version ${event.version} precedes the hazard's report`);

  switch (event.type) {
    case 'HazardListed': {
      const d = event.data;
      return {
        ...state,
        ...touched,
        status: 'LISTED',
        listing: {
          listingLevel: d.listingLevel,
          supervisingUnit: d.supervisingUnit,
          documentNumber: d.documentNumber,
          signer: d.signer,
          policyId: d.policyId,
          listedAt: at,
          listedBy: by,
        },
        deadline: d.deadline,
        originalDeadline: d.deadline,
        policy: d.policy ?? state.policy,
      };
    }
    case 'HazardSupervised':
      return {
        ...state,
        ...touched,
        status: 'SUPERVISED',
        plan: event.data.plan,
        supervisedAt: at,
        deadline: event.data.deadline,
        originalDeadline: state.originalDeadline ?? event.data.deadline,
      };
    case 'ProgressReported':
      // when progress was last reported matters only under a plan with a cadence: the fold of other hazards stays as it was
      return { ...state, ...touched, progressPercent: event.data.percent, ...(state.plan?.progressEvery ? { lastProgressAt: at } : {}) };
    case 'ProgressReportMissed':
      return { ...state, ...touched, firedTimers: [...state.firedTimers, event.data.timerKey], lastProgressMissedAt: event.data.dueAt };
    case 'RectificationSubmitted':
    case 'RectifiedOnSpot':
      return {
        ...state,
        ...touched,
        pendingVerification: true,
        submission: {
          summary: event.data.summary,
          evidenceHashes: event.data.evidenceHashes,
          onSpot: event.type === 'RectifiedOnSpot',
          submittedAt: at,
          submittedBy: by,
        },
      };
    case 'RectificationVerified':
      return {
        ...state,
        ...touched,
        ...(event.data.acceptance ? { acceptance: event.data.acceptance } : {}),
        ...(event.data.delegatedBy ? { closedUnderDelegation: event.data.delegatedBy } : {}),
        status: 'RECTIFIED',
        pendingVerification: false,
        progressPercent: 100,
        rectifiedAt: at,
        verifiedBy: by,
        extensionRequest: null,
      };
    case 'RectificationRejected':
      return { ...state, ...touched, pendingVerification: false, rejectionCount: state.rejectionCount + 1 };
    case 'DeadlineExtensionRequested':
      return {
        ...state,
        ...touched,
        extensionRequest: {
          requestedDeadline: event.data.requestedDeadline,
          reason: event.data.reason,
          requestedAt: at,
          requestedBy: by,
        },
      };
    case 'DeadlineExtensionApproved':
      return {
        ...state,
        ...touched,
        deadline: event.data.newDeadline,
        extensionRequest: null,
        extensionsApproved: state.extensionsApproved + 1,
      };
    case 'DeadlineExtensionDenied':
      return { ...state, ...touched, extensionRequest: null };
    case 'OperationsSuspended':
      return {
        ...state,
        ...touched,
        status: 'SUSPENDED',
        suspension: {
          scope: event.data.scope,
          reason: event.data.reason,
          monitors: event.data.monitors,
          checkInterval: event.data.checkInterval,
          suspendedAt: at,
          lastCheckAt: null,
          lastMissedAt: null,
          checkCount: 0,
          productionObservedCount: 0,
        },
      };
    case 'StandbyCheckRecorded': {
      const suspension = state.suspension;
      if (!suspension) return { ...state, ...touched };
      return {
        ...state,
        ...touched,
        suspension: {
          ...suspension,
          lastCheckAt: at,
          checkCount: suspension.checkCount + 1,
          productionObservedCount: suspension.productionObservedCount + (event.data.productionObserved ? 1 : 0),
        },
      };
    }
    case 'EnforcementRecorded':
      return {
        ...state,
        ...touched,
        enforcement: [
          ...state.enforcement,
          { kind: event.data.kind, amount: event.data.amount, decisionNumber: event.data.decisionNumber, at },
        ],
      };
    case 'HazardCancelled':
      return {
        ...state,
        ...touched,
        status: 'CANCELLED',
        pendingVerification: false,
        extensionRequest: null,
        cancelledAt: at,
        cancelReason: event.data.reason,
      };
    case 'ListingOverdue':
    case 'SupervisionOverdue':
    case 'DeadlineApproaching':
    case 'DeadlineMissed':
    case 'VerificationOverdue':
      return { ...state, ...touched, firedTimers: [...state.firedTimers, event.data.timerKey] };
    case 'StandbyCheckMissed':
      return {
        ...state,
        ...touched,
        firedTimers: [...state.firedTimers, event.data.timerKey],
        suspension: state.suspension ? { ...state.suspension, lastMissedAt: event.data.dueAt } : null,
      };
    case 'Escalated':
      return {
        ...state,
        ...touched,
        escalationLevel: Math.max(state.escalationLevel, event.data.level),
        escalations: [...state.escalations, { level: event.data.level, at, notify: event.data.notify, reason: event.data.reason }],
        firedTimers: event.data.timerKey ? [...state.firedTimers, event.data.timerKey] : state.firedTimers,
        ...(event.data.requires && event.data.actDueAt
          ? {
              requiredActs: [
                ...(state.requiredActs ?? []),
                { level: event.data.level, act: event.data.requires, dueAt: event.data.actDueAt, doneAt: null, overdueAt: null },
              ],
            }
          : {}),
      };
    case 'SupervisionLetterIssued':
      return recordAct(state, touched, 'SUPERVISION_LETTER', at, by, event.data.documentNumber);
    case 'InterviewHeld':
      return recordAct(state, touched, 'INTERVIEW', at, by, event.data.interviewee);
    case 'ListingLevelRaised':
      return {
        ...recordAct(state, touched, 'RAISE_LISTING', at, by, event.data.documentNumber),
        listing: state.listing ? { ...state.listing, listingLevel: event.data.to, documentNumber: event.data.documentNumber } : null,
      };
    case 'RequiredActOverdue':
      return {
        ...state,
        ...touched,
        firedTimers: [...state.firedTimers, event.data.timerKey],
        requiredActs: (state.requiredActs ?? []).map((r) => (r.level === event.data.level && r.act === event.data.act && !r.doneAt ? { ...r, overdueAt: event.data.dueAt } : r)),
      };
    case 'IllegalResumptionSuspected':
      return { ...state, ...touched };
    case 'ClosureRecommended':
      return { ...state, ...touched, closureRecommendedAt: at };
    case 'OperationsResumed':
      // Production resumes: the hazard goes back to where its handling stood (a plan, a listing, or just found).
      return {
        ...state,
        ...touched,
        status: state.plan ? 'SUPERVISED' : state.listing ? 'LISTED' : 'FOUND',
        suspension: state.suspension
          ? {
              ...state.suspension,
              resumedAt: at,
              resumption: { reviewedBy: event.data.reviewedBy, opinion: event.data.opinion, reviewedOn: event.data.reviewedOn },
            }
          : null,
        suspendedHours: (state.suspendedHours ?? 0) + event.data.suspendedHours,
      };
    case 'StandbyMonitorsRotated':
      return {
        ...state,
        ...touched,
        suspension: state.suspension
          ? {
              ...state.suspension,
              monitors: event.data.monitors,
              rotations: [...(state.suspension.rotations ?? []), { at, by, previous: event.data.previous, reason: event.data.reason }],
            }
          : null,
      };
    case 'RegradeRequested':
      return { ...state, ...touched, regradeRequest: { to: event.data.to, reason: event.data.reason, requestedAt: at, requestedBy: by } };
    case 'HazardRegraded':
      return { ...state, ...touched, level: event.data.to, regradeRequest: null };
    case 'RegradeDenied':
      return { ...state, ...touched, regradeRequest: null };
    case 'HazardTransferred':
      return { ...state, ...touched, regionCode: event.data.to.regionCode, departmentCode: event.data.to.departmentCode };
    case 'EnterpriseAmended':
      return { ...state, ...touched, enterpriseName: event.data.after.enterpriseName, enterpriseCreditCode: event.data.after.enterpriseCreditCode };
    default:
      return assertNever(event);
  }
}

/** An act on the record: kept, and the first open requirement of that act met by it. */
function recordAct(state: HazardState, touched: { version: number; updatedAt: string }, act: EscalationAct, at: string, by: ActorRef, reference: string): HazardState {
  let met = false;
  const requiredActs = (state.requiredActs ?? []).map((r) => {
    if (met || r.doneAt || r.act !== act) return r;
    met = true;
    return { ...r, doneAt: at };
  });
  return { ...state, ...touched, acts: [...(state.acts ?? []), { act, at, by, reference }], ...(state.requiredActs ? { requiredActs } : {}) };
}

export const fold = (events: readonly HazardEvent[], from: HazardState | null = null): HazardState | null =>
  events.reduce<HazardState | null>(evolve, from);
