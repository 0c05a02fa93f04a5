import { duration } from '../shared/duration';
import { badInput } from '../shared/errors';
import type { CommandMetadata } from '../shared/metadata';
import { assertNever } from '../shared/never';
import { DISCOVERY_SOURCES, ENFORCEMENT_KINDS, HAZARD_LEVELS, LISTING_LEVELS, SECTORS, SUSPENSION_SCOPES } from '../shared/reference';
import { bool, calendarDate, code, creditCode, evidenceHashes, finiteNumber, instant, integer, oneOf, optionalInstant, optionalText, phone, requiredText } from '../shared/validation';
import {
  type HazardCommand,
  type HazardOrigin,
  type ListHazardData,
  ORIGIN_KINDS,
  type RecordEnforcementData,
  type RecordStandbyCheckData,
  type RectificationOrder,
  type RectificationPlan,
  type ReportHazardData,
  type ResumeOperationsData,
  type StandbyMonitor,
  type SuspendOperationsData,
} from './commands';
import { validatePolicySnapshot } from './policy';
import type { HazardState } from './state';

/*
 * A hazard command's input, checked apart from the transitions: `validateCommand` and
 * `validateMetadata` need no state (the gateway calls them for early answers), the `require…`
 * rules below compare the data with the state; `decide` calls them all, so the workflow never
 * trusts its caller.
 */

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
/** How often a plan may ask for progress: from a second (tests) to a quarter. */
export const PROGRESS_CADENCE_BOUNDS = { minMs: 1_000, maxMs: 92 * DAY_MS };

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
        ...(d.plan.progressEvery !== undefined && d.plan.progressEvery !== null
          ? { progressEvery: duration('plan.progressEvery', d.plan.progressEvery, PROGRESS_CADENCE_BOUNDS) }
          : {}),
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
    case 'VerifyRectification': {
      const d = command.data;
      const a = d.acceptance;
      return {
        type: command.type,
        data: {
          accepted: bool('accepted', d.accepted),
          note: requiredText('note', d.note, NOTE),
          ...(a !== undefined && a !== null
            ? {
                acceptance: {
                  acceptedBy: requiredText('acceptance.acceptedBy', a.acceptedBy, SHORT),
                  opinion: requiredText('acceptance.opinion', a.opinion, NOTE),
                  acceptedOn: calendarDate('acceptance.acceptedOn', a.acceptedOn),
                },
              }
            : {}),
          ...(d.delegatedBy !== undefined && d.delegatedBy !== null ? { delegatedBy: requiredText('delegatedBy', d.delegatedBy, SHORT) } : {}),
        },
      };
    }
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
      const data: SuspendOperationsData = {
        scope: oneOf('scope', d.scope, SUSPENSION_SCOPES),
        reason: requiredText('reason', d.reason, NOTE),
        monitors: validateMonitors(d.monitors),
        checkInterval: duration('checkInterval', d.checkInterval, STANDBY_INTERVAL_BOUNDS),
      };
      return { type: command.type, data };
    }
    case 'RotateStandbyMonitors':
      return { type: command.type, data: { monitors: validateMonitors(command.data.monitors), reason: requiredText('reason', command.data.reason, NOTE) } };
    case 'ResumeOperations': {
      const d = command.data;
      const data: ResumeOperationsData = {
        reviewedBy: requiredText('reviewedBy', d.reviewedBy, SHORT),
        opinion: requiredText('opinion', d.opinion, NOTE),
        reviewedOn: calendarDate('reviewedOn', d.reviewedOn),
      };
      return { type: command.type, data };
    }
    case 'RequestRegrade':
      return { type: command.type, data: { level: oneOf('level', command.data.level, HAZARD_LEVELS), reason: requiredText('reason', command.data.reason, NOTE) } };
    case 'DecideRegrade':
      return { type: command.type, data: { approved: bool('approved', command.data.approved), note: optionalText('note', command.data.note, NOTE) } };
    case 'TransferHazard': {
      const d = command.data;
      const regionCode = d.regionCode === undefined || d.regionCode === null ? null : code('regionCode', d.regionCode);
      const departmentCode = d.departmentCode === undefined || d.departmentCode === null ? null : code('departmentCode', d.departmentCode);
      if (!regionCode && !departmentCode) throw badInput('regionCode', 'name the region or the department the hazard goes to');
      return { type: command.type, data: { regionCode, departmentCode, reason: requiredText('reason', d.reason, NOTE) } };
    }
    case 'IssueSupervisionLetter':
      return {
        type: command.type,
        data: { documentNumber: requiredText('documentNumber', command.data.documentNumber, { max: 100 }), addressee: requiredText('addressee', command.data.addressee, SHORT) },
      };
    case 'RecordInterview':
      return {
        type: command.type,
        data: {
          interviewee: requiredText('interviewee', command.data.interviewee, SHORT),
          heldAt: instant('heldAt', command.data.heldAt),
          minutes: requiredText('minutes', command.data.minutes, LONG),
        },
      };
    case 'RaiseListingLevel':
      return {
        type: command.type,
        data: { listingLevel: oneOf('listingLevel', command.data.listingLevel, LISTING_LEVELS), documentNumber: requiredText('documentNumber', command.data.documentNumber, { max: 100 }) },
      };
    case 'AmendEnterprise': {
      const d = command.data;
      const enterpriseName = optionalText('enterpriseName', d.enterpriseName, SHORT);
      const enterpriseCreditCode = creditCode('enterpriseCreditCode', d.enterpriseCreditCode);
      if (!enterpriseName && !enterpriseCreditCode) throw badInput('enterpriseName', 'name the corrected enterprise name or credit code');
      return { type: command.type, data: { enterpriseName, enterpriseCreditCode, reason: requiredText('reason', d.reason, NOTE) } };
    }
    case 'RecordStandbyCheck': {
      const d = command.data;
      const data: RecordStandbyCheckData = {
        monitor: requiredText('monitor', d.monitor, { max: 100 }),
        productionObserved: bool('productionObserved', d.productionObserved),
        note: optionalText('note', d.note, NOTE),
        location: optionalText('location', d.location, { max: 500 }),
      };
      // photos of the check (README "Evidence files"); absent rather than empty, so checks without any read as before
      const evidence = evidenceHashes('evidenceHashes', d.evidenceHashes);
      return { type: command.type, data: evidence.length > 0 ? { ...data, evidenceHashes: evidence } : data };
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
      const penalties = d.enterprisePenalties;
      if (penalties !== undefined && penalties !== null && (!Array.isArray(penalties) || penalties.length > 1000)) throw badInput('enterprisePenalties', 'must be a list of penalties');
      const data: RecordEnforcementData = {
        kind,
        amount,
        note: optionalText('note', d.note, NOTE),
        decisionNumber: optionalText('decisionNumber', d.decisionNumber, { max: 100 }),
        enterpriseFines: fines.map((f, i) => instant(`enterpriseFines[${i}]`, f)),
        ...(penalties
          ? {
              enterprisePenalties: penalties.map((p, i) => ({
                at: instant(`enterprisePenalties[${i}].at`, p?.at),
                kind: oneOf(`enterprisePenalties[${i}].kind`, p?.kind, ENFORCEMENT_KINDS),
                decisionNumber: optionalText(`enterprisePenalties[${i}].decisionNumber`, p?.decisionNumber, { max: 100 }),
              })),
            }
          : {}),
      };
      return { type: command.type, data };
    }
    case 'CancelHazard':
      return { type: command.type, data: { reason: requiredText('reason', command.data.reason, NOTE) } };
    default:
      return assertNever(command);
  }
}

