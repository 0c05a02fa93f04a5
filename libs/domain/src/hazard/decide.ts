import type { Decider } from '../shared/aggregate';
import { DomainError, badInput, invalidTransition } from '../shared/errors';
import { type CommandMetadata, assertSystemActor } from '../shared/metadata';
import { assertNever } from '../shared/never';
import type { EnforcementKind, ListingLevel } from '../shared/reference';
import type { AnyCommand, RecordEnforcementData, VerifyRectificationData } from './commands';
import type { HazardEventBody } from './events';
import { evolve } from './evolve';
import { mayExecute } from './permissions';
import { availabilityView, hazardBlocker, hazardRefusal } from './preconditions';
import type { HazardState } from './state';
import { pendingTimers, timerEvents } from './timers';
import { requireAfter, requireNotLaterThanOrder, requireRosteredMonitor, requireSecuredFunding, supervisionDeadline, validateCommand, validateMetadata } from './validation';

const DAY_MS = 86_400_000;

/**
 * decide(state, command) → events. Pure: time, ids and actor come in `meta`.
 * Throws DomainError when the command is refused; then nothing is written.
 */
export function decide(state: HazardState | null, command: AnyCommand, meta: CommandMetadata): HazardEventBody[] {
  validateMetadata(meta);
  if (command.type === 'FireTimer') return fireTimer(state, command.data.key, meta);
  if (!mayExecute(meta.actor.roles ?? [], command.type)) {
    throw new DomainError('FORBIDDEN', `${describeRoles(meta)} may not ${command.type}`);
  }
  const version = state?.version ?? 0;
  if (meta.expectedVersion !== undefined && meta.expectedVersion !== version) {
    throw new DomainError(
      'VERSION_CONFLICT',
      `the hazard is at version ${version}, but the command expected version ${meta.expectedVersion}; reload and try again`,
    );
  }
  const cmd = validateCommand(command, meta);
  const occurredAt = meta.occurredAt ? new Date(Date.parse(meta.occurredAt)).toISOString() : meta.now;

  if (cmd.type === 'ReportHazard') {
    if (state !== null) throw invalidTransition(`hazard ${state.code} has already been reported`);
    if (cmd.data.rectificationOrder) requireAfter('rectificationOrder.deadline', cmd.data.rectificationOrder.deadline, cmd.data.foundAt ?? occurredAt, 'the finding');
    return [{ type: 'HazardReported', data: { ...cmd.data, foundAt: cmd.data.foundAt ?? occurredAt, policy: cmd.data.policy ?? null } }];
  }

  if (state === null) throw new DomainError('NOT_FOUND', 'no such hazard');
  // Closed, status, pending verification, four eyes: the table commandAvailability reads too.
  const blocker = hazardBlocker(availabilityView(state), cmd.type, meta.actor.sub);
  if (blocker) throw hazardRefusal(blocker, cmd.type, state);
  if ((meta.actor.roles ?? []).includes('ENTERPRISE')) requireEnterpriseRules(state, cmd, meta);

  switch (cmd.type) {
    case 'ListHazard': {
      requireListingAuthority(meta, cmd.data.listingLevel, cmd.data.documentNumber ?? null);
      requireAfter('deadline', cmd.data.deadline, state.foundAt, 'the finding');
      requireNotLaterThanOrder(state, cmd.data.deadline);
      return [
        {
          type: 'HazardListed',
          data: {
            listingLevel: cmd.data.listingLevel,
            supervisingUnit: cmd.data.supervisingUnit,
            documentNumber: cmd.data.documentNumber ?? null,
            signer: cmd.data.signer ?? null,
            deadline: cmd.data.deadline,
            policyId: cmd.data.policyId ?? null,
            policy: cmd.data.policy ?? null,
          },
        },
      ];
    }
    case 'SuperviseHazard': {
      const deadline = supervisionDeadline(state, cmd.data.deadline);
      requireSecuredFunding(state, cmd.data.plan);
      return [{ type: 'HazardSupervised', data: { plan: cmd.data.plan, deadline } }];
    }
    case 'ReportProgress':
      return [{ type: 'ProgressReported', data: { percent: cmd.data.percent, note: cmd.data.note } }];
    case 'SubmitRectification':
      return [
        {
          type: 'RectificationSubmitted',
          data: { summary: cmd.data.summary, evidenceHashes: cmd.data.evidenceHashes ?? [] },
        },
      ];
    case 'RectifyOnSpot':
      return [
        { type: 'RectifiedOnSpot', data: { summary: cmd.data.summary, evidenceHashes: cmd.data.evidenceHashes ?? [] } },
      ];
    case 'VerifyRectification': {
      // Pending verification implies a submission; the check only narrows the type.
      if (!state.submission) throw hazardRefusal({ code: 'NOTHING_TO_VERIFY' }, cmd.type, state);
      const submittedBy = state.submission.submittedBy.sub;
      if (cmd.data.accepted) {
        if (meta.actor.level) {
          // Judged by the closed loop's rules (README "The closed loop"): what closes a listed major hazard, and production resumed first.
          if (state.status === 'SUSPENDED') {
            throw invalidTransition(`production at ${state.enterpriseName} is suspended: its resumption is reviewed first (复产验收, resumeOperations), then the hazard is closed`);
          }
          requireClosingAuthority(state, cmd.data, meta);
        }
        return [
          {
            type: 'RectificationVerified',
            data: {
              note: cmd.data.note,
              submittedBy,
              resumedFromSuspension: state.status === 'SUSPENDED',
              ...(cmd.data.acceptance ? { acceptance: cmd.data.acceptance } : {}),
              ...(cmd.data.delegatedBy ? { delegatedBy: cmd.data.delegatedBy } : {}),
            },
          },
        ];
      }
      return [{ type: 'RectificationRejected', data: { note: cmd.data.note, submittedBy } }];
    }
    case 'RequestDeadlineExtension': {
      const currentDeadline = state.deadline as string;
      requireAfter('requestedDeadline', cmd.data.requestedDeadline, currentDeadline, 'the current deadline');
      return [
        {
          type: 'DeadlineExtensionRequested',
          data: { currentDeadline, requestedDeadline: cmd.data.requestedDeadline, reason: cmd.data.reason },
        },
      ];
    }
    case 'DecideDeadlineExtension': {
      const request = state.extensionRequest;
      // The preconditions saw a request; the check only narrows the type.
      if (!request) throw hazardRefusal({ code: 'NO_EXTENSION_REQUEST' }, cmd.type, state);
      if (cmd.data.approved) {
        return [
          {
            type: 'DeadlineExtensionApproved',
            data: {
              previousDeadline: state.deadline as string,
              newDeadline: request.requestedDeadline,
              note: cmd.data.note ?? null,
              requestedBy: request.requestedBy.sub,
            },
          },
        ];
      }
      return [
        {
          type: 'DeadlineExtensionDenied',
          data: { requestedDeadline: request.requestedDeadline, note: cmd.data.note ?? null, requestedBy: request.requestedBy.sub },
        },
      ];
    }
    case 'SuspendOperations':
      return [{ type: 'OperationsSuspended', data: cmd.data }];
    case 'RecordStandbyCheck': {
      requireRosteredMonitor(state, cmd.data.monitor);
      const recorded: HazardEventBody = {
        type: 'StandbyCheckRecorded',
        data: {
          monitor: cmd.data.monitor,
          productionObserved: cmd.data.productionObserved,
          note: cmd.data.note ?? null,
          location: cmd.data.location ?? null,
          ...(cmd.data.evidenceHashes?.length ? { evidenceHashes: cmd.data.evidenceHashes } : {}),
        },
      };
      if (!cmd.data.productionObserved) return [recorded];
      // 明停暗开: production seen during a suspension escalates at once, no timer.
      const events: HazardEventBody[] = [
        recorded,
        { type: 'IllegalResumptionSuspected', data: { monitor: cmd.data.monitor, note: cmd.data.note ?? null, location: cmd.data.location ?? null } },
      ];
      if (state.escalationLevel < ILLEGAL_RESUMPTION_LEVEL) {
        events.push({
          type: 'Escalated',
          data: {
            level: ILLEGAL_RESUMPTION_LEVEL,
            previousLevel: state.escalationLevel,
            notify: 'COMMITTEE_OFFICE',
            action: '盯守发现疑似明停暗开，报市安委办立即核查',
            reason: 'ILLEGAL_RESUMPTION_SUSPECTED',
            rule: 'standby check observed production during a suspension',
            timerKey: null,
            dueAt: null,
          },
        });
      }
      return events;
    }
    case 'RecordEnforcement': {
      const events: HazardEventBody[] = [
        {
          type: 'EnforcementRecorded',
          data: {
            kind: cmd.data.kind,
            amount: cmd.data.amount ?? null,
            note: cmd.data.note ?? null,
            decisionNumber: cmd.data.decisionNumber ?? null,
          },
        },
      ];
      const closure = closureRule(state, cmd.data, occurredAt);
      if (closure) events.push(closure);
      return events;
    }
    case 'CancelHazard':
      return [{ type: 'HazardCancelled', data: { reason: cmd.data.reason } }];
    case 'ResumeOperations': {
      const suspendedAt = state.suspension?.suspendedAt ?? occurredAt;
      const suspendedHours = Math.max(0, Math.round((Date.parse(occurredAt) - Date.parse(suspendedAt)) / 36_000) / 100);
      return [{ type: 'OperationsResumed', data: { ...cmd.data, suspendedAt, suspendedHours } }];
    }
    case 'RotateStandbyMonitors':
      return [{ type: 'StandbyMonitorsRotated', data: { previous: state.suspension?.monitors ?? [], monitors: cmd.data.monitors, reason: cmd.data.reason } }];
    case 'RequestRegrade': {
      if (cmd.data.level === state.level) throw badInput('level', `hazard ${state.code} is ${state.level} already`);
      const unfit = regradeRefusal(state, cmd.data.level);
      if (unfit) throw badInput('level', unfit);
      return [{ type: 'RegradeRequested', data: { from: state.level, to: cmd.data.level, reason: cmd.data.reason } }];
    }
    case 'DecideRegrade': {
      const request = state.regradeRequest;
      if (!request) throw hazardRefusal({ code: 'NO_REGRADE_REQUEST' }, cmd.type, state);
      if (!cmd.data.approved) return [{ type: 'RegradeDenied', data: { to: request.to, requestedBy: request.requestedBy.sub, note: cmd.data.note ?? null } }];
      // the hazard may have been put under a plan since the request: approving checks again
      const unfit = regradeRefusal(state, request.to);
      if (unfit) throw invalidTransition(`${unfit}; deny this re-grade, or list the hazard and fund its plan, then approve`);
      return [{ type: 'HazardRegraded', data: { from: state.level, to: request.to, reason: request.reason, requestedBy: request.requestedBy.sub, note: cmd.data.note ?? null } }];
    }
    case 'TransferHazard': {
      const from = { regionCode: state.regionCode, departmentCode: state.departmentCode };
      const to = { regionCode: cmd.data.regionCode ?? state.regionCode, departmentCode: cmd.data.departmentCode ?? state.departmentCode };
      if (to.regionCode === from.regionCode && to.departmentCode === from.departmentCode) throw badInput('regionCode', `hazard ${state.code} is in ${from.regionCode}/${from.departmentCode} already`);
      return [{ type: 'HazardTransferred', data: { from, to, reason: cmd.data.reason } }];
    }
    case 'AmendEnterprise': {
      const before = { enterpriseName: state.enterpriseName, enterpriseCreditCode: state.enterpriseCreditCode };
      const after = { enterpriseName: cmd.data.enterpriseName ?? state.enterpriseName, enterpriseCreditCode: cmd.data.enterpriseCreditCode ?? state.enterpriseCreditCode };
      if (after.enterpriseName === before.enterpriseName && after.enterpriseCreditCode === before.enterpriseCreditCode) throw badInput('enterpriseName', 'the enterprise is recorded so already');
      return [{ type: 'EnterpriseAmended', data: { before, after, reason: cmd.data.reason } }];
    }
    case 'IssueSupervisionLetter':
      return [{ type: 'SupervisionLetterIssued', data: cmd.data }];
    case 'RecordInterview':
      if (Date.parse(cmd.data.heldAt) > Date.parse(meta.now) + 5 * 60_000) throw badInput('heldAt', 'an interview is recorded once it was held');
      return [{ type: 'InterviewHeld', data: cmd.data }];
    case 'RaiseListingLevel': {
      const from = (state.listing as NonNullable<HazardState['listing']>).listingLevel;
      const to = cmd.data.listingLevel;
      if (LISTING_RANK[to] <= LISTING_RANK[from]) throw badInput('listingLevel', `the listing is ${from}: raise it to a higher level`);
      requireListingAuthority(meta, to, cmd.data.documentNumber);
      return [{ type: 'ListingLevelRaised', data: { from, to, documentNumber: cmd.data.documentNumber } }];
    }
    default:
      return assertNever(cmd);
  }
}

