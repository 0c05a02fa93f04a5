import type { Actor, CommandMetadata } from './commands';
import { DomainError, badInput, invalidTransition } from './errors';
import { assertNever } from './never';
import type { Role } from './reference';
import { calendarDate, code, instant, integer, oneOf, optionalText, phone, requiredText } from './validation';

/**
 * The duty desk's rosters (值班表): a published roster covers a period with shifts, and every shift
 * has a person in every role its level requires (a gap refuses the whole roster). Swaps need a second
 * person's approval; presence is recorded on and off post; a handover passes its pending items, which
 * stay open until the incoming shift confirms it.
 */
export const DUTY_ROLES = ['DUTY_LEADER', 'SHIFT_HEAD', 'DISPATCHER', 'INFORMATION_OFFICER', 'TECHNICAL_SUPPORT'] as const;
export type DutyRole = (typeof DUTY_ROLES)[number];
export const DUTY_ROLE_LABELS: Record<DutyRole, string> = {
  DUTY_LEADER: '带班领导',
  SHIFT_HEAD: '值班长',
  DISPATCHER: '调度员',
  INFORMATION_OFFICER: '信息员',
  TECHNICAL_SUPPORT: '技术保障',
};

export const DUTY_LEVELS = ['CITY', 'DISTRICT'] as const;
export type DutyLevel = (typeof DUTY_LEVELS)[number];
/** The roles every shift of a level must fill: versioned data the office saves, each version naming its source. */
export interface DutyRoleRules {
  version: number;
  source: string;
  byLevel: Record<DutyLevel, DutyRole[]>;
}

/** Used until the office saves a version. */
export const DEFAULT_DUTY_ROLE_RULES: DutyRoleRules = {
  version: 0,
  source: 'built-in default: the city desk fills all five roles, a district desk the duty leader, shift head and dispatcher',
  byLevel: {
    CITY: ['DUTY_LEADER', 'SHIFT_HEAD', 'DISPATCHER', 'INFORMATION_OFFICER', 'TECHNICAL_SUPPORT'],
    DISTRICT: ['DUTY_LEADER', 'SHIFT_HEAD', 'DISPATCHER'],
  },
};

/** Checks the roles per level the office wants to save: every level named, the duty leader always required. */
export function validateDutyRoleRules(input: { source: unknown; byLevel: unknown }): Omit<DutyRoleRules, 'version'> {
  const source = requiredText('source', input.source, { max: 500 });
  const byLevel = (input.byLevel ?? {}) as Record<string, unknown>;
  const out = {} as Record<DutyLevel, DutyRole[]>;
  for (const level of DUTY_LEVELS) {
    const roles = byLevel[level];
    if (!Array.isArray(roles)) throw badInput(`byLevel.${level}`, 'name the roles every shift of this level fills');
    const checked = roles.map((r, i) => oneOf(`byLevel.${level}[${i}]`, r, DUTY_ROLES));
    if (!checked.includes('DUTY_LEADER')) throw badInput(`byLevel.${level}`, 'a leader is on duty around the clock: 带班领导 is always required');
    out[level] = DUTY_ROLES.filter((r) => checked.includes(r));
  }
  return { source, byLevel: out };
}

export interface DutyPerson {
  name: string;
  phone: string | null;
}

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

export type RosterCommand =
  | {
      type: 'PublishRoster';
      data: {
        rosterId: string;
        level: DutyLevel;
        regionCode: string;
        departmentCode: string;
        requiredRoles?: DutyRole[] | null;
        /** The roles per level in force, resolved by the adapter from data (never by the caller). */
        roleRules?: DutyRoleRules | null;
        shifts: { date: string; name: string; startsAt: string; endsAt: string; assignments: { role: DutyRole; name: string; phone?: string | null }[] }[];
      };
    }
  | { type: 'RequestSwap'; data: { swapId: string; shift: string; role: DutyRole; toName: string; toPhone?: string | null; reason: string } }
  | { type: 'DecideSwap'; data: { swapId: string; approved: boolean } }
  | { type: 'RecordPresence'; data: { shift: string; role: DutyRole; status: 'ON_POST' | 'OFF_POST' } }
  | { type: 'HandOver'; data: { handoverId: string; fromShift: string; toShift: string; pendingItems: string[]; notes?: string | null } }
  | { type: 'ConfirmHandover'; data: { handoverId: string } };

