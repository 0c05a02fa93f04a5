import type { Decider } from '../shared/aggregate';
import { DomainError, badInput, invalidTransition } from '../shared/errors';
import type { CommandMetadata } from '../shared/metadata';
import { assertNever } from '../shared/never';
import { assertMayRunCommand } from '../shared/permissions';
import { calendarDate, code, instant, integer, oneOf, optionalText, phone, requiredText } from '../shared/validation';
import { DUTY_CHANNELS, DUTY_LEVELS, DUTY_ROLES, DUTY_ROLE_LABELS, type DutyLogCommand, type DutyPerson, type DutyRole, type RosterCommand } from './commands';
import type { DutyLogEventBody, RosterEventBody } from './events';
import { evolveDutyLog, evolveRoster } from './evolve';
import { DEFAULT_DUTY_ROLE_RULES } from './rules';
import type { DutyLogEntry, RosterState, Shift } from './state';

const MAX_SHIFTS = 400;

function shiftOf(state: RosterState, field: string, key: unknown): Shift {
  const k = requiredText(field, key, { max: 100 });
  const shift = state.shifts.find((s) => s.key === k);
  if (!shift) throw badInput(field, `the roster has no shift ${k}`);
  return shift;
}

export function decideRoster(state: RosterState | null, command: RosterCommand, meta: CommandMetadata): RosterEventBody[] {
  assertMayRunCommand(meta, command.type);
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

export function decideDutyLog(state: DutyLogEntry | null, command: DutyLogCommand, meta: CommandMetadata): DutyLogEventBody[] {
  assertMayRunCommand(meta, command.type);
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

/** The roster's decider as one value (the command handler takes it so). */
export const rosterDecider: Decider<RosterState, RosterCommand, RosterEventBody> = { decide: decideRoster, evolve: evolveRoster };

/** A duty log entry's decider as one value (the command handler takes it so). */
export const dutyLogDecider: Decider<DutyLogEntry, DutyLogCommand, DutyLogEventBody> = { decide: decideDutyLog, evolve: evolveDutyLog };