const LISTING_RANK: Readonly<Record<ListingLevel, number>> = { COUNTY: 1, CITY: 2, PROVINCE: 3 };

/** Escalation level that production seen during a suspension jumps to (the committee office). */
export const ILLEGAL_RESUMPTION_LEVEL = 2;

/**
 * Work Safety Law art. 113 (1): an enterprise with a major accident hazard that receives administrative
 * penalties 3 times within 180 days or 4 times within a year is to be closed. Counted here: every penalty the
 * law's article names (warning, fine, suspension for rectification, closure), this hazard's and the enterprise's
 * other hazards' (looked up by the gateway), one decision (by its number) once however many hazards record it.
 * A command recorded before penalties were counted this way (its enterprise fines as bare times) is judged as it
 * was then: fines only.
 */
export function closureRule(state: HazardState, data: RecordEnforcementData, occurredAt: string): HazardEventBody | null {
  if (state.level !== 'MAJOR' || state.closureRecommendedAt) return null;
  const now = Date.parse(occurredAt);
  if (!data.enterprisePenalties) {
    if (data.kind !== 'FINE') return null;
    const own = state.enforcement.filter((a) => a.kind === 'FINE').map((a) => a.at);
    const all = [...own, ...(data.enterpriseFines ?? []), occurredAt].map((t) => Date.parse(t)).filter((t) => t <= now);
    return closureIf(all, now, null);
  }
  if (!PENALTY_KINDS.includes(data.kind)) return null;
  // one decision, one penalty: the earliest record of a numbered decision counts; unnumbered ones count each
  const penalties = [
    ...state.enforcement.filter((a) => PENALTY_KINDS.includes(a.kind)).map((a) => ({ at: a.at, decisionNumber: a.decisionNumber })),
    ...data.enterprisePenalties.filter((p) => PENALTY_KINDS.includes(p.kind)),
    { at: occurredAt, decisionNumber: data.decisionNumber ?? null },
  ].filter((p) => Date.parse(p.at) <= now);
  const byDecision = new Map<string, number>();
  const unnumbered: number[] = [];
  for (const p of penalties) {
    const t = Date.parse(p.at);
    if (p.decisionNumber) byDecision.set(p.decisionNumber, Math.min(byDecision.get(p.decisionNumber) ?? t, t));
    else unnumbered.push(t);
  }
  return closureIf([...byDecision.values(), ...unnumbered], now, [...byDecision.keys()].sort());
}

