import type { DutyChannel, DutyLevel, DutyPerson, DutyRole } from './commands';

export interface Shift {
  /** `<date>/<shift name>`, e.g. 2026-03-02/白班 */
  key: string;
  date: string;
  name: string;
  startsAt: string;
  endsAt: string;
  assignments: Partial<Record<DutyRole, DutyPerson>>;
  presence: Partial<Record<DutyRole, { status: 'ON_POST' | 'OFF_POST'; at: string }>>;
}

export interface Handover {
  id: string;
  fromShift: string;
  toShift: string;
  pendingItems: string[];
  notes: string | null;
  by: string;
  at: string;
  confirmedBy: string | null;
  confirmedAt: string | null;
}

export interface Swap {
  id: string;
  shift: string;
  role: DutyRole;
  from: DutyPerson;
  to: DutyPerson;
  reason: string;
  requestedBy: string;
  status: 'PENDING' | 'APPROVED' | 'DENIED';
}

export interface RosterState {
  id: string;
  version: number;
  level: DutyLevel;
  regionCode: string;
  departmentCode: string;
  requiredRoles: DutyRole[];
  from: string;
  to: string;
  shifts: Shift[];
  swaps: Swap[];
  handovers: Handover[];
}

/** The shift on duty at an instant, if the roster covers it. */
export const shiftAt = (state: RosterState, atMs: number): Shift | null => state.shifts.find((s) => Date.parse(s.startsAt) <= atMs && atMs < Date.parse(s.endsAt)) ?? null;

/** Items handed over and not yet confirmed by the incoming shift: still open. */
export const openHandoverItems = (state: RosterState): { handover: string; item: string }[] =>
  state.handovers.filter((h) => !h.confirmedAt).flatMap((h) => h.pendingItems.map((item) => ({ handover: h.id, item })));

/** One call or message the duty desk received (值班记录), as recorded; notifications are added as they are made. */
export interface DutyLogEntry {
  id: string;
  version: number;
  regionCode: string;
  departmentCode: string;
  receivedAt: string;
  channel: DutyChannel;
  reporter: string;
  reporterPhone: string | null;
  place: string | null;
  summary: string;
  casualties: { deaths: number; injuries: number; missing: number };
  measures: string | null;
  instructions: string | null;
  incidentId: string | null;
  hazardId: string | null;
  majorHazardSourceId: string | null;
  notified: { whom: string; at: string; by: string }[];
}
