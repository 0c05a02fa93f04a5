import type { CommandMetadata } from '../shared/metadata';
import { given } from '../testing';
import type { ResourceCommand } from './commands';
import { decideResource, resourceDecider } from './decide';
import type { ResourceEventBody } from './events';
import { evolveResource } from './evolve';
import { type ResourceState, resourceReady } from './state';

const at = (iso: string, sub = 'chief', roles: CommandMetadata['actor']['roles'] = ['SUPERVISOR']): CommandMetadata => ({ commandId: `c-${Math.random()}`, actor: { sub, name: sub, roles }, now: iso });

function apply<S, C>(decide: (s: S | null, c: C, m: CommandMetadata) => { type: string; data: unknown }[], evolve: (s: S | null, e: any) => S, state: S | null, command: C, meta = at('2026-03-01T08:00:00Z')): S {
  return decide(state, command, meta).reduce<S | null>((s, body) => evolve(s, { ...body, version: ((s as { version?: number } | null)?.version ?? 0) + 1, metadata: { occurredAt: meta.now, recordedAt: meta.now, actor: meta.actor } }), state) as S;
}
const resource = (s: ResourceState | null, c: ResourceCommand, m?: CommandMetadata) => apply(decideResource, evolveResource, s, c, m);

const team: ResourceCommand = {
  type: 'RegisterResource',
  data: { resourceId: 't1', kind: 'TEAM', name: '盘锦市危化品应急救援队', regionCode: '211103', departmentCode: 'EMERGENCY', base: '石化园区消防站', teamType: 'HAZARDOUS_CHEMICALS', headcount: 40, leader: '张队长', dutyPhone: '0427-1234567', specialties: ['堵漏', '洗消'] },
};

describe('emergency resources (pure)', () => {
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

describe('given events → when command → then events', () => {
  const registered = (kind: 'TEAM' | 'DEPOT'): ResourceEventBody => ({
    type: 'ResourceRegistered',
    data: { resourceId: 't1', kind, name: '盘锦市危化品应急救援队', regionCode: '211103', departmentCode: 'EMERGENCY', base: '石化园区消防站', teamType: kind === 'TEAM' ? 'HAZARDOUS_CHEMICALS' : null, headcount: kind === 'TEAM' ? 40 : 0, leader: '张队长', dutyPhone: '0427-1234567', specialties: ['堵漏', '洗消'] },
  });
  const meta = at('2026-03-01T08:00:00Z');

  test('a team is registered as given', () => {
    given(resourceDecider).when(team, meta).then([registered('TEAM')]);
  });

  test('a team reports who is on duty, its headcount kept unless it says otherwise', () => {
    given(resourceDecider, [registered('TEAM')]).when({ type: 'ReportTeamStatus', data: { onDuty: 12 } }, meta).then([{ type: 'TeamStatusReported', data: { onDuty: 12, headcount: 40 } }]);
  });

  test('a depot holds no drills, and stock is coded by GB/T 38565', () => {
    given(resourceDecider, [registered('DEPOT')]).when({ type: 'RecordDrill', data: { heldOn: '2026-02-01', note: '演练' } }, meta).thenThrows('INVALID_TRANSITION', { message: '盘锦市危化品应急救援队 is a depot' });
    given(resourceDecider, [registered('DEPOT')])
      .when({ type: 'SetStock', data: { code: '4101001', name: '堵漏工具', unit: '套', quantity: 5, condition: 'GOOD', expiresOn: null, reason: '入库' } }, meta)
      .thenThrows('BAD_USER_INPUT', { field: 'code' });
  });
});
