import { isValidCreditCode } from '@hazard/domain';
import { type TestStack, codeOf, startStack } from './support/stack';

const ENTERPRISE = `id creditCode version name regionCode sector departmentCode
  keyUnit { riskColour riskColourLabel basis }
  keyParts { id name location responsibleName responsiblePhone siteVerification { result discrepancies verifiers } }
  siteVerification { result }`;
const HISTORY = 'history { version type prevHash hash recordedAt }';

/** A valid unified social credit code (GB 32100-2015) built from 17 characters and its check character. */
function creditCodeFrom(body17: string): string {
  for (const c of '0123456789ABCDEFGHJKLMNPQRTUWXY') if (isValidCreditCode(body17 + c)) return body17 + c;
  throw new Error('no check character');
}

describe('enterprises, key units and key parts, through GraphQL on a real Postgres', () => {
  let stack: TestStack;
  let office: string;
  let supervisorIn: string;
  let supervisorOut: string;
  let inspector: string;
  let auditor: string;
  const creditCode = creditCodeFrom('91211100MA0QX7KB3');
  const other = creditCodeFrom('91211100MA0QX7KC4');

  const mutate = (token: string, name: string, input: Record<string, unknown>, fields = `${ENTERPRISE} ${HISTORY}`) =>
    stack.gql(token, `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${fields} } }`, { input });
  const enterprise = (token: string, code = creditCode, extra: Record<string, unknown> = {}) =>
    stack.gql(token, `query($c: ID!, $at: DateTime) { enterprise(creditCode: $c, at: $at) { ${ENTERPRISE} ${HISTORY} } }`, { c: code, ...extra });
  const historyLength = async () => (await enterprise(auditor)).data.enterprise.history.length;

  beforeAll(async () => {
    stack = await startStack();
    office = await stack.token({ sub: 'office', roles: ['COMMITTEE_OFFICE'] });
    supervisorIn = await stack.token({ sub: 'sup-in', roles: ['SUPERVISOR'], regions: ['211103'], departments: ['EMERGENCY'] });
    supervisorOut = await stack.token({ sub: 'sup-out', roles: ['SUPERVISOR'], regions: ['211104'], departments: ['EMERGENCY'] });
    inspector = await stack.token({ sub: 'insp', roles: ['INSPECTOR'], regions: ['211103'], departments: ['EMERGENCY'] });
    auditor = await stack.token({ sub: 'aud', roles: ['AUDITOR'] });
  });
  afterAll(() => stack?.close());

  it('registers an enterprise once per credit code, refuses bad input and other scopes, and keys units by colour', async () => {
    const base = { name: '盘锦某化工有限公司', regionCode: '211103', sector: 'HAZARDOUS_CHEMICALS', departmentCode: 'EMERGENCY', address: '石化园区 8 号' };
    const bad = await mutate(supervisorIn, 'registerEnterprise', { ...base, creditCode: `${creditCode.slice(0, 17)}${creditCode[17] === '0' ? '1' : '0'}` });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.field).toBe('creditCode');
    expect(codeOf(await mutate(supervisorOut, 'registerEnterprise', { ...base, creditCode }))).toBe('FORBIDDEN');
    expect((await enterprise(auditor)).data.enterprise).toBeNull();

    const reg = await mutate(supervisorIn, 'registerEnterprise', { ...base, creditCode: creditCode.toLowerCase() });
    expect(reg.errors).toBeUndefined();
    expect(reg.data.registerEnterprise).toMatchObject({ id: creditCode, creditCode, version: 1, keyUnit: null });
    expect(codeOf(await mutate(office, 'registerEnterprise', { ...base, creditCode }))).toBe('INVALID_TRANSITION');

    await mutate(supervisorIn, 'designateKeyUnit', { creditCode, riskColour: 'ORANGE', basis: '涉及重点监管危险化工工艺' });
    expect(codeOf(await mutate(supervisorIn, 'designateKeyUnit', { creditCode, riskColour: 'ORANGE', basis: '重复' }))).toBe('INVALID_TRANSITION');
    expect(codeOf(await mutate(inspector, 'designateKeyUnit', { creditCode, riskColour: 'RED', basis: 'x' }))).toBe('FORBIDDEN');
    const red = await mutate(office, 'designateKeyUnit', { creditCode, riskColour: 'RED', basis: '构成三级重大危险源，周边人口密集', expectedVersion: 2 });
    expect(red.errors).toBeUndefined();
    expect(red.data.designateKeyUnit.keyUnit).toEqual({ riskColour: 'RED', riskColourLabel: '红（重大风险）', basis: '构成三级重大危险源，周边人口密集' });
    const history = red.data.designateKeyUnit.history;
    expect(history.map((e: any) => e.type)).toEqual(['EnterpriseRegistered', 'KeyUnitDesignated', 'KeyUnitRiskChanged']);
    history.slice(1).forEach((e: any, i: number) => expect(e.prevHash).toBe(history[i].hash));
    expect(codeOf(await mutate(office, 'designateKeyUnit', { creditCode, riskColour: 'YELLOW', basis: 'x', expectedVersion: 2 }))).toBe('VERSION_CONFLICT');

    // Out of scope: not revealed, not listed.
    expect(codeOf(await enterprise(supervisorOut))).toBe('NOT_FOUND');
    expect((await stack.gql(supervisorOut, '{ enterprises { id } }')).data.enterprises).toEqual([]);
    expect((await stack.gql(supervisorIn, '{ enterprises(filter: { keyUnit: true, riskColour: RED }) { id } }')).data.enterprises).toEqual([{ id: creditCode }]);
  });

  it('keeps key parts with their responsible person (masked for auditors) and verifies a part on site, its findings becoming hazards once', async () => {
    const added = await mutate(supervisorIn, 'addKeyPart', { creditCode, partId: 'reactor-2', name: '2号氯化反应釜', location: '一车间', responsibleName: '王工', responsiblePhone: '13800000002' });
    expect(added.errors).toBeUndefined();
    expect(added.data.addKeyPart.keyParts[0]).toMatchObject({ id: 'reactor-2', responsibleName: '王工', responsiblePhone: '13800000002' });
    const seenByAuditor = (await enterprise(auditor)).data.enterprise;
    expect(seenByAuditor.keyParts[0].responsiblePhone).not.toBe('13800000002');
    expect(JSON.stringify(seenByAuditor)).not.toContain('13800000002');

    const before = await historyLength();
    const fields = `enterprise { ${ENTERPRISE} } hazards { id source enterpriseCreditCode location origin { kind reference } }`;
    const one = await mutate(inspector, 'verifyEnterpriseOnSite', { creditCode, keyPartId: 'reactor-2', verifiers: [{ name: '刘核查' }], result: 'CONSISTENT' }, fields);
    expect(one.errors?.[0].extensions?.field).toBe('verifiers');
    const badFinding = await mutate(
      inspector,
      'verifyEnterpriseOnSite',
      { creditCode, keyPartId: 'reactor-2', verifiers: [{ name: '刘核查' }, { name: '陈核查' }], result: 'CONSISTENT', findings: [{ title: ' ', description: 'x', level: 'GENERAL' }] },
      fields,
    );
    expect(badFinding.errors?.[0].extensions?.field).toBe('findings[0].title');
    expect(await historyLength()).toBe(before);

    const input = {
      creditCode,
      keyPartId: 'reactor-2',
      verifiers: [{ name: '刘核查', unit: '区应急局' }, { name: '陈核查', unit: '市安委办' }],
      result: 'INCONSISTENT',
      discrepancies: ['实际位于二车间'],
      findings: [{ title: '反应釜温度联锁未投用', description: '2号氯化反应釜温度与进料联锁未投用', level: 'MAJOR' }],
      idempotencyKey: 'site-reactor-2',
    };
    const ok = await mutate(inspector, 'verifyEnterpriseOnSite', input, fields);
    expect(ok.errors).toBeUndefined();
    const { enterprise: verified, hazards } = ok.data.verifyEnterpriseOnSite;
    expect(verified.keyParts[0].siteVerification).toEqual({ result: 'INCONSISTENT', discrepancies: ['实际位于二车间'], verifiers: ['刘核查（区应急局）', '陈核查（市安委办）'] });
    expect(verified.siteVerification).toBeNull();
    expect(hazards).toEqual([
      { id: expect.any(String), source: 'DEPARTMENT_INSPECTION', enterpriseCreditCode: creditCode, location: '2号氯化反应釜（一车间）', origin: { kind: 'SITE_VERIFICATION', reference: `enterprise-${creditCode}/reactor-2@5` } },
    ]);
    // The same request again (a retry after a timeout): one verification, the same hazard.
    const again = await mutate(inspector, 'verifyEnterpriseOnSite', input, fields);
    expect(again.data.verifyEnterpriseOnSite.hazards.map((h: any) => h.id)).toEqual([hazards[0].id]);
    expect(await historyLength()).toBe(before + 1);
    const ofEnterprise = await stack.gql(auditor, '{ hazards(first: 50, filter: { originKind: SITE_VERIFICATION }) { edges { node { id } } } }');
    expect(ofEnterprise.data.hazards.edges).toHaveLength(1);

    // As of before the verification (as the system knew it then), the part had none.
    const history = (await enterprise(auditor)).data.enterprise.history;
    const asOf = await enterprise(auditor, creditCode, { at: history[history.length - 2].recordedAt });
    expect(asOf.data.enterprise.version).toBe(history.length - 1);
    expect(asOf.data.enterprise.keyParts[0].siteVerification).toBeNull();
  });

  it('shows per region and sector what exists, its grade and what was verified on site', async () => {
    // A major hazard source under the enterprise's credit code, graded 三级.
    const src = await stack.gql(
      supervisorIn,
      `mutation { registerMajorHazardSource(input: { sourceId: "ent-cl2", name: "液氯储罐区", enterpriseName: "盘锦某化工有限公司", enterpriseCreditCode: "${creditCode}",
        unitKind: STORAGE, location: "3 号罐区", regionCode: "211103", departmentCode: "EMERGENCY" }) { id } }`,
    );
    expect(src.errors).toBeUndefined();
    await stack.gql(supervisorIn, 'mutation { assessMajorHazardSource(input: { sourceId: "ent-cl2", population500m: 120, chemicals: [{ name: "液氯", quantityTonnes: 25 }] }) { assessment { level } } }');
    await mutate(office, 'registerEnterprise', { creditCode: other, name: '盘锦某建筑公司', regionCode: '211103', sector: 'CONSTRUCTION', departmentCode: 'EMERGENCY', address: '兴隆台区' });

    const overview = await stack.gql(
      office,
      `{ registerOverview(regionCode: "211103") { regionCode sector enterprises keyUnits keyUnitsByColour { red orange yellow blue } keyUnitsVerifiedOnSite
         keyParts keyPartsVerifiedOnSite majorHazardSources majorHazardSourcesByLevel majorHazardSourcesVerifiedOnSite majorHazardSourcesWithVacantRoles } }`,
    );
    expect(overview.errors).toBeUndefined();
    expect(overview.data.registerOverview).toEqual([
      {
        regionCode: '211103',
        sector: 'HAZARDOUS_CHEMICALS',
        enterprises: 1,
        keyUnits: 1,
        keyUnitsByColour: { red: 1, orange: 0, yellow: 0, blue: 0 },
        keyUnitsVerifiedOnSite: 0,
        keyParts: 1,
        keyPartsVerifiedOnSite: 1,
        majorHazardSources: 1,
        majorHazardSourcesByLevel: [0, 0, 1, 0],
        majorHazardSourcesVerifiedOnSite: 0,
        majorHazardSourcesWithVacantRoles: 1,
      },
      {
        regionCode: '211103',
        sector: 'CONSTRUCTION',
        enterprises: 1,
        keyUnits: 0,
        keyUnitsByColour: { red: 0, orange: 0, yellow: 0, blue: 0 },
        keyUnitsVerifiedOnSite: 0,
        keyParts: 0,
        keyPartsVerifiedOnSite: 0,
        majorHazardSources: 0,
        majorHazardSourcesByLevel: [0, 0, 0, 0],
        majorHazardSourcesVerifiedOnSite: 0,
        majorHazardSourcesWithVacantRoles: 0,
      },
    ]);
    const withSources = await stack.gql(supervisorIn, `{ enterprise(creditCode: "${creditCode}") { majorHazardSources { id assessment { level } } } }`);
    expect(withSources.data.enterprise.majorHazardSources).toEqual([{ id: 'ent-cl2', assessment: { level: 3 } }]);
    expect((await stack.gql(supervisorOut, '{ registerOverview { enterprises } }')).data.registerOverview).toEqual([]);
  });
});
