import { badInput } from '../shared/errors';
import { integer, oneOf, requiredText } from '../shared/validation';
import { RESPONSIBLE_ROLES, RESPONSIBLE_ROLE_LABELS, type ResponsibleRole } from './commands';
import type { SourceState } from './state';

/** When the patrol now due was counted from: the last patrol, or the assignment before the first. */
export const patrolBasis = (state: SourceState, role: ResponsibleRole): string | null => state.lastPatrol[role] ?? state.responsible[role]?.since ?? null;

/**
 * How often each responsible person patrols (包保检查), and how long before an official holiday a
 * patrol must have been made: rules as data, saved by the committee office as numbered versions,
 * each naming its source (the regulation or notice and its version).
 */
export interface PatrolCadenceRule {
  role: ResponsibleRole;
  everyDays: number;
  /** A patrol is due within this many days before each official holiday period; null: no such rule. */
  beforeHolidaysWithinDays: number | null;
  /** …and before each major event (a campaign's first day, e.g. the Two Sessions); null or absent: no such rule. */
  beforeMajorEventsWithinDays?: number | null;
}

/** A major event a pre-event patrol is due before: a campaign's name and first day (Beijing date). */
export interface MajorEvent {
  name: string;
  from: string;
}

export interface PatrolCadence {
  /** 0 for the built-in default, then 1, 2, … as the office saves versions. */
  version: number;
  source: string;
  rules: PatrolCadenceRule[];
}

/** Used until the office saves a version: quarterly for principal and technical persons, weekly for operational ones, technical before holidays and major events. */
export const DEFAULT_PATROL_CADENCE: PatrolCadence = {
  version: 0,
  source: 'built-in default (technical person at least quarterly and before holidays); save a version naming the regulation in force',
  rules: [
    { role: 'PRINCIPAL', everyDays: 90, beforeHolidaysWithinDays: null, beforeMajorEventsWithinDays: null },
    { role: 'TECHNICAL', everyDays: 90, beforeHolidaysWithinDays: 7, beforeMajorEventsWithinDays: 7 },
    { role: 'OPERATIONAL', everyDays: 7, beforeHolidaysWithinDays: null, beforeMajorEventsWithinDays: null },
  ],
};

/** Checks a cadence the office wants to save: every role exactly once, sane numbers, a named source. */
export function validatePatrolCadence(input: { source: unknown; rules: unknown }): Omit<PatrolCadence, 'version'> {
  const source = requiredText('source', input.source, { max: 500 });
  if (!Array.isArray(input.rules)) throw badInput('rules', 'must be a list with one rule per role');
  const rules = input.rules.map((r, i) => {
    const rule = (r ?? {}) as Record<string, unknown>;
    return {
      role: oneOf(`rules[${i}].role`, rule.role, RESPONSIBLE_ROLES),
      everyDays: integer(`rules[${i}].everyDays`, rule.everyDays, { min: 1, max: 366 }),
      beforeHolidaysWithinDays:
        rule.beforeHolidaysWithinDays === undefined || rule.beforeHolidaysWithinDays === null ? null : integer(`rules[${i}].beforeHolidaysWithinDays`, rule.beforeHolidaysWithinDays, { min: 1, max: 30 }),
      beforeMajorEventsWithinDays:
        rule.beforeMajorEventsWithinDays === undefined || rule.beforeMajorEventsWithinDays === null
          ? null
          : integer(`rules[${i}].beforeMajorEventsWithinDays`, rule.beforeMajorEventsWithinDays, { min: 1, max: 30 }),
    };
  });
  for (const role of RESPONSIBLE_ROLES) {
    const n = rules.filter((r) => r.role === role).length;
    if (n !== 1) throw badInput('rules', `name ${RESPONSIBLE_ROLE_LABELS[role]} (${role}) exactly once (found ${n})`);
  }
  return { source, rules: RESPONSIBLE_ROLES.map((role) => rules.find((r) => r.role === role) as PatrolCadenceRule) };
}

const SHANGHAI_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The first day (YYYY-MM-DD) of each run of consecutive official holidays. */
export function holidayStarts(holidays: readonly string[]): string[] {
  const set = new Set(holidays);
  const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
  return [...set].filter((d) => !set.has(dayBefore(d))).sort();
}

