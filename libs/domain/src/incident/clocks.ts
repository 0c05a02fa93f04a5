import { EMPTY_CALENDAR } from '../shared/calendar';
import { applyDelay } from '../shared/delay';
import type { IncidentState } from './state';

export interface IncidentClock {
  clock: string;
  kind: 'WARN' | 'MISSED';
  obligation: string;
  at: string;
}

/** The clocks not yet fired, soonest first: a warning before each unfiled report and an alarm at its due time. */
export function pendingIncidentClocks(state: IncidentState): IncidentClock[] {
  if (state.closedAt) return [];
  return state.obligations
    .filter((o) => !o.filedAt)
    .flatMap((o): IncidentClock[] => [
      { clock: `warn:${o.key}`, kind: 'WARN', obligation: o.key, at: new Date(applyDelay(Date.parse(o.dueAt), state.rules.warnBefore, EMPTY_CALENDAR, -1)).toISOString() },
      { clock: `missed:${o.key}`, kind: 'MISSED', obligation: o.key, at: o.dueAt },
    ])
    .filter((c) => !state.firedClocks.includes(c.clock))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.clock < b.clock ? -1 : 1));
}
