import { badInput } from '../shared/errors';
import { oneOf, requiredText } from '../shared/validation';
import { DUTY_LEVELS, DUTY_ROLES, type DutyLevel, type DutyRole } from './commands';

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
