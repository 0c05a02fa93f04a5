import {
  DUTY_ROLES,
  DUTY_ROLE_LABELS,
  type DutyLogEntry,
  INCIDENT_LEVEL_LABELS,
  type ResourceState,
  type RosterState,
  type Shift,
  lineReady,
  openHandoverItems,
  resourceReady,
} from '@hazard/domain';
import type { SavedDutyRoleRules } from '@hazard/administration';
import { maskPhone } from '../hazards/hazard.mapper';
import type { DutySummary } from './duty-summary.service';
import type { DutyLogEntryModel } from './models/duty-log.model';
import type { DutyRoleRulesModel } from './models/duty-role-rules.model';
import type { DutySummaryModel } from './models/duty-summary.model';
import type { EmergencyResourceModel } from './models/emergency-resource.model';
import type { DutyRosterModel, DutyShiftModel } from './models/roster.model';

function toDutyShiftModel(s: Shift, showPhones: boolean): DutyShiftModel {
  return {
    key: s.key,
    date: s.date,
    name: s.name,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    assignments: DUTY_ROLES.flatMap((role) => {
      const p = s.assignments[role];
      return p ? [{ role, roleLabel: DUTY_ROLE_LABELS[role], name: p.name, phone: showPhones ? p.phone : maskPhone(p.phone), presence: s.presence[role]?.status ?? null }] : [];
    }),
  };
}

export function toDutyRosterModel(s: RosterState, showPhones: boolean): DutyRosterModel {
  return {
    id: s.id,
    version: s.version,
    level: s.level,
    regionCode: s.regionCode,
    departmentCode: s.departmentCode,
    requiredRoles: s.requiredRoles,
    shifts: s.shifts.map((x) => toDutyShiftModel(x, showPhones)),
    swaps: s.swaps.map((w) => ({ id: w.id, shift: w.shift, role: w.role, fromName: w.from.name, toName: w.to.name, reason: w.reason, status: w.status })),
    handovers: s.handovers,
    openHandoverItems: openHandoverItems(s).map((x) => x.item),
  };
}

export const toDutyLogEntryModel = (e: DutyLogEntry, showPhones: boolean): DutyLogEntryModel => ({ ...e, reporterPhone: showPhones ? e.reporterPhone : maskPhone(e.reporterPhone) });

/** A resource with its readiness, and each stock line's, on `today` (a Beijing date). */
export function toEmergencyResourceModel(r: ResourceState, today: string): EmergencyResourceModel {
  return { ...r, stock: r.stock.map((l) => ({ ...l, ready: lineReady(l, today) })), ready: resourceReady(r, today) };
}

export const toDutyRoleRulesModel = (r: SavedDutyRoleRules): DutyRoleRulesModel => ({
  version: r.version,
  source: r.source,
  city: r.byLevel.CITY,
  district: r.byLevel.DISTRICT,
  savedAt: r.savedAt,
  savedBy: r.savedBy,
});

export function toDutySummaryModel(s: DutySummary, showPhones: boolean): DutySummaryModel {
  return {
    ...s,
    onDuty: s.onDuty.map((x) => toDutyShiftModel(x, showPhones)),
    incidentClocks: s.incidentClocks.map(({ level, ...c }) => ({ ...c, levelLabel: INCIDENT_LEVEL_LABELS[level] })),
  };
}
