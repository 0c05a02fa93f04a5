import type { CommandMetadata } from '../shared/metadata';
import { given, recorded } from '../testing';
import type { DutyRole, RosterCommand } from './commands';
import { decideRoster, dutyLogDecider, rosterDecider } from './decide';
import type { DutyLogEventBody, RosterEventBody } from './events';
import { evolveRoster } from './evolve';
import { validateDutyRoleRules } from './rules';
import { type RosterState, openHandoverItems, shiftAt } from './state';

const at = (iso: string, sub = 'chief', roles: CommandMetadata['actor']['roles'] = ['SUPERVISOR']): CommandMetadata => ({ commandId: `c-${Math.random()}`, actor: { sub, name: sub, roles }, now: iso });

function apply<S, C>(decide: (s: S | null, c: C, m: CommandMetadata) => { type: string; data: unknown }[], evolve: (s: S | null, e: any) => S, state: S | null, command: C, meta = at('2026-03-01T08:00:00Z')): S {
  return decide(state, command, meta).reduce<S | null>((s, body) => evolve(s, { ...body, version: ((s as { version?: number } | null)?.version ?? 0) + 1, metadata: { occurredAt: meta.now, recordedAt: meta.now, actor: meta.actor } }), state) as S;
}
const roster = (s: RosterState | null, c: RosterCommand, m?: CommandMetadata) => apply(decideRoster, evolveRoster, s, c, m);

const people = (roles: DutyRole[], suffix = '') => roles.map((role, i) => ({ role, name: `${role}${suffix}`, phone: `1380000000${i}` }));
const DISTRICT: DutyRole[] = ['DUTY_LEADER', 'SHIFT_HEAD', 'DISPATCHER'];
const publish = (assignmentsDay: ReturnType<typeof people>, assignmentsNight = people(DISTRICT, '夜')): RosterCommand => ({
  type: 'PublishRoster',
  data: {
    rosterId: 'r1',
    level: 'DISTRICT',
    regionCode: '211103',
    departmentCode: 'EMERGENCY',
    shifts: [
      { date: '2026-03-02', name: '白班', startsAt: '2026-03-02T08:30:00+08:00', endsAt: '2026-03-02T17:30:00+08:00', assignments: assignmentsDay },
      { date: '2026-03-02', name: '夜班', startsAt: '2026-03-02T17:30:00+08:00', endsAt: '2026-03-03T08:30:00+08:00', assignments: assignmentsNight },
    ],
  },
});