/** The administrative penalties art. 113 (1) counts. */
export const PENALTY_KINDS: readonly EnforcementKind[] = ['WARNING', 'FINE', 'SUSPENSION_FOR_RECTIFICATION', 'CLOSURE'];

function closureIf(times: number[], now: number, decisions: string[] | null): HazardEventBody | null {
  const within = (days: number) => times.filter((t) => t > now - days * DAY_MS).length;
  const finesWithin180Days = within(180);
  const finesWithinYear = within(365);
  if (finesWithin180Days < 3 && finesWithinYear < 4) return null;
  return {
    type: 'ClosureRecommended',
    data: {
      finesWithin180Days,
      finesWithinYear,
      rule: '《安全生产法》第一百一十三条第（一）项：180日内三次或者一年内四次受到行政处罚',
      ...(decisions ? { decisions } : {}),
    },
  };
}

/** The listing level a caller of a level lists at (README "The closed loop"): a district's COUNTY, the city's CITY. */
export const LISTING_LEVEL_OF = { DISTRICT: 'COUNTY', CITY: 'CITY' } as const;

/**
 * A listing's level is bound to the lister's authority: district callers list at COUNTY, city callers at CITY;
 * a PROVINCE listing is recorded by the committee office from the province's document (its number required).
 * A caller whose level is not recorded (commands from before levels were) is judged as then.
 */