interface Occasion {
  kind: 'HOLIDAY' | 'EVENT';
  startMs: number;
  label: string;
}

/** Holiday periods and major events, as the moments (Beijing midnight) they begin, soonest first. */
function occasions(holidays: readonly string[], events: readonly MajorEvent[]): Occasion[] {
  const at = (date: string) => Date.parse(`${date}T00:00:00Z`) - SHANGHAI_MS;
  return [
    ...holidayStarts(holidays).map((d) => ({ kind: 'HOLIDAY' as const, startMs: at(d), label: `the holiday from ${d}` })),
    ...events.map((e) => ({ kind: 'EVENT' as const, startMs: at(e.from), label: `${e.name} from ${e.from}` })),
  ].sort((a, b) => a.startMs - b.startMs);
}

const windowDays = (rule: PatrolCadenceRule, kind: Occasion['kind']): number | null =>
  (kind === 'HOLIDAY' ? rule.beforeHolidaysWithinDays : rule.beforeMajorEventsWithinDays) ?? null;

/**
 * Why each role's patrol is overdue now (roles absent are not): the last patrol (or, before the
 * first, the assignment) is older than the cadence, or a holiday period starts within the
 * pre-holiday window and nobody patrolled since the window opened.
 */
export function patrolOverdueReasons(
  state: SourceState,
  nowMs: number,
  cadence: PatrolCadence = DEFAULT_PATROL_CADENCE,
  holidays: readonly string[] = [],
  events: readonly MajorEvent[] = [],
): Partial<Record<ResponsibleRole, string>> {
  const reasons: Partial<Record<ResponsibleRole, string>> = {};
  const starts = occasions(holidays, events);
  for (const rule of cadence.rules) {
    const person = state.responsible[rule.role];
    if (!person) continue;
    const last = Date.parse(state.lastPatrol[rule.role] ?? person.since);
    if (last + rule.everyDays * DAY_MS < nowMs) {
      reasons[rule.role] = `no patrol in ${rule.everyDays} days (cadence v${cadence.version}: ${cadence.source})`;
      continue;
    }
    for (const o of starts) {
      const days = windowDays(rule, o.kind);
      if (days === null) continue;
      const windowOpens = o.startMs - days * DAY_MS;
      if (nowMs >= windowOpens && nowMs < o.startMs && last < windowOpens) {
        reasons[rule.role] = `no patrol in the ${days} days before ${o.label} (cadence v${cadence.version}: ${cadence.source})`;
        break;
      }
    }
  }
  return reasons;
}

/** Roles whose patrol is overdue now, in the order of RESPONSIBLE_ROLES. */
export function overduePatrols(state: SourceState, nowMs: number, cadence: PatrolCadence = DEFAULT_PATROL_CADENCE, holidays: readonly string[] = [], events: readonly MajorEvent[] = []): ResponsibleRole[] {
  const reasons = patrolOverdueReasons(state, nowMs, cadence, holidays, events);
  return RESPONSIBLE_ROLES.filter((role) => reasons[role] !== undefined);
}

/**
 * When the next patrol alarm is due: per role with a person and no alarm yet for its current basis, the
 * earliest moment `patrolOverdueReasons` would name it (the cadence running out, or the pre-holiday
 * window opening with no patrol since). Pure: the alarm workflow sleeps until it.
 */
export function nextPatrolAlarm(
  state: SourceState,
  nowMs: number,
  cadence: PatrolCadence = DEFAULT_PATROL_CADENCE,
  holidays: readonly string[] = [],
  events: readonly MajorEvent[] = [],
): { role: ResponsibleRole; at: number } | null {
  const starts = occasions(holidays, events);
  let best: { role: ResponsibleRole; at: number } | null = null;
  for (const rule of cadence.rules) {
    const basis = patrolBasis(state, rule.role);
    if (!state.responsible[rule.role] || !basis || state.patrolAlarms?.[rule.role] === basis) continue;
    const last = Date.parse(basis);
    let at = last + rule.everyDays * DAY_MS + 1;
    for (const o of starts) {
      const days = windowDays(rule, o.kind);
      if (days === null || o.startMs <= nowMs || o.startMs - days * DAY_MS <= last) continue;
      at = Math.min(at, o.startMs - days * DAY_MS);
    }
    if (!best || at < best.at) best = { role: rule.role, at };
  }
  return best;
}