describe('rosters, swaps, presence and handovers (pure)', () => {
  it('refuses a roster with a missing duty leader, and one with a gap between shifts', () => {
    expect(() => roster(null, publish(people(['SHIFT_HEAD', 'DISPATCHER'])))).toThrow(expect.objectContaining({ field: 'shifts[0].assignments', message: expect.stringMatching(/带班领导/) }));
    const gap = publish(people(DISTRICT));
    if (gap.type === 'PublishRoster') gap.data.shifts[1].startsAt = '2026-03-02T18:00:00+08:00';
    expect(() => roster(null, gap)).toThrow(expect.objectContaining({ field: 'shifts', message: expect.stringMatching(/nobody is on duty/) }));
    expect(() => roster(null, { ...publish(people(DISTRICT)), data: { ...(publish(people(DISTRICT)) as any).data, requiredRoles: ['TECHNICAL_SUPPORT'] } })).toThrow(expect.objectContaining({ message: expect.stringMatching(/技术保障/) }));
    const s = roster(null, publish(people(DISTRICT)));
    expect(s.requiredRoles).toEqual(DISTRICT);
    expect(shiftAt(s, Date.parse('2026-03-02T12:00:00Z'))?.key).toBe('2026-03-02/夜班');
  });

  it('takes the roles per level from the saved rules, which always require the duty leader', () => {
    expect(() => validateDutyRoleRules({ source: 'x', byLevel: { CITY: ['SHIFT_HEAD'], DISTRICT: ['DUTY_LEADER'] } })).toThrow(expect.objectContaining({ field: 'byLevel.CITY' }));
    expect(() => validateDutyRoleRules({ source: 'x', byLevel: { CITY: ['DUTY_LEADER'] } })).toThrow(expect.objectContaining({ field: 'byLevel.DISTRICT' }));
    const rules = { version: 3, ...validateDutyRoleRules({ source: '某市值班工作规定（2026）', byLevel: { CITY: ['DUTY_LEADER'], DISTRICT: ['DISPATCHER', 'DUTY_LEADER', 'INFORMATION_OFFICER'] } }) };
    expect(rules.byLevel.DISTRICT).toEqual(['DUTY_LEADER', 'DISPATCHER', 'INFORMATION_OFFICER']);
    const command = publish(people(DISTRICT));
    if (command.type === 'PublishRoster') command.data.roleRules = rules;
    expect(() => roster(null, command)).toThrow(expect.objectContaining({ message: expect.stringMatching(/信息员/) }));
    const full = publish(people([...DISTRICT, 'INFORMATION_OFFICER']), people([...DISTRICT, 'INFORMATION_OFFICER'], '夜'));
    if (full.type === 'PublishRoster') full.data.roleRules = rules;
    expect(roster(null, full).requiredRoles).toEqual(['DUTY_LEADER', 'DISPATCHER', 'INFORMATION_OFFICER']);
  });

  it('swaps only with a second person’s approval, and records presence', () => {
    let s = roster(null, publish(people(DISTRICT)));
    s = roster(s, { type: 'RequestSwap', data: { swapId: 'w1', shift: '2026-03-02/夜班', role: 'DUTY_LEADER', toName: '李副局长', reason: '出差' } }, at('2026-03-01T09:00:00Z', 'chief'));
    expect(() => roster(s, { type: 'DecideSwap', data: { swapId: 'w1', approved: true } }, at('2026-03-01T09:05:00Z', 'chief'))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    s = roster(s, { type: 'DecideSwap', data: { swapId: 'w1', approved: true } }, at('2026-03-01T09:10:00Z', 'director'));
    expect(s.shifts[1].assignments.DUTY_LEADER?.name).toBe('李副局长');
    expect(() => roster(s, { type: 'DecideSwap', data: { swapId: 'w1', approved: false } }, at('2026-03-01T09:11:00Z', 'director'))).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    s = roster(s, { type: 'RecordPresence', data: { shift: '2026-03-02/白班', role: 'DUTY_LEADER', status: 'ON_POST' } });
    expect(s.shifts[0].presence.DUTY_LEADER?.status).toBe('ON_POST');
    expect(() => roster(s, { type: 'RecordPresence', data: { shift: '2026-03-02/白班', role: 'TECHNICAL_SUPPORT', status: 'ON_POST' } })).toThrow(expect.objectContaining({ field: 'role' }));
  });

  it('keeps handed-over items open until the incoming shift confirms', () => {
    let s = roster(null, publish(people(DISTRICT)));
    s = roster(s, { type: 'HandOver', data: { handoverId: 'h1', fromShift: '2026-03-02/白班', toShift: '2026-03-02/夜班', pendingItems: ['跟踪兴隆台区储罐泄漏事故续报', '22:00 前回复市委值班室'] } }, at('2026-03-02T09:25:00Z', 'day-head'));
    expect(openHandoverItems(s).map((x) => x.item)).toEqual(['跟踪兴隆台区储罐泄漏事故续报', '22:00 前回复市委值班室']);
    expect(() => roster(s, { type: 'ConfirmHandover', data: { handoverId: 'h1' } }, at('2026-03-02T09:30:00Z', 'day-head'))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => roster(s, { type: 'HandOver', data: { handoverId: 'h2', fromShift: '2026-03-02/夜班', toShift: '2026-03-02/白班', pendingItems: [] } })).toThrow(expect.objectContaining({ field: 'toShift' }));
    s = roster(s, { type: 'ConfirmHandover', data: { handoverId: 'h1' } }, at('2026-03-02T09:31:00Z', 'night-head'));
    expect(openHandoverItems(s)).toEqual([]);
    expect(s.handovers[0]).toMatchObject({ confirmedBy: 'night-head' });
  });
});

describe('given events → when command → then events', () => {
  const assignments = (suffix: string) => ({
    DUTY_LEADER: { name: `DUTY_LEADER${suffix}`, phone: '13800000000' },
    SHIFT_HEAD: { name: `SHIFT_HEAD${suffix}`, phone: '13800000001' },
    DISPATCHER: { name: `DISPATCHER${suffix}`, phone: '13800000002' },
  });
  const published: RosterEventBody = {
    type: 'RosterPublished',
    data: {
      rosterId: 'r1',
      level: 'DISTRICT',
      regionCode: '211103',
      departmentCode: 'EMERGENCY',
      requiredRoles: DISTRICT,
      roleRulesVersion: 0,
      shifts: [
        { key: '2026-03-02/白班', date: '2026-03-02', name: '白班', startsAt: '2026-03-02T00:30:00.000Z', endsAt: '2026-03-02T09:30:00.000Z', assignments: assignments('') },
        { key: '2026-03-02/夜班', date: '2026-03-02', name: '夜班', startsAt: '2026-03-02T09:30:00.000Z', endsAt: '2026-03-03T00:30:00.000Z', assignments: assignments('夜') },
      ],
    },
  };
  const swapRequested = recorded<RosterEventBody>(
    { type: 'SwapRequested', data: { id: 'w1', shift: '2026-03-02/夜班', role: 'DUTY_LEADER', from: { name: 'DUTY_LEADER夜', phone: '13800000000' }, to: { name: '李副局长', phone: null }, reason: '出差', requestedBy: 'chief' } },
    { sub: 'chief', name: 'chief', roles: ['SUPERVISOR'] },
  );

  test('a roster is published as its shifts were given, in time order', () => {
    given(rosterDecider).when(publish(people(DISTRICT, '')), at('2026-03-01T08:00:00Z')).then([published]);
  });

  test('a swap is approved by someone other than who asked for it', () => {
    const scenario = given(rosterDecider, [published, swapRequested]);
    scenario.when({ type: 'DecideSwap', data: { swapId: 'w1', approved: true } }, at('2026-03-01T09:05:00Z', 'chief')).thenThrows('FORBIDDEN');
    const after = scenario.when({ type: 'DecideSwap', data: { swapId: 'w1', approved: true } }, at('2026-03-01T09:10:00Z', 'director')).then([{ type: 'SwapApproved', data: { swapId: 'w1' } }]);
    expect(after?.shifts[1].assignments.DUTY_LEADER?.name).toBe('李副局长');
  });

  test('presence is recorded only for a role the shift has', () => {
    given(rosterDecider, [published]).when({ type: 'RecordPresence', data: { shift: '2026-03-02/白班', role: 'TECHNICAL_SUPPORT', status: 'ON_POST' } }, at('2026-03-02T01:00:00Z')).thenThrows('BAD_USER_INPUT', { field: 'role' });
  });

  test('a duty log entry records whom the desk notified, by supervisors and the office only', () => {
    const entry: DutyLogEventBody = {
      type: 'DutyLogEntryRecorded',
      data: {
        id: 'e1', regionCode: '211103', departmentCode: 'EMERGENCY', receivedAt: '2026-03-02T01:00:00.000Z', channel: 'PHONE', reporter: '张', reporterPhone: null, place: null, summary: '来电',
        casualties: { deaths: 0, injuries: 0, missing: 0 }, measures: null, instructions: null, incidentId: null, hazardId: null, majorHazardSourceId: null,
      },
    };
    const notify = { type: 'RecordNotification', data: { whom: '市应急局', at: '2026-03-02T09:10:00+08:00' } } as const;
    given(dutyLogDecider, [entry]).when(notify, at('2026-03-02T01:15:00Z')).then([{ type: 'NotificationRecorded', data: { whom: '市应急局', at: '2026-03-02T01:10:00.000Z' } }]);
    given(dutyLogDecider, [entry]).when(notify, at('2026-03-02T01:15:00Z', 'i', ['INSPECTOR'])).thenThrows('FORBIDDEN');
  });
});
