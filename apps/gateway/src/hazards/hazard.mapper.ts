import { type HazardState, hazardIdFromStreamId, isOpenStatus, nextDue } from '../../../../libs/domain/src';
import type { StoredEvent } from '../../../../libs/event-store/src';
import type { HazardEventModel } from './models/hazard-event.model';
import type { HazardModel } from './models/hazard.model';

export function isOverdue(state: HazardState, now: Date): boolean {
  return isOpenStatus(state.status) && state.deadline !== null && Date.parse(state.deadline) < now.getTime();
}

export function toHazardModel(state: HazardState, now: Date): HazardModel {
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
    location: state.location,
    judgementBasis: state.judgementBasis,
    reportedAt: state.reportedAt,
    reportedBy: state.reportedBy,
    listing: state.listing,
    originalDeadline: state.originalDeadline,
    plan: state.plan ? { ...state.plan, responsiblePhone: state.plan.responsiblePhone ?? null, fundingSource: state.plan.fundingSource ?? null } : null,
    supervisedAt: state.supervisedAt,
    progressPercent: state.progressPercent,
    submission: state.submission,
    rejectionCount: state.rejectionCount,
    extensionRequest: state.extensionRequest,
    extensionsApproved: state.extensionsApproved,
    suspension: state.suspension
      ? { ...state.suspension, lastMissedAt: state.suspension.lastMissedAt ?? null, monitors: state.suspension.monitors.map((m) => ({ name: m.name, phone: m.phone ?? null })) }
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
  };
}

function clock(state: HazardState) {
  const due = isOpenStatus(state.status) ? nextDue(state) : null;
  return due ? { kind: due.kind, dueAt: due.dueAt, level: due.level ?? null } : null;
}

export function toHazardEventModel(event: StoredEvent): HazardEventModel {
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
    data: event.data,
    metadata: event.metadata,
    eventId: event.eventId,
    commandId: metadata.commandId,
    prevHash: event.prevHash,
    hash: event.hash,
  };
}
