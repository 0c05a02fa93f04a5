import type { CommandMetadata } from '../shared/metadata';
import { given } from '../testing';
import type { EnterpriseCommand } from './commands';
import { decideEnterprise, enterpriseDecider } from './decide';
import type { EnterpriseEventBody } from './events';
import { evolveEnterprise } from './evolve';
import type { EnterpriseState } from './state';

const office: CommandMetadata = { commandId: 'c', actor: { sub: 'o', name: '市安委办', roles: ['COMMITTEE_OFFICE'] }, now: '2026-03-01T00:00:00Z' };
const inspector: CommandMetadata = { ...office, actor: { sub: 'i', name: '检查员', roles: ['INSPECTOR'] } };

function apply(state: EnterpriseState | null, command: EnterpriseCommand, meta = office): EnterpriseState {
  return decideEnterprise(state, command, meta).reduce<EnterpriseState | null>(
    (s, body) => evolveEnterprise(s, { ...body, version: (s?.version ?? 0) + 1, metadata: { occurredAt: meta.now, recordedAt: meta.now, actor: meta.actor } }),
    state,
  ) as EnterpriseState;
}

const register: EnterpriseCommand = {
  type: 'RegisterEnterprise',
  data: { creditCode: '91211100MA0QX7KB3B', name: '盘锦某化工有限公司', regionCode: '211103', sector: 'HAZARDOUS_CHEMICALS', departmentCode: 'EMERGENCY', address: '石化园区 8 号' },
};
const verifiers = [{ name: '张三', unit: '市应急局' }, { name: '李四', unit: '区应急局' }];

