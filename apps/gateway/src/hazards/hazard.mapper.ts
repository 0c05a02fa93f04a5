import { type HazardState, type StandbyMonitor, hazardIdFromStreamId, isOpenStatus, mayPerform, nextDue } from '@hazard/domain';
import type { Principal } from '../auth/principal';
import type { StoredEvent } from '@hazard/event-store';
import type { HazardEventModel } from './models/hazard-event.model';
import type { HazardModel } from './models/hazard.model';

export function isOverdue(state: HazardState, now: Date): boolean {
  return isOpenStatus(state.status) && state.deadline !== null && Date.parse(state.deadline) < now.getTime();
}

/** 13812345678 → 138****5678: enough to recognise a number, not enough to call it. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  if (phone.length >= 11) return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
  if (phone.length >= 6) return `${'*'.repeat(phone.length - 2)}${phone.slice(-2)}`;
  return '*'.repeat(phone.length);
}

export interface ViewOptions {
  /** Hide personal data (phone numbers) from roles that do not need it. */
  maskPersonalData: boolean;
}

export const viewFor = (principal: Principal): ViewOptions => ({ maskPersonalData: !mayPerform(principal.roles, 'readPersonalData') });

export function toHazardModel(state: HazardState, now: Date, view: ViewOptions = { maskPersonalData: true }): HazardModel {
  const phone = (p: string | null | undefined) => (view.maskPersonalData ? maskPhone(p) : (p ?? null));
  const monitorView = (m: StandbyMonitor) => ({ name: m.name, phone: phone(m.phone), account: m.account ?? null });
  return {
    id: state.id,
    code: state.code,
    title: state.title,
    description: state.description,
    status: state.status,
    level: state.level,
    sector: state.sector,
    regionCode: state.regionCode,
    departmentCode: state.departmentCode,
    enterpriseName: state.enterpriseName,
    enterpriseCreditCode: state.enterpriseCreditCode,
    foundAt: state.foundAt,
    deadline: state.deadline,
    overdue: isOverdue(state, now),
    escalationLevel: state.escalationLevel,
    pendingVerification: state.pendingVerification,
    version: state.version,
    source: state.source,
    origin: state.origin ?? null,
    rectificationOrder: state.rectificationOrder ?? null,
    location: state.location,
    judgementBasis: state.judgementBasis,
    reportedAt: state.reportedAt,
    reportedBy: state.reportedBy,
    listing: state.listing,
    originalDeadline: state.originalDeadline,
    plan: state.plan
      ? { ...state.plan, responsiblePhone: phone(state.plan.responsiblePhone), fundingSource: state.plan.fundingSource ?? null, progressEvery: state.plan.progressEvery ?? null }
      : null,
    supervisedAt: state.supervisedAt,
    progressPercent: state.progressPercent,
    submission: state.submission,
    rejectionCount: state.rejectionCount,
    extensionRequest: state.extensionRequest,
    extensionsApproved: state.extensionsApproved,
    suspension: state.suspension
      ? {
          ...state.suspension,
          lastMissedAt: state.suspension.lastMissedAt ?? null,
          monitors: state.suspension.monitors.map(monitorView),
          resumedAt: state.suspension.resumedAt ?? null,
          resumption: state.suspension.resumption ?? null,
          rotations: (state.suspension.rotations ?? []).map((r) => ({ ...r, previous: r.previous.map(monitorView) })),
        }
      : null,
    enforcementActions: state.enforcement,
    rectifiedAt: state.rectifiedAt,
    verifiedBy: state.verifiedBy,
    cancelledAt: state.cancelledAt,
    cancelReason: state.cancelReason,
    updatedAt: state.updatedAt,
    escalations: state.escalations ?? [],
    policy: state.policy ? { id: state.policy.id, version: state.policy.version, warnings: state.policy.warnings } : null,
    nextClock: clock(state),
    closureRecommendedAt: state.closureRecommendedAt ?? null,
    acceptance: state.acceptance ?? null,
    closedUnderDelegation: state.closedUnderDelegation ?? null,
    regradeRequest: state.regradeRequest ?? null,
    suspendedHours: state.suspendedHours ?? 0,
    lastProgressAt: state.lastProgressAt ?? null,
    acts: state.acts ?? [],
    requiredActs: state.requiredActs ?? [],
  };
}

function clock(state: HazardState) {
  const due = isOpenStatus(state.status) ? nextDue(state) : null;
  return due ? { kind: due.kind, dueAt: due.dueAt, level: due.level ?? null } : null;
}

function maskEventData(type: string, data: unknown): unknown {
  const d = data as Record<string, any>;
  if (type === 'HazardSupervised' && d?.plan) return { ...d, plan: { ...d.plan, responsiblePhone: maskPhone(d.plan.responsiblePhone) } };
  if (type === 'OperationsSuspended' && Array.isArray(d?.monitors)) return { ...d, monitors: d.monitors.map((m: any) => ({ ...m, phone: maskPhone(m.phone) })) };
  return data;
}

export function toHazardEventModel(event: StoredEvent, view: ViewOptions = { maskPersonalData: true }): HazardEventModel {
  const metadata = event.metadata as { commandId: string; occurredAt: string; recordedAt: string; actor: { sub: string; name: string; roles: never[] } };
  return {
    hazardId: hazardIdFromStreamId(event.streamId),
    version: event.version,
    type: event.type,
    occurredAt: metadata.occurredAt,
    recordedAt: metadata.recordedAt,
    actor: metadata.actor.sub,
    actorName: metadata.actor.name,
    actorRoles: metadata.actor.roles ?? [],
    data: view.maskPersonalData ? maskEventData(event.type, event.data) : event.data,
    metadata: event.metadata,
    eventId: event.eventId,
    commandId: metadata.commandId,
    prevHash: event.prevHash,
    hash: event.hash,
  };
}
