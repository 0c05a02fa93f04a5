import {
  type AnyCommand,
  type CommandMetadata,
  type HazardCommand,
  type HazardOrigin,
  type RectificationOrder,
  ORIGIN_KINDS,
  SYSTEM_ACTOR,
  type ListHazardData,
  type RecordEnforcementData,
  type RecordStandbyCheckData,
  type RectificationPlan,
  type ReportHazardData,
  type SuspendOperationsData,
} from './commands';
import { duration } from './duration';
import { DomainError, badInput, invalidTransition } from './errors';
import type { HazardEventBody } from './events';
import { assertNever } from './never';
import { mayExecute } from './permissions';
import { validatePolicySnapshot } from './policy';
import { pendingTimers, timerEvents } from './timers';
import {
  DISCOVERY_SOURCES,
  ENFORCEMENT_KINDS,
  HAZARD_LEVELS,
  LISTING_LEVELS,
  SECTORS,
  SUSPENSION_SCOPES,
  isOpenStatus,
} from './reference';
import type { HazardState } from './state';
import {
  bool,
  code,
  creditCode,
  evidenceHashes,
  finiteNumber,
  instant,
  integer,
  oneOf,
  optionalInstant,
  optionalText,
  phone,
  requiredText,
} from './validation';

const DAY_MS = 86_400_000;
/** How far a clock may run ahead of ours before a time "in the future" is refused. */
export const CLOCK_SKEW_MS = 5 * 60_000;
/** A finding older than this is a data-entry error, not a hazard. */
export const MAX_FINDING_AGE_MS = 10 * 365 * DAY_MS;
/** Deadlines beyond this horizon are refused (a typo of the year, usually). */
export const MAX_DEADLINE_HORIZON_MS = 5 * 366 * DAY_MS;
export const MAX_FINE_AMOUNT = 1_000_000_000;
export const MAX_MONITORS = 20;
export const STANDBY_INTERVAL_BOUNDS = { minMs: 1_000, maxMs: 30 * DAY_MS };

const SHORT = { max: 200 };
const MEDIUM = { max: 1000, multiline: true };
const LONG = { max: 4000, multiline: true };
const NOTE = { max: 2000, multiline: true };

/**
 * Checks a command's data on its own (no state): types, lengths, formats, enums, time sanity.
 * Returns the command with normalised data (trimmed text, UTC instants, lower-case digests).
 * The gateway calls it for early answers; `decide` calls it again, so the workflow never
 * trusts its caller.
 */