export type RosterEventBody =
  | {
      type: 'RosterPublished';
      data: { rosterId: string; level: DutyLevel; regionCode: string; departmentCode: string; requiredRoles: DutyRole[]; roleRulesVersion: number; shifts: Omit<Shift, 'presence'>[] };
    }
  | { type: 'SwapRequested'; data: Omit<Swap, 'status'> }
  | { type: 'SwapApproved'; data: { swapId: string } }
  | { type: 'SwapDenied'; data: { swapId: string } }
  | { type: 'PresenceRecorded'; data: { shift: string; role: DutyRole; status: 'ON_POST' | 'OFF_POST' } }
  | { type: 'HandedOver'; data: { handoverId: string; fromShift: string; toShift: string; pendingItems: string[]; notes: string | null } }
  | { type: 'HandoverConfirmed'; data: { handoverId: string } };

export interface RosterEvent {
  type: RosterEventBody['type'];
  data: RosterEventBody['data'];
  version: number;
  metadata: { occurredAt: string; recordedAt: string; actor: Actor };
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

const WRITE_ROLES: readonly Role[] = ['SUPERVISOR', 'COMMITTEE_OFFICE'];
const MAX_SHIFTS = 400;

function shiftOf(state: RosterState, field: string, key: unknown): Shift {
  const k = requiredText(field, key, { max: 100 });
  const shift = state.shifts.find((s) => s.key === k);
  if (!shift) throw badInput(field, `the roster has no shift ${k}`);
  return shift;
}

export function decideRoster(state: RosterState | null, command: RosterCommand, meta: CommandMetadata): RosterEventBody[] {
  if (!meta.actor.roles.some((r) => WRITE_ROLES.includes(r))) throw new DomainError('FORBIDDEN', `your roles do not allow ${command.type}`);
  if (meta.expectedVersion !== undefined && meta.expectedVersion !== (state?.version ?? 0)) {
    throw new DomainError('VERSION_CONFLICT', `the roster is at version ${state?.version ?? 0}, the command expected ${meta.expectedVersion}`);
  }
  if (command.type === 'PublishRoster') {
    if (state) throw invalidTransition(`roster ${state.id} is already published; change it by swaps`);
    const d = command.data;
    const level = oneOf('level', d.level, DUTY_LEVELS);
    const extra = (Array.isArray(d.requiredRoles) ? d.requiredRoles : []).map((r, i) => oneOf(`requiredRoles[${i}]`, r, DUTY_ROLES));
    const rules = d.roleRules ?? DEFAULT_DUTY_ROLE_RULES;
    const requiredRoles = DUTY_ROLES.filter((r) => rules.byLevel[level].includes(r) || extra.includes(r));
    if (!Array.isArray(d.shifts) || d.shifts.length === 0) throw badInput('shifts', 'a roster has at least one shift');
    if (d.shifts.length > MAX_SHIFTS) throw badInput('shifts', `at most ${MAX_SHIFTS} shifts in one roster`);
    const shifts = d.shifts.map((s, i) => {
      const date = calendarDate(`shifts[${i}].date`, s?.date);
      const name = requiredText(`shifts[${i}].name`, s?.name, { max: 20 });
      const startsAt = instant(`shifts[${i}].startsAt`, s?.startsAt);
      const endsAt = instant(`shifts[${i}].endsAt`, s?.endsAt);
      if (endsAt <= startsAt) throw badInput(`shifts[${i}].endsAt`, 'must be after startsAt');
      const assignments: Partial<Record<DutyRole, DutyPerson>> = {};
      (Array.isArray(s?.assignments) ? s.assignments : []).forEach((a, j) => {
        const role = oneOf(`shifts[${i}].assignments[${j}].role`, a?.role, DUTY_ROLES);
        if (assignments[role]) throw badInput(`shifts[${i}].assignments[${j}].role`, `${DUTY_ROLE_LABELS[role]} is assigned twice in this shift`);
        assignments[role] = { name: requiredText(`shifts[${i}].assignments[${j}].name`, a?.name, { max: 100 }), phone: phone(`shifts[${i}].assignments[${j}].phone`, a?.phone) };
      });
      const gap = requiredRoles.filter((r) => !assignments[r]);
      if (gap.length) throw badInput(`shifts[${i}].assignments`, `${date} ${name} has nobody as ${gap.map((r) => DUTY_ROLE_LABELS[r]).join('、')}: a roster with a gap is not published`);
      return { key: `${date}/${name}`, date, name, startsAt, endsAt, assignments };
    });
    const keys = new Set<string>();
    shifts.forEach((s, i) => {
      if (keys.has(s.key)) throw badInput(`shifts[${i}]`, `shift ${s.key} is listed twice`);
      keys.add(s.key);
    });
    const sorted = [...shifts].sort((a, b) => (a.startsAt < b.startsAt ? -1 : 1));
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i].startsAt > sorted[i - 1].endsAt) throw badInput('shifts', `nobody is on duty from ${sorted[i - 1].endsAt} to ${sorted[i].startsAt}: around the clock means no gap between shifts`);
    }
    return [
      {
        type: 'RosterPublished',
        data: { rosterId: requiredText('rosterId', d.rosterId, { max: 64 }), level, regionCode: code('regionCode', d.regionCode), departmentCode: code('departmentCode', d.departmentCode), requiredRoles, roleRulesVersion: rules.version, shifts: sorted },
      },
    ];
  }
  if (!state) throw new DomainError('NOT_FOUND', 'no such roster');
  switch (command.type) {
    case 'RequestSwap': {
      const d = command.data;
      const shift = shiftOf(state, 'shift', d.shift);
      const role = oneOf('role', d.role, DUTY_ROLES);
      const from = shift.assignments[role];
      if (!from) throw badInput('role', `nobody is ${DUTY_ROLE_LABELS[role]} in ${shift.key}`);
      const swapId = requiredText('swapId', d.swapId, { max: 64 });
      if (state.swaps.some((s) => s.id === swapId)) throw invalidTransition(`swap ${swapId} exists`);
      const to = { name: requiredText('toName', d.toName, { max: 100 }), phone: phone('toPhone', d.toPhone) };
      if (to.name === from.name) throw badInput('toName', `${from.name} is already ${DUTY_ROLE_LABELS[role]} in ${shift.key}`);
      return [{ type: 'SwapRequested', data: { id: swapId, shift: shift.key, role, from, to, reason: requiredText('reason', d.reason, { max: 500 }), requestedBy: meta.actor.sub } }];
    }
    case 'DecideSwap': {
      const swap = state.swaps.find((s) => s.id === command.data.swapId);
      if (!swap) throw badInput('swapId', `no swap ${command.data.swapId}`);
      if (swap.status !== 'PENDING') throw invalidTransition(`swap ${swap.id} was ${swap.status.toLowerCase()}`);
      if (swap.requestedBy === meta.actor.sub) throw new DomainError('FORBIDDEN', 'a swap is approved by someone other than who asked for it');
      return [{ type: command.data.approved === true ? 'SwapApproved' : 'SwapDenied', data: { swapId: swap.id } }];
    }
    case 'RecordPresence': {
      const shift = shiftOf(state, 'shift', command.data.shift);
      const role = oneOf('role', command.data.role, DUTY_ROLES);
      if (!shift.assignments[role]) throw badInput('role', `nobody is ${DUTY_ROLE_LABELS[role]} in ${shift.key}`);
      return [{ type: 'PresenceRecorded', data: { shift: shift.key, role, status: oneOf('status', command.data.status, ['ON_POST', 'OFF_POST'] as const) } }];
    }
    case 'HandOver': {
      const d = command.data;
      const from = shiftOf(state, 'fromShift', d.fromShift);
      const to = shiftOf(state, 'toShift', d.toShift);
      if (to.key === from.key || to.startsAt < from.startsAt) throw badInput('toShift', 'a shift hands over to a later one');
      const handoverId = requiredText('handoverId', d.handoverId, { max: 64 });
      if (state.handovers.some((h) => h.id === handoverId)) throw invalidTransition(`handover ${handoverId} exists`);
      if (state.handovers.some((h) => h.fromShift === from.key)) throw invalidTransition(`${from.key} has already handed over`);
      const pendingItems = (Array.isArray(d.pendingItems) ? d.pendingItems : []).map((x, i) => requiredText(`pendingItems[${i}]`, x, { max: 1000, multiline: true }));
      return [{ type: 'HandedOver', data: { handoverId, fromShift: from.key, toShift: to.key, pendingItems, notes: optionalText('notes', d.notes, { max: 2000, multiline: true }) } }];
    }
    case 'ConfirmHandover': {
      const h = state.handovers.find((x) => x.id === command.data.handoverId);
      if (!h) throw badInput('handoverId', `no handover ${command.data.handoverId}`);
      if (h.confirmedAt) throw invalidTransition(`handover ${h.id} was confirmed by ${h.confirmedBy}`);
      if (h.by === meta.actor.sub) throw new DomainError('FORBIDDEN', 'the incoming shift confirms a handover, not the one handing over');
      return [{ type: 'HandoverConfirmed', data: { handoverId: h.id } }];
    }
    default:
      return assertNever(command);
  }
}

