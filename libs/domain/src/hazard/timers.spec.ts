import { DomainError } from '../shared/errors';
import { type CommandMetadata, SYSTEM_ACTOR } from '../shared/metadata';
import type { AnyCommand } from './commands';
import { decide } from './decide';
import { envelope } from './envelope';
import { evolve } from './evolve';
import type { PolicySnapshot } from './policy';
import type { HazardState } from './state';
import { armedTimers, nextDue, pendingTimers } from './timers';

const POLICY: PolicySnapshot = {
  id: 'p',
  version: 3,
  rules: {
    listWithin: 'PT1H',
    superviseWithin: 'PT2H',
    remindBefore: 'PT1H',
    ladder: [
      { level: 1, after: 'PT0S', notify: 'DEPARTMENT_HEAD', action: 'a' },
      { level: 2, after: 'PT1H', notify: 'COMMITTEE_OFFICE', action: 'b' },
      { level: 3, after: 'PT2H', notify: 'COMMITTEE_OFFICE', action: 'c' },
    ],
    verifyWithin: 'PT3H',
    checkInterval: 'PT24H',
    checkGrace: 'PT30M',
  },
  calendar: { years: [], holidays: [], workdays: [] },
  warnings: [],
};

const T0 = Date.parse('2026-03-02T01:00:00Z');
const iso = (hours: number) => new Date(T0 + hours * 3_600_000).toISOString();
const sup = { sub: 'sup', name: '督办', roles: ['SUPERVISOR' as const] };
const sup2 = { sub: 'sup2', name: '督办2', roles: ['SUPERVISOR' as const] };

let n = 0;
function run(state: HazardState | null, command: AnyCommand, hours: number, actor = sup): HazardState {
  const meta: CommandMetadata = { commandId: `c${++n}`, actor, now: iso(hours) };
  const events = envelope('h1', state?.version ?? 0, decide(state, command, meta), meta, () => `e${++n}`);
  return events.reduce<HazardState | null>(evolve, state) as HazardState;
}
const fire = (state: HazardState, key: string, hours: number) => run(state, { type: 'FireTimer', data: { key } }, hours, SYSTEM_ACTOR as never);

function reported(level: 'MAJOR' | 'GENERAL' = 'MAJOR'): HazardState {
  return run(
    null,
    {
      type: 'ReportHazard',
      data: {
        hazardId: 'h1', code: 'YH-1', title: 't', description: 'd', level, sector: 'FIRE', regionCode: '211102', departmentCode: 'FIRE',
        enterpriseName: 'e', source: 'DEPARTMENT_INSPECTION', foundAt: iso(0), policy: POLICY,
      },
    },
    0,
  );
}
const listed = (deadlineHours: number, at = 0.5) =>
  run(reported(), { type: 'ListHazard', data: { listingLevel: 'CITY', supervisingUnit: 'u', deadline: iso(deadlineHours), policy: POLICY } }, at);

