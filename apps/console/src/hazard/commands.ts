import type { TypedDocumentNode } from 'urql';
import type { ExistingHazardCommand } from '@hazard/domain';
import type { HazardDetailFieldsFragment } from '../gql/graphql';
import { fromBeijingLocal } from '../time';
import * as ops from './operations';

/** One input of a command form. Values are kept as strings while typed; `toInput` converts them. */
export interface FieldSpec {
  name: string;
  kind: 'text' | 'textarea' | 'number' | 'datetime' | 'select' | 'monitors' | 'files';
  required?: boolean;
  /** select: value → i18n key of its label */
  options?: { value: string; label: string }[];
  min?: number;
  max?: number;
  initial?: string;
}

export interface CommandSpec {
  command: ExistingHazardCommand;
  mutation: TypedDocumentNode<any, { input: any }>;
  /** The result field of the mutation (`listHazard` …). */
  field: string;
  fields: (hazard: HazardDetailFieldsFragment) => FieldSpec[];
  toInput: (values: Record<string, string>) => Record<string, unknown>;
  danger?: boolean;
}

const yesNo = [
  { value: 'true', label: 'translation:common.yes' },
  { value: 'false', label: 'translation:common.no' },
];
const enumOptions = (prefix: string, values: string[]) => values.map((value) => ({ value, label: `translation:${prefix}.${value}` }));
const optional = (s: string | undefined) => (s && s.trim() ? s.trim() : null);
const lines = (s: string | undefined) => (s ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
/** Monitors typed one per line as name,phone[,account] (the account of one who records their own checks, e.g. the enterprise's safety manager). */
const monitorsOf = (s: string | undefined) =>
  lines(s).map((l) => {
    const [name, phone, account] = l.split(/[,，]/).map((part) => part.trim());
    return { name, phone: phone || null, ...(account ? { account } : {}) };
  });
/** Today in Beijing, YYYY-MM-DD: the default date of an acceptance or a review. */
const beijingToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

export const COMMAND_SPECS: Record<ExistingHazardCommand, CommandSpec> = {
  ListHazard: {
    command: 'ListHazard',
    mutation: ops.ListHazardMutation,
    field: 'listHazard',
    fields: () => [
      { name: 'listingLevel', kind: 'select', required: true, options: enumOptions('listingLevel', ['COUNTY', 'CITY', 'PROVINCE']), initial: 'CITY' },
      { name: 'supervisingUnit', kind: 'text', required: true },
      { name: 'documentNumber', kind: 'text' },
      { name: 'deadline', kind: 'datetime', required: true },
    ],
    toInput: (v) => ({ listingLevel: v.listingLevel, supervisingUnit: v.supervisingUnit.trim(), documentNumber: optional(v.documentNumber), deadline: fromBeijingLocal(v.deadline) }),
  },
  SuperviseHazard: {
    command: 'SuperviseHazard',
    mutation: ops.SuperviseHazardMutation,
    field: 'superviseHazard',
    fields: (h) => [
      { name: 'responsibleUnit', kind: 'text', required: true },
      { name: 'responsiblePerson', kind: 'text', required: true },
      { name: 'responsiblePhone', kind: 'text' },
      { name: 'measures', kind: 'textarea', required: true },
      { name: 'fundingAmount', kind: 'number', required: true, min: 0 },
      { name: 'fundingSource', kind: 'text' },
      { name: 'contingencyPlan', kind: 'textarea', required: true },
      { name: 'progressEvery', kind: 'text' },
      // only an unlisted GENERAL hazard takes its deadline here; a listed one keeps its listing's
      ...(h.status === 'FOUND' ? [{ name: 'deadline', kind: 'datetime' as const, required: !h.deadline }] : []),
    ],
    toInput: (v) => ({
      plan: {
        responsibleUnit: v.responsibleUnit.trim(),
        responsiblePerson: v.responsiblePerson.trim(),
        responsiblePhone: optional(v.responsiblePhone),
        measures: v.measures.trim(),
        fundingAmount: Number(v.fundingAmount),
        fundingSource: optional(v.fundingSource),
        contingencyPlan: v.contingencyPlan.trim(),
        ...(optional(v.progressEvery) ? { progressEvery: v.progressEvery.trim() } : {}),
      },
      ...(v.deadline ? { deadline: fromBeijingLocal(v.deadline) } : {}),
    }),
  },
  RectifyOnSpot: {
    command: 'RectifyOnSpot',
    mutation: ops.RectifyOnSpotMutation,
    field: 'rectifyOnSpot',
    fields: () => [
      { name: 'summary', kind: 'textarea', required: true },
      { name: 'evidenceHashes', kind: 'files' },
    ],
    toInput: (v) => ({ summary: v.summary.trim(), evidenceHashes: lines(v.evidenceHashes) }),
  },
  ReportProgress: {
    command: 'ReportProgress',
    mutation: ops.ReportProgressMutation,
    field: 'reportProgress',
    fields: (h) => [
      { name: 'percent', kind: 'number', required: true, min: 0, max: 100, initial: String(h.progressPercent) },
      { name: 'note', kind: 'textarea', required: true },
    ],
    toInput: (v) => ({ percent: Number(v.percent), note: v.note.trim() }),
  },
  SubmitRectification: {
    command: 'SubmitRectification',
    mutation: ops.SubmitRectificationMutation,
    field: 'submitRectification',
    fields: () => [
      { name: 'summary', kind: 'textarea', required: true },
      { name: 'evidenceHashes', kind: 'files' },
    ],
    toInput: (v) => ({ summary: v.summary.trim(), evidenceHashes: lines(v.evidenceHashes) }),
  },
  VerifyRectification: {
    command: 'VerifyRectification',
    mutation: ops.VerifyRectificationMutation,
    field: 'verifyRectification',
    // a listed major hazard is closed on an acceptance record (README "The closed loop")
    fields: (h) => [
      { name: 'accepted', kind: 'select', required: true, options: yesNo, initial: 'true' },
      { name: 'note', kind: 'textarea', required: true },
      ...(h.level === 'MAJOR' && h.listing
        ? ([
            { name: 'acceptedBy', kind: 'text' },
            { name: 'acceptanceOpinion', kind: 'textarea' },
            { name: 'acceptedOn', kind: 'text', initial: beijingToday() },
            { name: 'delegatedBy', kind: 'text' },
          ] satisfies FieldSpec[])
        : []),
    ],
    toInput: (v) => ({
      accepted: v.accepted === 'true',
      note: v.note.trim(),
      ...(optional(v.acceptedBy) ? { acceptance: { acceptedBy: v.acceptedBy.trim(), opinion: (v.acceptanceOpinion ?? '').trim(), acceptedOn: (v.acceptedOn ?? '').trim() } } : {}),
      ...(optional(v.delegatedBy) ? { delegatedBy: v.delegatedBy.trim() } : {}),
    }),
  },
  RequestDeadlineExtension: {
    command: 'RequestDeadlineExtension',
    mutation: ops.RequestDeadlineExtensionMutation,
    field: 'requestDeadlineExtension',
    fields: () => [
      { name: 'requestedDeadline', kind: 'datetime', required: true },
      { name: 'reason', kind: 'textarea', required: true },
    ],
    toInput: (v) => ({ requestedDeadline: fromBeijingLocal(v.requestedDeadline), reason: v.reason.trim() }),
  },
  DecideDeadlineExtension: {
    command: 'DecideDeadlineExtension',
    mutation: ops.DecideDeadlineExtensionMutation,
    field: 'decideDeadlineExtension',
    fields: () => [
      { name: 'approved', kind: 'select', required: true, options: yesNo, initial: 'true' },
      { name: 'note', kind: 'textarea' },
    ],
    toInput: (v) => ({ approved: v.approved === 'true', note: optional(v.note) }),
  },
  SuspendOperations: {
    command: 'SuspendOperations',
    mutation: ops.SuspendOperationsMutation,
    field: 'suspendOperations',
    fields: () => [
      { name: 'scope', kind: 'select', required: true, options: enumOptions('scope', ['PARTIAL', 'FULL']), initial: 'FULL' },
      { name: 'reason', kind: 'textarea', required: true },
      { name: 'monitors', kind: 'monitors', required: true },
      { name: 'checkInterval', kind: 'text', required: true, initial: 'PT24H' },
    ],
    toInput: (v) => ({
      scope: v.scope,
      reason: v.reason.trim(),
      checkInterval: v.checkInterval.trim(),
      monitors: monitorsOf(v.monitors),
    }),
    danger: true,
  },
  RecordStandbyCheck: {
    command: 'RecordStandbyCheck',
    mutation: ops.RecordStandbyCheckMutation,
    field: 'recordStandbyCheck',
    fields: (h) => [
      { name: 'monitor', kind: 'select', required: true, options: (h.suspension?.monitors ?? []).map((m) => ({ value: m.name, label: m.name })), initial: h.suspension?.monitors[0]?.name },
      { name: 'productionObserved', kind: 'select', required: true, options: yesNo, initial: 'false' },
      { name: 'note', kind: 'textarea' },
      { name: 'evidenceHashes', kind: 'files' },
    ],
    toInput: (v) => ({ monitor: v.monitor, productionObserved: v.productionObserved === 'true', note: optional(v.note), evidenceHashes: lines(v.evidenceHashes) }),
  },
  RecordEnforcement: {
    command: 'RecordEnforcement',
    mutation: ops.RecordEnforcementMutation,
    field: 'recordEnforcement',
    fields: () => [
      { name: 'kind', kind: 'select', required: true, options: enumOptions('enforcement', ['WARNING', 'FINE', 'SUSPENSION_FOR_RECTIFICATION', 'CLOSURE']), initial: 'WARNING' },
      { name: 'amount', kind: 'number', min: 0 },
      { name: 'decisionNumber', kind: 'text' },
      { name: 'note', kind: 'textarea' },
    ],
    toInput: (v) => ({ kind: v.kind, amount: v.amount ? Number(v.amount) : null, decisionNumber: optional(v.decisionNumber), note: optional(v.note) }),
    danger: true,
  },
  CancelHazard: {
    command: 'CancelHazard',
    mutation: ops.CancelHazardMutation,
    field: 'cancelHazard',
    fields: () => [{ name: 'reason', kind: 'textarea', required: true }],
    toInput: (v) => ({ reason: v.reason.trim() }),
    danger: true,
  },
  ResumeOperations: {
    command: 'ResumeOperations',
    mutation: ops.ResumeOperationsMutation,
    field: 'resumeOperations',
    fields: () => [
      { name: 'reviewedBy', kind: 'text', required: true },
      { name: 'opinion', kind: 'textarea', required: true },
      { name: 'reviewedOn', kind: 'text', required: true, initial: beijingToday() },
    ],
    toInput: (v) => ({ reviewedBy: v.reviewedBy.trim(), opinion: v.opinion.trim(), reviewedOn: v.reviewedOn.trim() }),
  },
  RotateStandbyMonitors: {
    command: 'RotateStandbyMonitors',
    mutation: ops.RotateStandbyMonitorsMutation,
    field: 'rotateStandbyMonitors',
    fields: () => [
      { name: 'monitors', kind: 'monitors', required: true },
      { name: 'reason', kind: 'textarea', required: true },
    ],
    toInput: (v) => ({ reason: v.reason.trim(), monitors: monitorsOf(v.monitors) }),
  },
  RequestRegrade: {
    command: 'RequestRegrade',
    mutation: ops.RequestRegradeMutation,
    field: 'requestRegrade',
    fields: (h) => [
      { name: 'level', kind: 'select', required: true, options: enumOptions('level', ['GENERAL', 'MAJOR']), initial: h.level === 'MAJOR' ? 'GENERAL' : 'MAJOR' },
      { name: 'reason', kind: 'textarea', required: true },
    ],
    toInput: (v) => ({ level: v.level, reason: v.reason.trim() }),
  },
  DecideRegrade: {
    command: 'DecideRegrade',
    mutation: ops.DecideRegradeMutation,
    field: 'decideRegrade',
    fields: () => [
      { name: 'approved', kind: 'select', required: true, options: yesNo, initial: 'true' },
      { name: 'note', kind: 'textarea' },
    ],
    toInput: (v) => ({ approved: v.approved === 'true', note: optional(v.note) }),
  },
  TransferHazard: {
    command: 'TransferHazard',
    mutation: ops.TransferHazardMutation,
    field: 'transferHazard',
    fields: (h) => [
      { name: 'regionCode', kind: 'text', initial: h.regionCode },
      { name: 'departmentCode', kind: 'text', initial: h.departmentCode },
      { name: 'reason', kind: 'textarea', required: true },
    ],
    toInput: (v) => ({ regionCode: optional(v.regionCode), departmentCode: optional(v.departmentCode), reason: v.reason.trim() }),
  },
  AmendEnterprise: {
    command: 'AmendEnterprise',
    mutation: ops.AmendEnterpriseMutation,
    field: 'amendEnterprise',
    fields: (h) => [
      { name: 'enterpriseName', kind: 'text', initial: h.enterpriseName },
      { name: 'enterpriseCreditCode', kind: 'text', initial: h.enterpriseCreditCode ?? '' },
      { name: 'reason', kind: 'textarea', required: true },
    ],
    toInput: (v) => ({ enterpriseName: optional(v.enterpriseName), enterpriseCreditCode: optional(v.enterpriseCreditCode), reason: v.reason.trim() }),
  },
  IssueSupervisionLetter: {
    command: 'IssueSupervisionLetter',
    mutation: ops.IssueSupervisionLetterMutation,
    field: 'issueSupervisionLetter',
    fields: (h) => [
      { name: 'documentNumber', kind: 'text', required: true },
      { name: 'addressee', kind: 'text', required: true, initial: h.enterpriseName },
    ],
    toInput: (v) => ({ documentNumber: v.documentNumber.trim(), addressee: v.addressee.trim() }),
  },
  RecordInterview: {
    command: 'RecordInterview',
    mutation: ops.RecordInterviewMutation,
    field: 'recordInterview',
    fields: () => [
      { name: 'interviewee', kind: 'text', required: true },
      { name: 'heldAt', kind: 'datetime', required: true },
      { name: 'minutes', kind: 'textarea', required: true },
    ],
    toInput: (v) => ({ interviewee: v.interviewee.trim(), heldAt: fromBeijingLocal(v.heldAt), minutes: v.minutes.trim() }),
  },
  RaiseListingLevel: {
    command: 'RaiseListingLevel',
    mutation: ops.RaiseListingLevelMutation,
    field: 'raiseListingLevel',
    fields: () => [
      { name: 'listingLevel', kind: 'select', required: true, options: enumOptions('listingLevel', ['CITY', 'PROVINCE']), initial: 'CITY' },
      { name: 'documentNumber', kind: 'text', required: true },
    ],
    toInput: (v) => ({ listingLevel: v.listingLevel, documentNumber: v.documentNumber.trim() }),
  },
};

/** Checks a form before it is sent; answers field → message key (the server checks again). */
export function validate(fields: FieldSpec[], values: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const f of fields) {
    const v = (values[f.name] ?? '').trim();
    if (!v) {
      if (f.required) errors[f.name] = 'required';
      continue;
    }
    if (f.kind === 'number') {
      const n = Number(v);
      if (!Number.isFinite(n)) errors[f.name] = 'number';
      else if ((f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max)) errors[f.name] = 'range';
    }
    if (f.kind === 'datetime' && !fromBeijingLocal(v)) errors[f.name] = 'datetime';
    if (f.kind === 'monitors' && lines(v).some((l) => !l.split(/[,，]/)[0].trim())) errors[f.name] = 'monitors';
  }
  return errors;
}

/** An idempotency key (crypto.randomUUID needs Chrome 92; the target is 89). */
export function newIdempotencyKey(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
