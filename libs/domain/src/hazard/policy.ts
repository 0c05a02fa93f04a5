import type { HolidayCalendar } from '../shared/calendar';
import { type Delay, applyDelay, isDelay } from '../shared/delay';
import { badInput } from '../shared/errors';

export const ESCALATION_TARGETS = ['DEPARTMENT_HEAD', 'COMMITTEE_OFFICE', 'HIGHER_AUTHORITY'] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];

/** An act an escalation step can require on the record, not only a message (README "The closed loop"). */
export const ESCALATION_ACTS = ['SUPERVISION_LETTER', 'INTERVIEW', 'RAISE_LISTING'] as const;
export type EscalationAct = (typeof ESCALATION_ACTS)[number];

export interface EscalationStep {
  level: 1 | 2 | 3;
  /** After the missed deadline. */
  after: Delay;
  notify: EscalationTarget;
  /** What the step asks for, for people (e.g. 建议责令停产停业或提级挂牌). */
  action: string;
  /** An act the step requires: a 督办函 issued, a 约谈 held, the listing raised; not recorded within `actWithin`, it is overdue itself. */
  requires?: EscalationAct;
  actWithin?: Delay;
}

export interface PolicyRules {
  /** A MAJOR hazard found but not listed. */
  listWithin: Delay;
  /** Listed but not supervised. */
  superviseWithin: Delay;
  /** Reminder before the rectification deadline. */
  remindBefore: Delay;
  /** The ladder after a missed deadline: levels 1, 2, 3 in order. */
  ladder: EscalationStep[];
  /** A submitted rectification not verified. */
  verifyWithin: Delay;
  /** Default interval between standby check-ins during a suspension. */
  checkInterval: Delay;
  /** How late a standby check may be before it counts as missed. */
  checkGrace: Delay;
}

/** The policy as a hazard carries it: rules, identity, and the calendar slice its working days need. */
export interface PolicySnapshot {
  id: string;
  version: number;
  rules: PolicyRules;
  calendar: HolidayCalendar;
  warnings: string[];
}

const delay = (field: string, value: unknown): Delay => {
  if (!isDelay(value)) throw badInput(field, 'must be an ISO-8601 duration (PT24H, P3D) or working days (5WD)');
  return value;
};

/** Checks a policy's rules (policies are data that the committee office edits). */
export function validatePolicyRules(value: unknown): PolicyRules {
  if (value === null || typeof value !== 'object') throw badInput('rules', 'must be an object');
  const r = value as Record<string, unknown>;
  if (!Array.isArray(r.ladder) || r.ladder.length !== 3) throw badInput('rules.ladder', 'must have exactly the three levels 1, 2, 3');
  const ladder = r.ladder.map((entry, i) => {
    const s = (entry ?? {}) as Record<string, unknown>;
    if (s.level !== i + 1) throw badInput(`rules.ladder[${i}].level`, `must be ${i + 1}`);
    if (typeof s.notify !== 'string' || !(ESCALATION_TARGETS as readonly string[]).includes(s.notify)) {
      throw badInput(`rules.ladder[${i}].notify`, `must be one of ${ESCALATION_TARGETS.join(', ')}`);
    }
    if (typeof s.action !== 'string' || s.action.trim() === '' || s.action.length > 200) {
      throw badInput(`rules.ladder[${i}].action`, 'must be a text of at most 200 characters');
    }
    const step: EscalationStep = { level: (i + 1) as 1 | 2 | 3, after: delay(`rules.ladder[${i}].after`, s.after), notify: s.notify as EscalationTarget, action: s.action.trim() };
    if (s.requires !== undefined && s.requires !== null) {
      if (typeof s.requires !== 'string' || !(ESCALATION_ACTS as readonly string[]).includes(s.requires)) {
        throw badInput(`rules.ladder[${i}].requires`, `must be one of ${ESCALATION_ACTS.join(', ')}`);
      }
      return { ...step, requires: s.requires as EscalationAct, actWithin: delay(`rules.ladder[${i}].actWithin`, s.actWithin) };
    }
    return step;
  });
  const rules: PolicyRules = {
    listWithin: delay('rules.listWithin', r.listWithin),
    superviseWithin: delay('rules.superviseWithin', r.superviseWithin),
    remindBefore: delay('rules.remindBefore', r.remindBefore),
    ladder,
    verifyWithin: delay('rules.verifyWithin', r.verifyWithin),
    checkInterval: delay('rules.checkInterval', r.checkInterval),
    checkGrace: delay('rules.checkGrace', r.checkGrace),
  };
  const order = ladder.map((s) => applyDelay(0, s.after, { years: [], holidays: [], workdays: [] }));
  if (order.some((t, i) => i > 0 && t < order[i - 1])) throw badInput('rules.ladder', 'each level must come no earlier than the one before');
  return rules;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks a policy snapshot carried in a command (the gateway builds it; the workflow trusts nobody). */
export function validatePolicySnapshot(field: string, value: unknown): PolicySnapshot | null {
  if (value === undefined || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || v.id.length === 0 || v.id.length > 64) throw badInput(`${field}.id`, 'must be a policy id');
  if (typeof v.version !== 'number' || !Number.isInteger(v.version) || v.version < 0) throw badInput(`${field}.version`, 'must be a version');
  const rules = validatePolicyRules(v.rules);
  const c = (v.calendar ?? {}) as Record<string, unknown>;
  const dates = (name: string, list: unknown): string[] => {
    if (!Array.isArray(list) || !list.every((d) => typeof d === 'string' && DATE.test(d))) throw badInput(`${field}.calendar.${name}`, 'must be a list of YYYY-MM-DD dates');
    return list as string[];
  };
  if (!Array.isArray(c.years) || !c.years.every((y) => Number.isInteger(y))) throw badInput(`${field}.calendar.years`, 'must be a list of years');
  const warnings = Array.isArray(v.warnings) ? v.warnings.filter((w): w is string => typeof w === 'string') : [];
  return {
    id: v.id,
    version: v.version,
    rules,
    calendar: { years: c.years as number[], holidays: dates('holidays', c.holidays), workdays: dates('workdays', c.workdays) },
    warnings,
  };
}