export function evolveRoster(state: RosterState | null, event: RosterEvent): RosterState {
  const at = event.metadata.occurredAt;
  const body = { type: event.type, data: event.data } as RosterEventBody;
  if (body.type === 'RosterPublished') {
    const d = body.data;
    return {
      id: d.rosterId,
      version: event.version,
      level: d.level,
      regionCode: d.regionCode,
      departmentCode: d.departmentCode,
      requiredRoles: d.requiredRoles,
      from: d.shifts[0].date,
      to: d.shifts[d.shifts.length - 1].date,
      shifts: d.shifts.map((s) => ({ ...s, presence: {} })),
      swaps: [],
      handovers: [],
    };
  }
  if (!state) throw new Error(`${event.type} before the roster was published`);
  const next = { ...state, version: event.version };
  switch (body.type) {
    case 'SwapRequested':
      return { ...next, swaps: [...state.swaps, { ...body.data, status: 'PENDING' }] };
    case 'SwapApproved': {
      const swap = state.swaps.find((s) => s.id === body.data.swapId) as Swap;
      return {
        ...next,
        swaps: state.swaps.map((s) => (s.id === swap.id ? { ...s, status: 'APPROVED' } : s)),
        shifts: state.shifts.map((s) => (s.key === swap.shift ? { ...s, assignments: { ...s.assignments, [swap.role]: swap.to } } : s)),
      };
    }
    case 'SwapDenied':
      return { ...next, swaps: state.swaps.map((s) => (s.id === body.data.swapId ? { ...s, status: 'DENIED' } : s)) };
    case 'PresenceRecorded':
      return { ...next, shifts: state.shifts.map((s) => (s.key === body.data.shift ? { ...s, presence: { ...s.presence, [body.data.role]: { status: body.data.status, at } } } : s)) };
    case 'HandedOver':
      return { ...next, handovers: [...state.handovers, { id: body.data.handoverId, fromShift: body.data.fromShift, toShift: body.data.toShift, pendingItems: body.data.pendingItems, notes: body.data.notes, by: event.metadata.actor.sub, at, confirmedBy: null, confirmedAt: null }] };
    case 'HandoverConfirmed':
      return { ...next, handovers: state.handovers.map((h) => (h.id === body.data.handoverId ? { ...h, confirmedBy: event.metadata.actor.name, confirmedAt: at } : h)) };
    default:
      return assertNever(body);
  }
}

