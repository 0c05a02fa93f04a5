import fc from 'fast-check';
import type { CommandMetadata } from '../shared/metadata';
import { given } from '../testing';
import type { EnforcementBody, OversightCommand } from './commands';
import { decideOversight, drawDecider, oversightDecider } from './decide';
import { type DrawInput, drawRandomInspections } from './draw';
import type { OversightEventBody } from './events';

const office: CommandMetadata = { commandId: 'c1', actor: { sub: 'o', name: '市安委办', roles: ['COMMITTEE_OFFICE'] }, now: '2026-03-02T01:00:00Z' };
const department: CommandMetadata = { commandId: 'c2', actor: { sub: 'd', name: '应急局执法科', roles: ['SUPERVISOR'] }, now: '2026-03-02T01:00:00Z' };

const BODY: EnforcementBody = {
  code: 'PJ-EMERGENCY-ENF',
  name: '盘锦市应急管理综合行政执法队',
  departmentCode: 'EMERGENCY',
  items: [{ code: 'YJ-001', name: '危险化学品企业安全生产条件检查' }],
  source: '行政检查事项清单 (test edition)',
};

const inspection = (over: Partial<Extract<OversightCommand, { type: 'OpenInspection' }>['data']> = {}): OversightCommand => ({
  type: 'OpenInspection',
  data: {
    oversightId: 'i1',
    itemCode: 'YJ-001',
    enterprise: { name: '盘锦某化工有限公司', creditCode: '91211100MA0QX7KB3B', regionCode: '211103' },
    inspectors: [
      { name: '张执法', certificateNo: '21110001' },
      { name: '王执法', certificateNo: '21110002' },
    ],
    approvedBy: '李局长',
    approvalDocument: '盘应急检〔2026〕12号',
    body: BODY,
    inspectionsThisYear: 0,
    annualCap: null,
    ...over,
  },
});