export function validateCommand(command: HazardCommand, meta: CommandMetadata): HazardCommand {
  const now = Date.parse(meta.now);
  switch (command.type) {
    case 'ReportHazard': {
      const d = command.data;
      const foundAt = optionalInstant('foundAt', d.foundAt);
      if (foundAt !== null) {
        const t = Date.parse(foundAt);
        if (t > now + CLOCK_SKEW_MS) throw badInput('foundAt', 'must not be in the future');
        if (t < now - MAX_FINDING_AGE_MS) throw badInput('foundAt', 'must be within the last ten years');
      }
      const data: ReportHazardData = {
        hazardId: requiredText('hazardId', d.hazardId, { max: 64 }),
        code: requiredText('code', d.code, { max: 64 }),
        title: requiredText('title', d.title, SHORT),
        description: requiredText('description', d.description, LONG),
        level: oneOf('level', d.level, HAZARD_LEVELS),
        sector: oneOf('sector', d.sector, SECTORS),
        regionCode: code('regionCode', d.regionCode),
        departmentCode: code('departmentCode', d.departmentCode),
        enterpriseName: requiredText('enterpriseName', d.enterpriseName, SHORT),
        enterpriseCreditCode: creditCode('enterpriseCreditCode', d.enterpriseCreditCode),
        location: optionalText('location', d.location, { max: 500 }),
        judgementBasis: optionalText('judgementBasis', d.judgementBasis, MEDIUM),
        source: oneOf('source', d.source, DISCOVERY_SOURCES),
        foundAt,
        policy: validatePolicySnapshot('policy', d.policy),
        // Only present when given, so hazards reported directly keep their events exactly as before.
        ...(d.origin !== undefined && d.origin !== null ? { origin: validateOrigin(d.origin) } : {}),
        ...(d.rectificationOrder !== undefined && d.rectificationOrder !== null ? { rectificationOrder: validateOrder(d.rectificationOrder, meta) } : {}),
      };
      return { type: command.type, data };
    }
    case 'ListHazard': {
      const d = command.data;
      const data: ListHazardData = {
        listingLevel: oneOf('listingLevel', d.listingLevel, LISTING_LEVELS),
        supervisingUnit: requiredText('supervisingUnit', d.supervisingUnit, SHORT),
        documentNumber: optionalText('documentNumber', d.documentNumber, { max: 100 }),
        signer: optionalText('signer', d.signer, { max: 100 }),
        deadline: futureDeadline('deadline', d.deadline, meta),
        policyId: optionalText('policyId', d.policyId, { max: 64 }),
        policy: validatePolicySnapshot('policy', d.policy),
      };
      return { type: command.type, data };
    }
    case 'SuperviseHazard': {
      const d = command.data;
      if (d.plan === null || typeof d.plan !== 'object') throw badInput('plan', 'is required');
      const plan: RectificationPlan = {
        responsibleUnit: requiredText('plan.responsibleUnit', d.plan.responsibleUnit, SHORT),
        responsiblePerson: requiredText('plan.responsiblePerson', d.plan.responsiblePerson, { max: 100 }),
        responsiblePhone: phone('plan.responsiblePhone', d.plan.responsiblePhone),
        measures: requiredText('plan.measures', d.plan.measures, LONG),
        fundingAmount: finiteNumber('plan.fundingAmount', d.plan.fundingAmount, { min: 0, max: MAX_FINE_AMOUNT }),
        fundingSource: optionalText('plan.fundingSource', d.plan.fundingSource, SHORT),
        contingencyPlan: requiredText('plan.contingencyPlan', d.plan.contingencyPlan, LONG),
      };
      const deadline = d.deadline === undefined || d.deadline === null ? null : futureDeadline('deadline', d.deadline, meta);
      return { type: command.type, data: { plan, deadline } };
    }
    case 'ReportProgress':
      return {
        type: command.type,
        data: {
          percent: integer('percent', command.data.percent, { min: 0, max: 100 }),
          note: requiredText('note', command.data.note, NOTE),
        },
      };
    case 'SubmitRectification':
    case 'RectifyOnSpot':
      return {
        type: command.type,
        data: {
          summary: requiredText('summary', command.data.summary, NOTE),
          evidenceHashes: evidenceHashes('evidenceHashes', command.data.evidenceHashes),
        },
      };
    case 'VerifyRectification':
      return {
        type: command.type,
        data: {
          accepted: bool('accepted', command.data.accepted),
          note: requiredText('note', command.data.note, NOTE),
        },
      };
    case 'RequestDeadlineExtension':
      return {
        type: command.type,
        data: {
          requestedDeadline: futureDeadline('requestedDeadline', command.data.requestedDeadline, meta),
          reason: requiredText('reason', command.data.reason, NOTE),
        },
      };
    case 'DecideDeadlineExtension':
      return {
        type: command.type,
        data: {
          approved: bool('approved', command.data.approved),
          note: optionalText('note', command.data.note, NOTE),
        },
      };
    case 'SuspendOperations': {
      const d = command.data;
      if (!Array.isArray(d.monitors) || d.monitors.length === 0) {
        throw badInput('monitors', 'a suspension needs at least one standby monitor (盯守人员)');
      }
      if (d.monitors.length > MAX_MONITORS) throw badInput('monitors', `must name at most ${MAX_MONITORS} monitors`);
      const names = new Set<string>();
      const monitors = d.monitors.map((m, i) => {
        const name = requiredText(`monitors[${i}].name`, m?.name, { max: 100 });
        if (names.has(name)) throw badInput(`monitors[${i}].name`, `${name} is named twice`);
        names.add(name);
        return { name, phone: phone(`monitors[${i}].phone`, m?.phone) };
      });
      const data: SuspendOperationsData = {
        scope: oneOf('scope', d.scope, SUSPENSION_SCOPES),
        reason: requiredText('reason', d.reason, NOTE),
        monitors,
        checkInterval: duration('checkInterval', d.checkInterval, STANDBY_INTERVAL_BOUNDS),
      };
      return { type: command.type, data };
    }
    case 'RecordStandbyCheck': {
      const d = command.data;
      const data: RecordStandbyCheckData = {
        monitor: requiredText('monitor', d.monitor, { max: 100 }),
        productionObserved: bool('productionObserved', d.productionObserved),
        note: optionalText('note', d.note, NOTE),
        location: optionalText('location', d.location, { max: 500 }),
      };
      return { type: command.type, data };
    }
    case 'RecordEnforcement': {
      const d = command.data;
      const kind = oneOf('kind', d.kind, ENFORCEMENT_KINDS);
      let amount: number | null = null;
      if (kind === 'FINE') {
        if (d.amount === undefined || d.amount === null) throw badInput('amount', 'a fine needs its amount');
        amount = finiteNumber('amount', d.amount, { min: 0.01, max: MAX_FINE_AMOUNT });
      } else if (d.amount !== undefined && d.amount !== null) {
        throw badInput('amount', `only a FINE has an amount, not ${kind}`);
      }
      const fines = d.enterpriseFines ?? [];
      if (!Array.isArray(fines) || fines.length > 1000) throw badInput('enterpriseFines', 'must be a list of instants');
      const data: RecordEnforcementData = {
        kind,
        amount,
        note: optionalText('note', d.note, NOTE),
        decisionNumber: optionalText('decisionNumber', d.decisionNumber, { max: 100 }),
        enterpriseFines: fines.map((f, i) => instant(`enterpriseFines[${i}]`, f)),
      };
      return { type: command.type, data };
    }
    case 'CancelHazard':
      return { type: command.type, data: { reason: requiredText('reason', command.data.reason, NOTE) } };
    default:
      return assertNever(command);
  }
}

