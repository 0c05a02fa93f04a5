import { EMPTY_CALENDAR } from '../shared/calendar';
import { applyDelay } from '../shared/delay';
import type { HazardEventBody } from './events';
import type { PolicyRules, PolicySnapshot } from './policy';
import type { HazardState } from './state';

/** The city default, used only by hazards recorded before policies existed. */
export const FALLBACK_POLICY: PolicySnapshot = {
  id: 'built-in',
  version: 0,
  rules: {
    listWithin: 'P3D',
    superviseWithin: 'P5D',
    remindBefore: 'P3D',
    ladder: [
      { level: 1, after: 'PT0S', notify: 'DEPARTMENT_HEAD', action: '通报部门负责人' },
      { level: 2, after: 'P3D', notify: 'COMMITTEE_OFFICE', action: '报市安委办督办' },
      { level: 3, after: 'P10D', notify: 'COMMITTEE_OFFICE', action: '建议责令停产停业或提级挂牌' },
    ],
    verifyWithin: 'P5D',
    checkInterval: 'PT24H',
    checkGrace: 'PT2H',
  },
  calendar: EMPTY_CALENDAR,
  warnings: [],
};

export type TimerKind =
  | 'LISTING_OVERDUE'
  | 'SUPERVISION_OVERDUE'
  | 'DEADLINE_APPROACHING'
  | 'DEADLINE_MISSED'
  | 'ESCALATION'
  | 'VERIFICATION_OVERDUE'
  | 'STANDBY_CHECK_MISSED'
  | 'PROGRESS_MISSED'
  | 'ACT_OVERDUE';

export interface DueTimer {
  /** Identifies the clock and what armed it; a key fires once. */
  key: string;
  kind: TimerKind;
  dueAt: string;
  level?: 1 | 2 | 3;
}

// FOUND has a deadline only when a rectification order came with the finding.
const OPEN_WITH_DEADLINE = ['FOUND', 'LISTED', 'SUPERVISED', 'SUSPENDED'];

const policyOf = (state: HazardState): PolicySnapshot => state.policy ?? FALLBACK_POLICY;

const later = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a > b ? a : b);

function at(fromIso: string, delay: string, state: HazardState, sign: 1 | -1 = 1): string {
  return new Date(applyDelay(Date.parse(fromIso), delay, policyOf(state).calendar, sign)).toISOString();
}

/**
 * Every clock the state arms, fired or not. Pure: the due times follow from the state and the
 * policy snapshot it carries, so the workflow, a replay and a test compute the same ones.
 */
export function armedTimers(state: HazardState): DueTimer[] {
  const rules: PolicyRules = policyOf(state).rules;
  const timers: DueTimer[] = [];
  const open = state.status !== 'RECTIFIED' && state.status !== 'CANCELLED';
  if (!open) return timers;

  if (state.level === 'MAJOR' && state.status === 'FOUND' && !state.pendingVerification) {
    timers.push({ key: `listing-overdue@${state.foundAt}`, kind: 'LISTING_OVERDUE', dueAt: at(state.foundAt, rules.listWithin, state) });
  }
  if (state.status === 'LISTED' && state.listing) {
    const from = state.listing.listedAt;
    timers.push({ key: `supervision-overdue@${from}`, kind: 'SUPERVISION_OVERDUE', dueAt: at(from, rules.superviseWithin, state) });
  }
  if (state.deadline && OPEN_WITH_DEADLINE.includes(state.status) && !state.pendingVerification) {
    const deadline = state.deadline;
    timers.push({ key: `deadline-approaching@${deadline}`, kind: 'DEADLINE_APPROACHING', dueAt: at(deadline, rules.remindBefore, state, -1) });
    const missedKey = `deadline-missed@${deadline}`;
    timers.push({ key: missedKey, kind: 'DEADLINE_MISSED', dueAt: deadline });
    if (state.firedTimers.includes(missedKey)) {
      for (const step of rules.ladder) {
        if (step.level <= state.escalationLevel) continue;
        timers.push({ key: `escalation-${step.level}@${deadline}`, kind: 'ESCALATION', dueAt: at(deadline, step.after, state), level: step.level });
      }
    }
  }
  if (state.pendingVerification && state.submission) {
    const from = state.submission.submittedAt;
    timers.push({ key: `verification-overdue@${from}`, kind: 'VERIFICATION_OVERDUE', dueAt: at(from, rules.verifyWithin, state) });
  }
  // progress on the plan's cadence (README "The closed loop"): due an interval after the last report, or the last alarm
  const cadence = state.plan?.progressEvery;
  if (cadence && (state.status === 'SUPERVISED' || state.status === 'SUSPENDED') && !state.pendingVerification && state.supervisedAt) {
    const from = later(later(state.lastProgressAt ?? null, state.lastProgressMissedAt ?? null), state.supervisedAt) as string;
    timers.push({ key: `progress-missed@${from}`, kind: 'PROGRESS_MISSED', dueAt: at(from, cadence, state) });
  }
  // an act an escalation step required (督办函, 约谈, 提级挂牌), not on the record by its time
  for (const r of state.requiredActs ?? []) {
    if (!r.doneAt && !r.overdueAt) timers.push({ key: `act-${r.level}-${r.act}@${r.dueAt}`, kind: 'ACT_OVERDUE', dueAt: r.dueAt, level: r.level as 1 | 2 | 3 });
  }
  if (state.status === 'SUSPENDED' && state.suspension) {
    const s = state.suspension;
    const from = later(later(s.lastCheckAt, s.lastMissedAt), s.suspendedAt) as string;
    const expected = at(from, s.checkInterval, state);
    timers.push({ key: `standby-missed@${from}`, kind: 'STANDBY_CHECK_MISSED', dueAt: at(expected, rules.checkGrace, state) });
  }
  return timers;
}

