import type { CommandMetadata } from './commands';
import { type DutyRole, type RosterCommand, type RosterState, decideRoster, evolveRoster, openHandoverItems, shiftAt, validateDutyRoleRules } from './duty';
import { type ResourceCommand, type ResourceState, decideResource, evolveResource, resourceReady } from './resources';

const at = (iso: string, sub = 'chief', roles: CommandMetadata['actor']['roles'] = ['SUPERVISOR']): CommandMetadata => ({ commandId: `c-${Math.random()}`, actor: { sub, name: sub, roles }, now: iso });

function apply<S, C>(decide: (s: S | null, c: C, m: CommandMetadata) => { type: string; data: unknown }[], evolve: (s: S | null, e: any) => S, state: S | null, command: C, meta = at('2026-03-01T08:00:00Z')): S {
  return decide(state, command, meta).reduce<S | null>((s, body) => evolve(s, { ...body, version: ((s as { version?: number } | null)?.version ?? 0) + 1, metadata: { occurredAt: meta.now, recordedAt: meta.now, actor: meta.actor } }), state) as S;
}
const roster = (s: RosterState | null, c: RosterCommand, m?: CommandMetadata) => apply(decideRoster, evolveRoster, s, c, m);
const resource = (s: ResourceState | null, c: ResourceCommand, m?: CommandMetadata) => apply(decideResource, evolveResource, s, c, m);

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

describe('emergency resources (pure)', () => {
  const team: ResourceCommand = {
    type: 'RegisterResource',
    data: { resourceId: 't1', kind: 'TEAM', name: '盘锦市危化品应急救援队', regionCode: '211103', departmentCode: 'EMERGENCY', base: '石化园区消防站', teamType: 'HAZARDOUS_CHEMICALS', headcount: 40, leader: '张队长', dutyPhone: '0427-1234567', specialties: ['堵漏', '洗消'] },
  };
  it('refuses a malformed GB/T 38565 code and keeps stock lines by code', () => {
    let depot = resource(null, { type: 'RegisterResource', data: { resourceId: 'd1', kind: 'DEPOT', name: '市级应急物资储备库', regionCode: '211102', departmentCode: 'EMERGENCY', base: '双台子区' } });
    for (const bad of ['4101001', '110100', '11010011', '1A01001']) {
      expect(() => resource(depot, { type: 'SetStock', data: { code: bad, name: '堵漏工具', unit: '套', quantity: 5, condition: 'GOOD', expiresOn: null, reason: '入库' } })).toThrow(expect.objectContaining({ field: 'code' }));
    }
    depot = resource(depot, { type: 'SetStock', data: { code: '2101001', name: '防化服', unit: '套', quantity: 50, condition: 'GOOD', expiresOn: '2027-01-01', reason: '入库' } });
    expect(resourceReady(depot, '2026-12-01')).toBe(true);
    expect(resourceReady(depot, '2027-01-02')).toBe(false);
    depot = resource(depot, { type: 'SetStock', data: { code: '2101001', name: '防化服', unit: '套', quantity: 0, condition: 'GOOD', expiresOn: '2027-01-01', reason: '调拨' } });
    expect(depot.stock).toHaveLength(1);
    expect(resourceReady(depot, '2026-12-01')).toBe(false);
  });

  it('counts a team ready with people on duty and a drill within the year', () => {
    let t = resource(null, team);
    expect(resourceReady(t, '2026-03-01')).toBe(false);
    t = resource(t, { type: 'ReportTeamStatus', data: { onDuty: 12 } });
    t = resource(t, { type: 'RecordDrill', data: { heldOn: '2025-06-01', note: '储罐泄漏处置演练' } });
    expect(resourceReady(t, '2026-03-01')).toBe(true);
    expect(resourceReady(t, '2026-06-02')).toBe(false);
    expect(() => resource(t, { type: 'ReportTeamStatus', data: { onDuty: 41 } })).toThrow(expect.objectContaining({ field: 'onDuty' }));
    expect(() => resource(null, { ...team, data: { ...(team as any).data, dutyPhone: null } } as ResourceCommand)).toThrow(expect.objectContaining({ field: 'dutyPhone' }));
  });
});
