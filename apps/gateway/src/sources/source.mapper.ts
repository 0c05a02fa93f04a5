import { RESPONSIBLE_ROLES, RESPONSIBLE_ROLE_LABELS, type SiteVerification, patrolOverdueReasons } from '@hazard/domain';
import type { SavedPatrolCadence } from '@hazard/administration';
import { toRegisterEvent } from '../common/register-event.mapper';
import { maskPhone } from '../hazards/hazard.mapper';
import type { MajorHazardSourceModel } from './models/major-hazard-source.model';
import type { PatrolCadenceModel } from './models/patrol-cadence.model';
import type { SiteVerificationModel } from './models/site-verification.model';
import type { SourceView } from './sources.service';

/** A site verification as GraphQL shows it: each verifier with their unit, if they named one. */
export function toSiteVerificationModel(v: (SiteVerification & { at: string }) | undefined): SiteVerificationModel | null {
  return v ? { ...v, verifiers: v.verifiers.map((x) => (x.unit ? `${x.name}（${x.unit}）` : x.name)) } : null;
}

export function toSourceModel({ state, events, patrol, now }: SourceView, showPhones: boolean): MajorHazardSourceModel {
  const reasons = patrolOverdueReasons(state, now, patrol.cadence, patrol.holidays, patrol.events);
  const overdue = RESPONSIBLE_ROLES.filter((role) => reasons[role] !== undefined);
  const a = state.assessment;
  return {
    id: state.id,
    version: state.version,
    name: state.name,
    enterpriseName: state.enterpriseName,
    enterpriseCreditCode: state.enterpriseCreditCode,
    unitKind: state.unitKind,
    location: state.location,
    regionCode: state.regionCode,
    departmentCode: state.departmentCode,
    registeredAt: state.registeredAt,
    assessment: a
      ? { standard: a.standard, assessedAt: a.at, population500m: a.population500m, ...a.result, terms: a.terms, trigger: a.trigger, reassessBy: a.reassessBy }
      : null,
    assessmentCount: state.assessments,
    reassessmentDue: !a || Date.parse(a.reassessBy) < now,
    responsiblePersons: RESPONSIBLE_ROLES.flatMap((role) => {
      const p = state.responsible[role];
      if (!p) return [];
      return [{ role, roleLabel: RESPONSIBLE_ROLE_LABELS[role], name: p.name, phone: showPhones ? p.phone : maskPhone(p.phone), since: p.since, lastPatrolAt: state.lastPatrol[role] ?? null, patrolOverdue: overdue.includes(role), patrolOverdueReason: reasons[role] ?? null }];
    }),
    vacantRoles: RESPONSIBLE_ROLES.filter((role) => !state.responsible[role]),
    overduePatrols: overdue,
    siteVerification: toSiteVerificationModel(state.siteVerification),
    siteVerificationCount: state.siteVerifications ?? 0,
    history: events
      ? events.map((e) =>
          toRegisterEvent(e, !showPhones && e.type === 'ResponsiblePersonAssigned' ? { ...(e.data as object), phone: maskPhone((e.data as { phone?: string | null }).phone) } : e.data),
        )
      : null,
  };
}

export const toPatrolCadenceModel = (c: SavedPatrolCadence): PatrolCadenceModel => ({
  ...c,
  rules: c.rules.map((r) => ({ ...r, beforeMajorEventsWithinDays: r.beforeMajorEventsWithinDays ?? null })),
});