export const pendingTimers = (state: HazardState): DueTimer[] =>
  armedTimers(state)
    .filter((t) => !state.firedTimers.includes(t.key))
    .sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.key < b.key ? -1 : 1));

/** The next clock to fire, if any: what the workflow sleeps until. */
export const nextDue = (state: HazardState): DueTimer | null => pendingTimers(state)[0] ?? null;

const ruleName = (state: HazardState, field: string): string => {
  const p = policyOf(state);
  return `${p.id}@v${p.version}:${field}`;
};

/** The events a due clock records. */
export function timerEvents(state: HazardState, timer: DueTimer): HazardEventBody[] {
  const rules = policyOf(state).rules;
  const base = { timerKey: timer.key, dueAt: timer.dueAt };
  switch (timer.kind) {
    case 'LISTING_OVERDUE':
      return [{ type: 'ListingOverdue', data: { ...base, rule: ruleName(state, `listWithin=${rules.listWithin}`) } }];
    case 'SUPERVISION_OVERDUE':
      return [{ type: 'SupervisionOverdue', data: { ...base, rule: ruleName(state, `superviseWithin=${rules.superviseWithin}`) } }];
    case 'DEADLINE_APPROACHING':
      return [
        {
          type: 'DeadlineApproaching',
          data: { ...base, deadline: state.deadline as string, rule: ruleName(state, `remindBefore=${rules.remindBefore}`) },
        },
      ];
    case 'DEADLINE_MISSED':
      return [{ type: 'DeadlineMissed', data: { ...base, deadline: state.deadline as string, rule: ruleName(state, 'deadline') } }];
    case 'ESCALATION': {
      const step = rules.ladder.find((s) => s.level === timer.level);
      if (!step) return [];
      return [
        {
          type: 'Escalated',
          data: {
            level: step.level,
            previousLevel: state.escalationLevel,
            notify: step.notify,
            action: step.action,
            reason: 'DEADLINE_MISSED',
            rule: ruleName(state, `ladder[${step.level}].after=${step.after}`),
            timerKey: timer.key,
            dueAt: timer.dueAt,
            ...(step.requires && step.actWithin ? { requires: step.requires, actDueAt: at(timer.dueAt, step.actWithin, state) } : {}),
          },
        },
      ];
    }
    case 'VERIFICATION_OVERDUE':
      return [
        {
          type: 'VerificationOverdue',
          data: { ...base, submittedAt: state.submission?.submittedAt as string, rule: ruleName(state, `verifyWithin=${rules.verifyWithin}`) },
        },
      ];
    case 'ACT_OVERDUE': {
      const required = (state.requiredActs ?? []).find((r) => `act-${r.level}-${r.act}@${r.dueAt}` === timer.key);
      if (!required) return [];
      return [{ type: 'RequiredActOverdue', data: { ...base, level: required.level, act: required.act, rule: ruleName(state, `ladder[${required.level}].requires=${required.act}`) } }];
    }
    case 'PROGRESS_MISSED':
      return [
        {
          type: 'ProgressReportMissed',
          data: { ...base, lastProgressAt: state.lastProgressAt ?? null, progressEvery: state.plan?.progressEvery as string, rule: `plan.progressEvery=${state.plan?.progressEvery}` },
        },
      ];
    case 'STANDBY_CHECK_MISSED':
      return [
        {
          type: 'StandbyCheckMissed',
          data: {
            ...base,
            lastCheckAt: state.suspension?.lastCheckAt ?? null,
            rule: ruleName(state, `checkInterval=${state.suspension?.checkInterval}+checkGrace=${rules.checkGrace}`),
          },
        },
      ];
  }
}