function requireListingAuthority(meta: CommandMetadata, listingLevel: ListingLevel, documentNumber: string | null): void {
  const level = meta.actor.level;
  if (!level) return;
  if (listingLevel === 'PROVINCE') {
    if (!meta.actor.roles.includes('COMMITTEE_OFFICE')) throw new DomainError('FORBIDDEN', 'a PROVINCE listing is recorded by the committee office from the province’s document');
    if (!documentNumber) throw badInput('documentNumber', 'a PROVINCE listing names the province’s document');
    return;
  }
  if (listingLevel !== LISTING_LEVEL_OF[level]) {
    throw new DomainError('FORBIDDEN', `a ${level === 'DISTRICT' ? 'district' : 'city'} caller lists at ${LISTING_LEVEL_OF[level]}, not ${listingLevel}`);
  }
}

/**
 * Closing (销号) a listed major hazard: by the listing authority, or a unit it delegates (the delegation recorded),
 * on at least one evidence file and an acceptance record (who accepted, the opinion, the date). Four eyes stay.
 */
function requireClosingAuthority(state: HazardState, data: VerifyRectificationData, meta: CommandMetadata): void {
  if (state.level !== 'MAJOR' || !state.listing) return;
  if ((state.submission?.evidenceHashes.length ?? 0) === 0) {
    throw invalidTransition(`a listed major hazard is closed on evidence: the rectification of ${state.code} has none; reject it and have it resubmitted with its evidence`);
  }
  if (!data.acceptance) throw badInput('acceptance', 'closing a listed major hazard needs its acceptance record (acceptedBy, opinion, acceptedOn)');
  if (data.delegatedBy) return;
  const listed = state.listing.listingLevel;
  const authority = listed === 'PROVINCE' ? meta.actor.roles.includes('COMMITTEE_OFFICE') : LISTING_LEVEL_OF[meta.actor.level as 'CITY' | 'DISTRICT'] === listed;
  if (!authority) {
    throw new DomainError(
      'FORBIDDEN',
      `hazard ${state.code} was listed at ${listed}: the listing authority closes it (${listed === 'COUNTY' ? 'the district' : listed === 'CITY' ? 'the city' : 'the committee office, recording the province’s acceptance'}), or a unit it delegates (delegatedBy)`,
    );
  }
}