describe('supervision and inspection, kept apart', () => {
  it('refuses a supervision aimed at an enterprise, and says what to do instead', () => {
    const cmd: OversightCommand = { type: 'OpenSupervision', data: { oversightId: 's1', title: '两会期间专项督查', target: { kind: 'ENTERPRISE', code: 'X', name: '某企业' }, method: 'COVERT', leaderLed: false } };
    expect(() => decideOversight(null, cmd, office)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'target.kind', message: expect.stringMatching(/行政检查/) }));
  });

  it('opens a leader-led covert supervision of a district, and refuses it without its leader', () => {
    const cmd: OversightCommand = { type: 'OpenSupervision', data: { oversightId: 's1', title: '两会期间专项督查', target: { kind: 'DISTRICT', code: '211103', name: '兴隆台区' }, method: 'FOUR_NOS_TWO_DIRECTS', leaderLed: true, leader: '王副市长' } };
    expect(decideOversight(null, cmd, office)[0]).toMatchObject({ type: 'SupervisionOpened', data: { method: 'FOUR_NOS_TWO_DIRECTS', leaderLed: true } });
    expect(() => decideOversight(null, { ...cmd, data: { ...cmd.data, leader: null } } as OversightCommand, office)).toThrow(expect.objectContaining({ field: 'leader' }));
    expect(() => decideOversight(null, cmd, department)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('opens an inspection only with an enforcement body, a listed item, two certified inspectors and under the cap', () => {
    expect(decideOversight(null, inspection(), department)[0]).toMatchObject({ type: 'InspectionOpened', data: { item: { code: 'YJ-001' }, body: { code: 'PJ-EMERGENCY-ENF' } } });
    expect(() => decideOversight(null, inspection({ body: null }), department)).toThrow(expect.objectContaining({ field: 'enforcementBodyCode' }));
    expect(() => decideOversight(null, inspection({ itemCode: 'YJ-999' }), department)).toThrow(expect.objectContaining({ field: 'itemCode' }));
    expect(() => decideOversight(null, inspection({ inspectors: [{ name: '张执法', certificateNo: '21110001' }] }), department)).toThrow(
      expect.objectContaining({ field: 'inspectors', message: expect.stringMatching(/at least 2/) }),
    );
    expect(() =>
      decideOversight(null, inspection({ inspectors: [{ name: '张执法', certificateNo: '21110001' }, { name: '张执法', certificateNo: '21110001' }] }), department),
    ).toThrow(expect.objectContaining({ field: 'inspectors' }));
    expect(() => decideOversight(null, inspection({ inspectors: [{ name: '张执法', certificateNo: '21110001' }, { name: '无证人员', certificateNo: '' }] }), department)).toThrow(
      expect.objectContaining({ field: 'inspectors[1].certificateNo' }),
    );
    expect(() => decideOversight(null, inspection({ inspectionsThisYear: 2, annualCap: 2 }), department)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
  });
});

describe('random draws (双随机)', () => {
  const pools = (): DrawInput => ({
    seed: '2026-03-draw-1',
    enterprises: Array.from({ length: 30 }, (_, i) => ({ id: `E${String(i).padStart(2, '0')}`, inspectionsThisYear: i === 3 ? 2 : 0 })),
    inspectors: Array.from({ length: 8 }, (_, i) => ({ id: `P${i}`, certificateNo: `2111000${i}` })),
    conflicts: [{ inspectorId: 'P0', enterpriseId: 'E05' }],
    count: 10,
    inspectorsPerEnterprise: 2,
    annualCap: 2,
  });

  it('repeats exactly from the same pools and seed, in any order of the pools', () => {
    const a = drawRandomInspections(pools());
    const shuffled = { ...pools(), enterprises: [...pools().enterprises].reverse(), inspectors: [...pools().inspectors].reverse() };
    expect(drawRandomInspections(shuffled)).toEqual(a);
    expect(a.assignments).toHaveLength(10);
    expect(drawRandomInspections({ ...pools(), seed: 'another seed' })).not.toEqual(a);
  });

  it('respects declared conflicts, the cap and the team size, and spreads the work', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9-]{1,20}$/), (seed) => {
        const input = { ...pools(), seed };
        const r = drawRandomInspections(input);
        expect(r.capped).toEqual(['E03']);
        for (const a of r.assignments) {
          expect(a.enterpriseId).not.toBe('E03');
          expect(new Set(a.inspectorIds).size).toBe(2);
          if (a.enterpriseId === 'E05') expect(a.inspectorIds).not.toContain('P0');
        }
        const load = new Map<string, number>();
        for (const a of r.assignments) for (const p of a.inspectorIds) load.set(p, (load.get(p) ?? 0) + 1);
        // 10 enterprises × 2 = 20 slots over 8 inspectors: nobody gets more than one above the others.
        expect(Math.max(...load.values()) - Math.min(...load.values())).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('names the enterprises it could not staff instead of staffing them badly', () => {
    const r = drawRandomInspections({ ...pools(), enterprises: [{ id: 'E1' }], conflicts: pools().inspectors.slice(1).map((p) => ({ inspectorId: p.id, enterpriseId: 'E1' })), count: 1 });
    expect(r).toEqual({ assignments: [], unassigned: ['E1'], capped: [] });
  });
});

describe('given events → when command → then events', () => {
  const opened: OversightEventBody = {
    type: 'InspectionOpened',
    data: {
      oversightId: 'i1',
      body: { code: BODY.code, name: BODY.name, departmentCode: BODY.departmentCode, source: BODY.source },
      item: BODY.items[0],
      enterprise: { name: '盘锦某化工有限公司', creditCode: '91211100MA0QX7KB3B', regionCode: '211103' },
      inspectors: [
        { name: '张执法', certificateNo: '21110001' },
        { name: '王执法', certificateNo: '21110002' },
      ],
      approvedBy: '李局长',
      approvalDocument: '盘应急检〔2026〕12号',
      drawId: null,
    },
  };

  test('the office opens a leader-led supervision of a district', () => {
    given(oversightDecider)
      .when({ type: 'OpenSupervision', data: { oversightId: 's1', title: '两会期间专项督查', target: { kind: 'DISTRICT', code: '211103', name: '兴隆台区' }, method: 'FOUR_NOS_TWO_DIRECTS', leaderLed: true, leader: '王副市长' } }, office)
      .then([{ type: 'SupervisionOpened', data: { oversightId: 's1', title: '两会期间专项督查', target: { kind: 'DISTRICT', code: '211103', name: '兴隆台区' }, method: 'FOUR_NOS_TWO_DIRECTS', leaderLed: true, leader: '王副市长' } }]);
  });

  test('an inspection records inspection findings, not a supervision’s', () => {
    const scenario = given(oversightDecider, [opened]);
    scenario.when({ type: 'RecordSupervisionFinding', data: { description: '工作不到位' } }, office).thenThrows('INVALID_TRANSITION', { message: 'an inspection records inspection findings' });
    scenario
      .when({ type: 'RecordInspectionFinding', data: { kind: 'MAJOR_HAZARD', description: '储罐区报警仪失效' } }, department)
      .then([{ type: 'InspectionFindingRecorded', data: { kind: 'MAJOR_HAZARD', description: '储罐区报警仪失效' } }]);
  });

  test('a draw is recorded once, with the result its pools and seed give', () => {
    const input: DrawInput = {
      seed: 'draw-1',
      enterprises: [{ id: 'E1', inspectionsThisYear: 0 }, { id: 'E2', inspectionsThisYear: 0 }],
      inspectors: [{ id: 'P1', certificateNo: '21110001' }, { id: 'P2', certificateNo: '21110002' }, { id: 'P3', certificateNo: '21110003' }],
      conflicts: [],
      count: 1,
      inspectorsPerEnterprise: 2,
      annualCap: null,
    };
    const command = { type: 'RecordRandomDraw', data: { drawId: 'd1', title: '三月抽查', bodyCode: 'PJ-EMERGENCY-ENF', input } } as const;
    const data = { drawId: 'd1', title: '三月抽查', bodyCode: 'PJ-EMERGENCY-ENF', input, result: drawRandomInspections(input) };
    const drawn = given(drawDecider).when(command, department).then([{ type: 'RandomDrawRecorded', data }]);
    expect(drawn).toMatchObject({ id: 'd1', drawnBy: 'd' });
    given(drawDecider, [{ type: 'RandomDrawRecorded', data }]).when(command, department).thenThrows('INVALID_TRANSITION');
  });
});
