import type { Decider } from '../shared/aggregate';
import { DomainError, invalidTransition } from '../shared/errors';
import { type CommandMetadata, assertSystemActor } from '../shared/metadata';
import { assertNever } from '../shared/never';
import type { AnyCommand, RecordEnforcementData } from './commands';
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

  switch (cmd.type) {
    case 'ListHazard': {
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
        return [
          {
            type: 'RectificationVerified',
            data: { note: cmd.data.note, submittedBy, resumedFromSuspension: state.status === 'SUSPENDED' },
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
    default:
      return assertNever(cmd);
  }
}

/** Escalation level that production seen during a suspension jumps to (the committee office). */
export const ILLEGAL_RESUMPTION_LEVEL = 2;

/**
 * Work Safety Law art. 113 (1): an enterprise with a major accident hazard that receives
 * administrative penalties 3 times within 180 days or 4 times within a year is to be closed.
 * Counted here: fines, this hazard's and the enterprise's other hazards' (looked up by the gateway).
 */
export function closureRule(state: HazardState, data: RecordEnforcementData, occurredAt: string): HazardEventBody | null {
  if (data.kind !== 'FINE' || state.level !== 'MAJOR' || state.closureRecommendedAt) return null;
  const now = Date.parse(occurredAt);
  const own = state.enforcement.filter((a) => a.kind === 'FINE').map((a) => a.at);
  const all = [...own, ...(data.enterpriseFines ?? []), occurredAt].map((t) => Date.parse(t)).filter((t) => t <= now);
  const within = (days: number) => all.filter((t) => t > now - days * DAY_MS).length;
  const finesWithin180Days = within(180);
  const finesWithinYear = within(365);
  if (finesWithin180Days < 3 && finesWithinYear < 4) return null;
  return {
    type: 'ClosureRecommended',
    data: { finesWithin180Days, finesWithinYear, rule: '《安全生产法》第一百一十三条第（一）项：180日内三次或者一年内四次受到行政处罚' },
  };
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