/** The shift on duty at an instant, if the roster covers it. */
export const shiftAt = (state: RosterState, atMs: number): Shift | null => state.shifts.find((s) => Date.parse(s.startsAt) <= atMs && atMs < Date.parse(s.endsAt)) ?? null;

/** Items handed over and not yet confirmed by the incoming shift: still open. */
export const openHandoverItems = (state: RosterState): { handover: string; item: string }[] =>
  state.handovers.filter((h) => !h.confirmedAt).flatMap((h) => h.pendingItems.map((item) => ({ handover: h.id, item })));

export const DUTY_CHANNELS = ['PHONE', 'RADIO', 'FAX', 'MESSAGE', 'SYSTEM', 'IN_PERSON'] as const;
export type DutyChannel = (typeof DUTY_CHANNELS)[number];

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

export type DutyLogCommand =
  | { type: 'RecordDutyLogEntry'; data: Omit<DutyLogEntry, 'id' | 'version' | 'notified'> & { entryId: string } }
  | { type: 'RecordNotification'; data: { whom: string; at: string } };

export type DutyLogEventBody =
  | { type: 'DutyLogEntryRecorded'; data: Omit<DutyLogEntry, 'version' | 'notified'> }
  | { type: 'NotificationRecorded'; data: { whom: string; at: string } };