/** Standby monitors (盯守人员): at least one, each named once. */
function validateMonitors(value: unknown): StandbyMonitor[] {
  if (!Array.isArray(value) || value.length === 0) throw badInput('monitors', 'a suspension needs at least one standby monitor (盯守人员)');
  if (value.length > MAX_MONITORS) throw badInput('monitors', `must name at most ${MAX_MONITORS} monitors`);
  const names = new Set<string>();
  return value.map((m, i) => {
    const name = requiredText(`monitors[${i}].name`, m?.name, { max: 100 });
    if (names.has(name)) throw badInput(`monitors[${i}].name`, `${name} is named twice`);
    names.add(name);
    const account = optionalText(`monitors[${i}].account`, m?.account, { max: 200 });
    return { name, phone: phone(`monitors[${i}].phone`, m?.phone), ...(account ? { account } : {}) };
  });
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

function futureDeadline(field: string, value: unknown, meta: CommandMetadata): string {
  const deadline = instant(field, value);
  const t = Date.parse(deadline);
  const reference = Date.parse(meta.occurredAt ?? meta.now);
  if (t <= reference) throw badInput(field, 'must be in the future');
  if (t > Date.parse(meta.now) + MAX_DEADLINE_HORIZON_MS) throw badInput(field, 'must be within five years');
  return deadline;
}

/** A rectification order's deadline may be shortened by a listing or a supervision, never lengthened but by an extension. */
export function requireNotLaterThanOrder(state: HazardState, deadline: string): void {
  if (state.deadline && Date.parse(deadline) > Date.parse(state.deadline)) {
    throw badInput('deadline', `the rectification order set ${state.deadline}; a later deadline comes only through an extension request`);
  }
}

/** A data rule against the state: `value` must come after `reference` (the finding, the current deadline). */
export function requireAfter(field: string, value: string, reference: string, what: string): void {
  if (Date.parse(value) <= Date.parse(reference)) throw badInput(field, `must be after ${what} (${reference})`);
}

/**
 * The deadline a supervision runs to, once the preconditions let it through (LISTED, or FOUND and
 * GENERAL): a listed hazard keeps its listing's; an unlisted one takes the deadline given, or else
 * its rectification order's.
 */
export function supervisionDeadline(state: HazardState, deadline: string | null | undefined): string {
  if (state.status === 'LISTED') {
    if (deadline) throw badInput('deadline', 'a listed hazard keeps the deadline of its listing; a deadline moves only through an extension request');
    return state.deadline as string;
  }
  if (deadline) {
    requireAfter('deadline', deadline, state.foundAt, 'the finding');
    requireNotLaterThanOrder(state, deadline);
    return deadline;
  }
  if (state.deadline) return state.deadline; // the rectification order's
  throw badInput('deadline', 'an unlisted GENERAL hazard needs a rectification deadline');
}

/** 五落实: a MAJOR hazard's plan secures funding (资金落实). */
export function requireSecuredFunding(state: HazardState, plan: RectificationPlan): void {
  if (state.level === 'MAJOR' && !(plan.fundingAmount > 0)) {
    throw badInput('plan.fundingAmount', 'a MAJOR hazard plan must secure funding (五落实: 资金落实)');
  }
}

/** A standby check is recorded by a monitor the suspension named. */
export function requireRosteredMonitor(state: HazardState, monitor: string): void {
  const roster = state.suspension?.monitors.map((m) => m.name) ?? [];
  if (!roster.includes(monitor)) {
    throw badInput('monitor', `${monitor} is not on the standby roster (${roster.join(', ')})`);
  }
}