describe('nextDue: the clocks a state arms', () => {
  it('arms the listing clock for a found MAJOR hazard only', () => {
    expect(nextDue(reported())).toMatchObject({ kind: 'LISTING_OVERDUE', dueAt: iso(1) });
    expect(nextDue(reported('GENERAL'))).toBeNull();
  });

  it('arms supervision and deadline clocks once listed, in due order', () => {
    expect(pendingTimers(listed(10)).map((t) => [t.kind, t.dueAt])).toEqual([
      ['SUPERVISION_OVERDUE', iso(2.5)],
      ['DEADLINE_APPROACHING', iso(9)],
      ['DEADLINE_MISSED', iso(10)],
    ]);
  });

  it('arms the ladder only after the deadline was missed, and never a level already reached', () => {
    let s = listed(10);
    s = fire(s, nextDue(s)!.key, 2.5);
    s = fire(s, `deadline-approaching@${iso(10)}`, 9);
    expect(pendingTimers(s).map((t) => t.kind)).toEqual(['DEADLINE_MISSED']);
    s = fire(s, `deadline-missed@${iso(10)}`, 10);
    expect(pendingTimers(s).map((t) => [t.level, t.dueAt])).toEqual([
      [1, iso(10)],
      [2, iso(11)],
      [3, iso(12)],
    ]);
    s = fire(s, `escalation-1@${iso(10)}`, 10);
    expect(s.escalationLevel).toBe(1);
    expect(nextDue(s)).toMatchObject({ level: 2, dueAt: iso(11) });
  });

  it('moves the deadline clocks with an approved extension', () => {
    let s = listed(10);
    s = run(s, { type: 'RequestDeadlineExtension', data: { requestedDeadline: iso(50), reason: 'r' } }, 1);
    s = run(s, { type: 'DecideDeadlineExtension', data: { approved: true } }, 1.5, sup2);
    expect(armedTimers(s).filter((t) => t.kind.startsWith('DEADLINE')).map((t) => t.dueAt)).toEqual([iso(49), iso(50)]);
  });

  it('pauses deadline clocks while a rectification waits for verification, and arms verification instead', () => {
    let s = listed(10);
    s = run(s, { type: 'SuperviseHazard', data: { plan: { responsibleUnit: 'u', responsiblePerson: 'p', measures: 'm', fundingAmount: 1, contingencyPlan: 'c' } } }, 1);
    s = run(s, { type: 'SubmitRectification', data: { summary: 's' } }, 2);
    expect(pendingTimers(s).map((t) => [t.kind, t.dueAt])).toEqual([['VERIFICATION_OVERDUE', iso(5)]]);
  });

  it('arms the standby clock from the last check, plus the grace', () => {
    let s = listed(100);
    s = run(s, { type: 'SuspendOperations', data: { scope: 'FULL', reason: 'r', monitors: [{ name: '张' }], checkInterval: 'PT6H' } }, 1);
    expect(pendingTimers(s).find((t) => t.kind === 'STANDBY_CHECK_MISSED')?.dueAt).toBe(iso(7.5));
    s = run(s, { type: 'RecordStandbyCheck', data: { monitor: '张', productionObserved: false } }, 3);
    expect(pendingTimers(s).find((t) => t.kind === 'STANDBY_CHECK_MISSED')?.dueAt).toBe(iso(9.5));
    s = fire(s, pendingTimers(s).find((t) => t.kind === 'STANDBY_CHECK_MISSED')!.key, 9.5);
    expect(pendingTimers(s).find((t) => t.kind === 'STANDBY_CHECK_MISSED')?.dueAt).toBe(iso(16));
  });

  it('asks for progress on the plan’s cadence: a missed report raises its alarm once, a report restarts the clock', () => {
    let s = listed(1000);
    const plan = { responsibleUnit: 'u', responsiblePerson: 'p', measures: 'm', fundingAmount: 1, contingencyPlan: 'c', progressEvery: 'PT24H' };
    s = run(s, { type: 'SuperviseHazard', data: { plan } }, 1);
    const due = () => pendingTimers(s).find((t) => t.kind === 'PROGRESS_MISSED');
    expect(due()?.dueAt).toBe(iso(25));
    s = run(s, { type: 'ReportProgress', data: { percent: 20, note: 'n' } }, 10);
    expect(due()?.dueAt).toBe(iso(34));
    s = fire(s, due()!.key, 34);
    expect(s.lastProgressMissedAt).toBe(iso(34));
    expect(s.firedTimers.filter((k) => k.startsWith('progress-missed@'))).toHaveLength(1);
    // the next one is due a cadence after the alarm, until progress is reported
    expect(due()?.dueAt).toBe(iso(58));
    // a plan without a cadence asks for nothing
    const plain = run(listed(1000), { type: 'SuperviseHazard', data: { plan: { ...plan, progressEvery: null } } }, 1);
    expect(pendingTimers(plain).some((t) => t.kind === 'PROGRESS_MISSED')).toBe(false);
  });

  it('makes an act a step requires (督办函) due, and overdue itself when it is not on the record in time', () => {
    const acting: PolicySnapshot = {
      ...POLICY,
      rules: {
        ...POLICY.rules,
        ladder: [
          { level: 1, after: 'PT0S', notify: 'DEPARTMENT_HEAD', action: '发督办函', requires: 'SUPERVISION_LETTER', actWithin: 'PT2H' },
          { level: 2, after: 'PT10H', notify: 'COMMITTEE_OFFICE', action: '约谈', requires: 'INTERVIEW', actWithin: 'PT2H' },
          { level: 3, after: 'PT20H', notify: 'COMMITTEE_OFFICE', action: 'c' },
        ],
      },
    };
    let s = run(reported(), { type: 'ListHazard', data: { listingLevel: 'CITY', supervisingUnit: 'u', deadline: iso(10), policy: acting } }, 0.5);
    s = fire(s, 'deadline-missed@' + iso(10), 10);
    s = fire(s, pendingTimers(s).find((t) => t.kind === 'ESCALATION')!.key, 10);
    expect(s.requiredActs).toEqual([{ level: 1, act: 'SUPERVISION_LETTER', dueAt: iso(12), doneAt: null, overdueAt: null }]);
    const act = () => pendingTimers(s).find((t) => t.kind === 'ACT_OVERDUE');
    expect(act()?.dueAt).toBe(iso(12));
    // not recorded in time: overdue, once
    s = fire(s, act()!.key, 12);
    expect(s.requiredActs?.[0].overdueAt).toBe(iso(12));
    expect(act()).toBeUndefined();
    // the next step's act, recorded in time, closes its clock
    s = fire(s, pendingTimers(s).find((t) => t.kind === 'ESCALATION')!.key, 20);
    expect(act()?.dueAt).toBe(iso(22));
    s = run(s, { type: 'RecordInterview', data: { interviewee: '主要负责人', heldAt: iso(21), minutes: '限期整改' } }, 21);
    expect(s.requiredActs?.[1]).toMatchObject({ act: 'INTERVIEW', doneAt: iso(21), overdueAt: null });
    expect(act()).toBeUndefined();
    expect(s.acts).toEqual([{ act: 'INTERVIEW', at: iso(21), by: { sub: 'sup', name: '督办' }, reference: '主要负责人' }]);
  });

  it('arms nothing once the hazard is closed', () => {
    const s = run(listed(10), { type: 'CancelHazard', data: { reason: 'r' } }, 1, { sub: 'o', name: 'o', roles: ['COMMITTEE_OFFICE' as never] });
    expect(armedTimers(s)).toEqual([]);
  });
});

describe('FireTimer', () => {
  it('records a due clock once, refuses it early, twice, or from anyone but the system', () => {
    const s = reported();
    const key = nextDue(s)!.key;
    const refused = (fn: () => unknown, code: string) => {
      try {
        fn();
        throw new Error('not refused');
      } catch (err) {
        expect(err).toBeInstanceOf(DomainError);
        expect((err as DomainError).code).toBe(code);
      }
    };
    refused(() => fire(s, key, 0.5), 'INVALID_TRANSITION');
    refused(() => run(s, { type: 'FireTimer', data: { key } }, 2), 'FORBIDDEN');
    const fired = fire(s, key, 1);
    expect(fired.firedTimers).toEqual([key]);
    expect(fired.version).toBe(2);
    refused(() => fire(fired, key, 2), 'INVALID_TRANSITION');
  });
});