export function decideDutyLog(state: DutyLogEntry | null, command: DutyLogCommand, meta: CommandMetadata): DutyLogEventBody[] {
  if (!meta.actor.roles.some((r) => WRITE_ROLES.includes(r))) throw new DomainError('FORBIDDEN', `your roles do not allow ${command.type}`);
  if (command.type === 'RecordDutyLogEntry') {
    if (state) throw invalidTransition(`entry ${state.id} exists`);
    const d = command.data;
    const c = (d.casualties ?? {}) as Partial<DutyLogEntry['casualties']>;
    return [
      {
        type: 'DutyLogEntryRecorded',
        data: {
          id: requiredText('entryId', d.entryId, { max: 64 }),
          regionCode: code('regionCode', d.regionCode),
          departmentCode: code('departmentCode', d.departmentCode),
          receivedAt: instant('receivedAt', d.receivedAt),
          channel: oneOf('channel', d.channel, DUTY_CHANNELS),
          reporter: requiredText('reporter', d.reporter, { max: 100 }),
          reporterPhone: phone('reporterPhone', d.reporterPhone),
          place: optionalText('place', d.place, { max: 500 }),
          summary: requiredText('summary', d.summary, { max: 4000, multiline: true }),
          casualties: {
            deaths: integer('casualties.deaths', c.deaths ?? 0, { min: 0, max: 100_000 }),
            injuries: integer('casualties.injuries', c.injuries ?? 0, { min: 0, max: 100_000 }),
            missing: integer('casualties.missing', c.missing ?? 0, { min: 0, max: 100_000 }),
          },
          measures: optionalText('measures', d.measures, { max: 4000, multiline: true }),
          instructions: optionalText('instructions', d.instructions, { max: 4000, multiline: true }),
          incidentId: optionalText('incidentId', d.incidentId, { max: 64 }),
          hazardId: optionalText('hazardId', d.hazardId, { max: 64 }),
          majorHazardSourceId: optionalText('majorHazardSourceId', d.majorHazardSourceId, { max: 64 }),
        },
      },
    ];
  }
  if (!state) throw new DomainError('NOT_FOUND', 'no such duty log entry');
  return [{ type: 'NotificationRecorded', data: { whom: requiredText('whom', command.data.whom, { max: 200 }), at: instant('at', command.data.at) } }];
}

export function evolveDutyLog(state: DutyLogEntry | null, event: { type: string; data: unknown; version: number; metadata: { actor: Actor } }): DutyLogEntry {
  const body = { type: event.type, data: event.data } as DutyLogEventBody;
  if (body.type === 'DutyLogEntryRecorded') return { ...body.data, version: event.version, notified: [] };
  if (!state) throw new Error(`${event.type} before the entry was recorded`);
  return { ...state, version: event.version, notified: [...state.notified, { ...body.data, by: event.metadata.actor.sub }] };
}