function validateOrder(order: unknown, meta: CommandMetadata): RectificationOrder {
  if (typeof order !== 'object' || order === null) throw badInput('rectificationOrder', 'must be an object');
  const o = order as Record<string, unknown>;
  return {
    documentNumber: optionalText('rectificationOrder.documentNumber', o.documentNumber, { max: 100 }),
    deadline: futureDeadline('rectificationOrder.deadline', o.deadline, meta),
  };
}

function validateOrigin(origin: unknown): HazardOrigin {
  if (typeof origin !== 'object' || origin === null) throw badInput('origin', 'must be an object');
  const o = origin as Record<string, unknown>;
  return {
    kind: oneOf('origin.kind', o.kind, ORIGIN_KINDS),
    reference: optionalText('origin.reference', o.reference, { max: 200 }),
    majorHazardSourceId: optionalText('origin.majorHazardSourceId', o.majorHazardSourceId, { max: 64 }),
  };
}

export function validateMetadata(meta: CommandMetadata): void {
  requiredText('commandId', meta.commandId, { max: 200 });
  requiredText('actor.sub', meta.actor?.sub, { max: 200 });
  instant('now', meta.now);
  if (meta.occurredAt !== undefined) {
    const occurred = Date.parse(instant('occurredAt', meta.occurredAt));
    if (occurred > Date.parse(meta.now) + CLOCK_SKEW_MS) throw badInput('occurredAt', 'must not be in the future');
  }
  if (meta.expectedVersion !== undefined) integer('expectedVersion', meta.expectedVersion, { min: 0 });
}

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
  if (!isOpenStatus(state.status)) {
    throw invalidTransition(`hazard ${state.code} is ${state.status} and closed; it accepts no ${cmd.type}`);
  }

  switch (cmd.type) {
    case 'ListHazard': {
      requireStatus(state, cmd.type, ['FOUND']);
      requireNotPendingVerification(state, cmd.type);
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
      requireNotPendingVerification(state, cmd.type);
      let deadline: string;
      if (state.status === 'LISTED') {
        if (cmd.data.deadline) {
          throw badInput('deadline', 'a listed hazard keeps the deadline of its listing; a deadline moves only through an extension request');
        }
        deadline = state.deadline as string;
      } else if (state.status === 'FOUND') {
        if (state.level === 'MAJOR') {
          throw invalidTransition(`MAJOR hazard ${state.code} must be listed (挂牌) before it can be supervised`);
        }
        if (cmd.data.deadline) {
          requireAfter('deadline', cmd.data.deadline, state.foundAt, 'the finding');
          requireNotLaterThanOrder(state, cmd.data.deadline);
          deadline = cmd.data.deadline;
        } else if (state.deadline) {
          deadline = state.deadline; // the rectification order's
        } else {
          throw badInput('deadline', 'an unlisted GENERAL hazard needs a rectification deadline');
        }
      } else {
        throw notAllowed(state, cmd.type, ['LISTED', 'FOUND']);
      }
      if (state.level === 'MAJOR' && !(cmd.data.plan.fundingAmount > 0)) {
        throw badInput('plan.fundingAmount', 'a MAJOR hazard plan must secure funding (五落实: 资金落实)');
      }
      return [{ type: 'HazardSupervised', data: { plan: cmd.data.plan, deadline } }];
    }
    case 'ReportProgress':
      requireStatus(state, cmd.type, ['SUPERVISED', 'SUSPENDED']);
      requireNotPendingVerification(state, cmd.type);
      return [{ type: 'ProgressReported', data: { percent: cmd.data.percent, note: cmd.data.note } }];
    case 'SubmitRectification':
      requireStatus(state, cmd.type, ['SUPERVISED', 'SUSPENDED']);
      requireNotPendingVerification(state, cmd.type);
      return [
        {
          type: 'RectificationSubmitted',
          data: { summary: cmd.data.summary, evidenceHashes: cmd.data.evidenceHashes ?? [] },
        },
      ];
    case 'RectifyOnSpot':
      if (state.level !== 'GENERAL') {
        throw invalidTransition(`only a GENERAL hazard can be rectified on the spot; ${state.code} is MAJOR`);
      }
      requireStatus(state, cmd.type, ['FOUND']);
      requireNotPendingVerification(state, cmd.type);
      return [
        { type: 'RectifiedOnSpot', data: { summary: cmd.data.summary, evidenceHashes: cmd.data.evidenceHashes ?? [] } },
      ];
    case 'VerifyRectification': {
      if (!state.pendingVerification || !state.submission) {
        throw invalidTransition(`hazard ${state.code} has no rectification waiting for verification`);
      }
      const submittedBy = state.submission.submittedBy.sub;
      if (submittedBy === meta.actor.sub) {
        throw new DomainError('FORBIDDEN', 'four eyes: whoever submitted a rectification cannot verify it');
      }
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
      requireStatus(state, cmd.type, ['LISTED', 'SUPERVISED', 'SUSPENDED']);
      requireNotPendingVerification(state, cmd.type);
      if (state.extensionRequest) {
        throw invalidTransition(`hazard ${state.code} already has an extension request waiting for a decision`);
      }
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
      if (!request) throw invalidTransition(`hazard ${state.code} has no extension request to decide`);
      if (request.requestedBy.sub === meta.actor.sub) {
        throw new DomainError('FORBIDDEN', 'four eyes: whoever requested an extension cannot decide it');
      }
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
      requireStatus(state, cmd.type, ['LISTED', 'SUPERVISED']);
      requireNotPendingVerification(state, cmd.type);
      return [{ type: 'OperationsSuspended', data: cmd.data }];
    case 'RecordStandbyCheck': {
      requireStatus(state, cmd.type, ['SUSPENDED']);
      const roster = state.suspension?.monitors.map((m) => m.name) ?? [];
      if (!roster.includes(cmd.data.monitor)) {
        throw badInput('monitor', `${cmd.data.monitor} is not on the standby roster (${roster.join(', ')})`);
      }
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
  if (meta.actor.sub !== SYSTEM_ACTOR.sub) throw new DomainError('FORBIDDEN', 'only the system fires clocks');
  if (state === null) throw new DomainError('NOT_FOUND', 'no such hazard');
  const timer = pendingTimers(state).find((t) => t.key === key);
  if (!timer) throw invalidTransition(`clock ${key} is not armed (already fired, or the hazard moved on)`);
  if (Date.parse(timer.dueAt) > Date.parse(meta.now)) throw invalidTransition(`clock ${key} is not due until ${timer.dueAt}`);
  return timerEvents(state, timer);
}

function futureDeadline(field: string, value: unknown, meta: CommandMetadata): string {
  const deadline = instant(field, value);
  const t = Date.parse(deadline);
  const reference = Date.parse(meta.occurredAt ?? meta.now);
  if (t <= reference) throw badInput(field, 'must be in the future');
  if (t > Date.parse(meta.now) + MAX_DEADLINE_HORIZON_MS) throw badInput(field, 'must be within five years');
  return deadline;
}

/** A rectification order's deadline may be shortened by a listing or a supervision, never lengthened but by an extension. */
function requireNotLaterThanOrder(state: HazardState, deadline: string): void {
  if (state.deadline && Date.parse(deadline) > Date.parse(state.deadline)) {
    throw badInput('deadline', `the rectification order set ${state.deadline}; a later deadline comes only through an extension request`);
  }
}

function requireAfter(field: string, value: string, reference: string, what: string): void {
  if (Date.parse(value) <= Date.parse(reference)) throw badInput(field, `must be after ${what} (${reference})`);
}

function requireStatus(state: HazardState, type: HazardCommand['type'], allowed: HazardState['status'][]): void {
  if (!allowed.includes(state.status)) throw notAllowed(state, type, allowed);
}

function requireNotPendingVerification(state: HazardState, type: HazardCommand['type']): void {
  if (state.pendingVerification) {
    throw invalidTransition(`${type} is not possible while the rectification of ${state.code} waits for verification`);
  }
}

function notAllowed(state: HazardState, type: HazardCommand['type'], allowed: HazardState['status'][]): DomainError {
  return invalidTransition(`${type} is not possible when hazard ${state.code} is ${state.status} (only when ${allowed.join(' or ')})`);
}

function describeRoles(meta: CommandMetadata): string {
  const roles = meta.actor.roles ?? [];
  return roles.length ? `a caller with roles ${roles.join(', ')}` : 'a caller without roles';
}