describe('enterprises, key units and key parts (pure)', () => {
  it('registers once by credit code, designates a key unit, re-colours it with a basis and revokes it', () => {
    let s = apply(null, register);
    expect(s.id).toBe('91211100MA0QX7KB3B');
    expect(() => apply(s, register)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    s = apply(s, { type: 'DesignateKeyUnit', data: { riskColour: 'ORANGE', basis: '涉及重点监管危险化工工艺' } });
    expect(s.keyUnit).toMatchObject({ riskColour: 'ORANGE' });
    expect(() => apply(s, { type: 'DesignateKeyUnit', data: { riskColour: 'ORANGE', basis: 'x' } })).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    expect(decideEnterprise(s, { type: 'DesignateKeyUnit', data: { riskColour: 'RED', basis: '构成一级重大危险源' } }, office)).toEqual([
      { type: 'KeyUnitRiskChanged', data: { from: 'ORANGE', riskColour: 'RED', basis: '构成一级重大危险源' } },
    ]);
    s = apply(s, { type: 'DesignateKeyUnit', data: { riskColour: 'RED', basis: '构成一级重大危险源' } });
    expect(s.keyUnit).toMatchObject({ riskColour: 'RED', basis: '构成一级重大危险源' });
    s = apply(s, { type: 'RevokeKeyUnit', data: { reason: '停产关闭' } });
    expect(s.keyUnit).toBeNull();
    expect(() => apply(s, { type: 'RevokeKeyUnit', data: { reason: 'x' } })).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
  });

  it('refuses a bad credit code, an unknown colour or sector, and a missing basis, before any event', () => {
    expect(() => apply(null, { ...register, data: { ...register.data, creditCode: '91211100MA0QX7KB3C' } })).toThrow(expect.objectContaining({ field: 'creditCode' }));
    expect(() => apply(null, { ...register, data: { ...register.data, sector: 'SPACE' } })).toThrow(expect.objectContaining({ field: 'sector' }));
    const s = apply(null, register);
    expect(() => apply(s, { type: 'DesignateKeyUnit', data: { riskColour: 'PURPLE' as never, basis: 'x' } })).toThrow(expect.objectContaining({ field: 'riskColour' }));
    expect(() => apply(s, { type: 'DesignateKeyUnit', data: { riskColour: 'RED', basis: ' ' } })).toThrow(expect.objectContaining({ field: 'basis' }));
    expect(() => apply(s, { type: 'DesignateKeyUnit', data: { riskColour: 'RED', basis: 'x' } }, inspector)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('keeps key parts with their responsible person, and verifies the unit and each part on site', () => {
    let s = apply(apply(null, register), { type: 'AddKeyPart', data: { partId: 'reactor-2', name: '2号氯化反应釜', location: '一车间', responsibleName: '王工', responsiblePhone: '13800000002' } });
    expect(() => apply(s, { type: 'AddKeyPart', data: { partId: 'reactor-2', name: 'x', location: 'x', responsibleName: 'x' } })).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    expect(() => apply(s, { type: 'AddKeyPart', data: { partId: 'unit', name: 'x', location: 'x', responsibleName: 'x' } })).toThrow(expect.objectContaining({ field: 'partId' }));
    s = apply(s, { type: 'ReassignKeyPart', data: { partId: 'reactor-2', responsibleName: '赵工' } });
    expect(s.keyParts[0]).toMatchObject({ responsibleName: '赵工', responsiblePhone: null });
    expect(() => apply(s, { type: 'ReassignKeyPart', data: { partId: 'nope', responsibleName: 'x' } })).toThrow(expect.objectContaining({ field: 'partId' }));

    expect(() => apply(s, { type: 'VerifyEnterpriseOnSite', data: { verifiers: [verifiers[0], verifiers[0]], result: 'CONSISTENT', discrepancies: [], evidenceHashes: [] } }, inspector)).toThrow(
      expect.objectContaining({ field: 'verifiers' }),
    );
    expect(() => apply(s, { type: 'VerifyEnterpriseOnSite', data: { verifiers, result: 'INCONSISTENT', discrepancies: [], evidenceHashes: [] } }, inspector)).toThrow(expect.objectContaining({ field: 'discrepancies' }));
    expect(() => apply(s, { type: 'VerifyEnterpriseOnSite', data: { verifiers, result: 'CONSISTENT', discrepancies: [], evidenceHashes: [], keyPartId: 'nope' } }, inspector)).toThrow(expect.objectContaining({ field: 'keyPartId' }));
    s = apply(s, { type: 'VerifyEnterpriseOnSite', data: { verifiers, result: 'INCONSISTENT', discrepancies: ['实际位置在二车间'], evidenceHashes: [], keyPartId: 'reactor-2' } }, inspector);
    s = apply(s, { type: 'VerifyEnterpriseOnSite', data: { verifiers, result: 'CONSISTENT', discrepancies: [], evidenceHashes: [] } }, inspector);
    expect(Object.keys(s.siteVerifications).sort()).toEqual(['reactor-2', 'unit']);
    expect(s.siteVerifications['reactor-2']).toMatchObject({ result: 'INCONSISTENT', discrepancies: ['实际位置在二车间'] });
    s = apply(s, { type: 'RemoveKeyPart', data: { partId: 'reactor-2', reason: '已拆除' } });
    expect(s.keyParts).toEqual([]);
    expect(Object.keys(s.siteVerifications)).toEqual(['unit']);
  });
});

describe('given events → when command → then events', () => {
  const registered: EnterpriseEventBody = {
    type: 'EnterpriseRegistered',
    data: { creditCode: '91211100MA0QX7KB3B', name: '盘锦某化工有限公司', regionCode: '211103', sector: 'HAZARDOUS_CHEMICALS', departmentCode: 'EMERGENCY', address: '石化园区 8 号' },
  };

  test('an enterprise registers under its credit code', () => {
    given(enterpriseDecider).when(register, office).then([registered]);
  });
  const orange: EnterpriseEventBody = { type: 'KeyUnitDesignated', data: { riskColour: 'ORANGE', basis: '涉及重点监管危险化工工艺' } };

  test('a key unit re-coloured records where it came from and why', () => {
    given(enterpriseDecider, [registered, orange])
      .when({ type: 'DesignateKeyUnit', data: { riskColour: 'RED', basis: '构成一级重大危险源' } }, office)
      .then([{ type: 'KeyUnitRiskChanged', data: { from: 'ORANGE', riskColour: 'RED', basis: '构成一级重大危险源' } }]);
  });

  test('the same colour again is no change', () => {
    given(enterpriseDecider, [registered, orange]).when({ type: 'DesignateKeyUnit', data: { riskColour: 'ORANGE', basis: 'x' } }, office).thenThrows('INVALID_TRANSITION');
  });

  test('an inspector verifies on site but does not designate', () => {
    given(enterpriseDecider, [registered]).when({ type: 'DesignateKeyUnit', data: { riskColour: 'RED', basis: 'x' } }, inspector).thenThrows('FORBIDDEN', { message: 'your roles do not allow DesignateKeyUnit' });
    given(enterpriseDecider, [registered])
      .when({ type: 'VerifyEnterpriseOnSite', data: { verifiers, result: 'CONSISTENT', discrepancies: [], evidenceHashes: [], keyPartId: 'nope' } }, inspector)
      .thenThrows('BAD_USER_INPUT', { field: 'keyPartId' });
  });
});