/**
 * What an enterprise's safety manager may do (README "The closed loop"): only on its own enterprise's hazard (by the
 * credit code on its token), a rectification only with its evidence, a standby check only as a monitor the roster
 * assigns to its account. Its roles already narrow the commands to progress, rectification and standby checks.
 */
function requireEnterpriseRules(state: HazardState, cmd: AnyCommand, meta: CommandMetadata): void {
  if (!meta.actor.creditCode || meta.actor.creditCode !== state.enterpriseCreditCode) {
    throw new DomainError('FORBIDDEN', `hazard ${state.code} is not ${meta.actor.creditCode ? `enterprise ${meta.actor.creditCode}` : 'your enterprise'}'s`);
  }
  if (cmd.type === 'SubmitRectification' && (cmd.data.evidenceHashes?.length ?? 0) === 0) {
    throw badInput('evidenceHashes', 'an enterprise submits its rectification with at least one evidence file');
  }
  if (cmd.type === 'RecordStandbyCheck') {
    const assigned = state.suspension?.monitors.find((m) => m.name === cmd.data.monitor);
    if (assigned && assigned.account !== meta.actor.sub) {
      throw new DomainError('FORBIDDEN', `the standby roster does not assign ${cmd.data.monitor} to your account; an enterprise records the checks it is assigned`);
    }
  }
}

function fireTimer(state: HazardState | null, key: string, meta: CommandMetadata): HazardEventBody[] {
  assertSystemActor(meta, 'fires clocks');
  if (state === null) throw new DomainError('NOT_FOUND', 'no such hazard');
  const timer = pendingTimers(state).find((t) => t.key === key);
  if (!timer) throw invalidTransition(`clock ${key} is not armed (already fired, or the hazard moved on)`);
  if (Date.parse(timer.dueAt) > Date.parse(meta.now)) throw invalidTransition(`clock ${key} is not due until ${timer.dueAt}`);
  return timerEvents(state, timer);
}

function describeRoles(meta: CommandMetadata): string {
  const roles = meta.actor.roles ?? [];
  return roles.length ? `a caller with roles ${roles.join(', ')}` : 'a caller without roles';
}

/** The hazard's decider as one value: what the command handler and the hazard workflow run. */
export const hazardDecider: Decider<HazardState, AnyCommand, HazardEventBody> = { decide, evolve };

/**
 * A MAJOR hazard under a plan is listed and its plan funded (五落实, README "The closed loop"): one
 * that is not can be re-graded MAJOR only before it has a plan. Checked when the re-grade is asked
 * for (bad input) and again when it is approved (the hazard moved on since).
 */
function regradeRefusal(state: HazardState, to: HazardState['level']): string | null {
  if (to !== 'MAJOR' || !state.plan || (state.listing && state.plan.fundingAmount > 0)) return null;
  return `hazard ${state.code} is supervised ${state.listing ? 'under an unfunded plan' : 'without a listing'}: a MAJOR hazard is listed and its plan funded first`;
}
