import type { Actor } from '../shared/metadata';
import { assertNever } from '../shared/never';
import type { DutyLogEventBody, RosterEvent, RosterEventBody } from './events';
import type { DutyLogEntry, RosterState, Swap } from './state';

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

export function evolveDutyLog(state: DutyLogEntry | null, event: { type: string; data: unknown; version: number; metadata: { actor: Actor } }): DutyLogEntry {
  const body = { type: event.type, data: event.data } as DutyLogEventBody;
  if (body.type === 'DutyLogEntryRecorded') return { ...body.data, version: event.version, notified: [] };
  if (!state) throw new Error(`${event.type} before the entry was recorded`);
  return { ...state, version: event.version, notified: [...state.notified, { ...body.data, by: event.metadata.actor.sub }] };
}
