import { sql } from 'kysely';
import { departmentHistory, departmentsAsOf, listDepartments } from '@hazard/administration';
import { DEFAULT_DEPARTMENT_BY_SECTOR, SECTORS } from '@hazard/domain';
import { readStreamRows, verifyChain } from '@hazard/event-store';
import { mutate, sampleReport } from './support/hazard-api';
import { type GraphQLResponse, type TestStack, codeOf, startStack } from './support/stack';

/**
 * Reporting units as data (README, Reporting units): the committee office adds, renames, re-sectors and retires
 * them through GraphQL, each change an event of `department-<code>` with who and when; the projection keeps the
 * current list and every version, so a report of an earlier day names a unit as it was.
 */
const VERSION = 'code version change name sectors hasDistrictUnits active validFrom recordedAt recordedBy recordedByName reason';
const PANJIN = ['EMERGENCY', 'HOUSING', 'TRANSPORT', 'FIRE', 'MARKET', 'ECOLOGY', 'TRAFFIC_POLICE', 'NATURAL_RESOURCES'];
const MEMBERS = ['EDUCATION', 'HEALTH', 'CULTURE_TOURISM', 'AGRICULTURE', 'WATER', 'COMMERCE', 'INDUSTRY_IT', 'URBAN_MANAGEMENT', 'PUBLIC_SECURITY', 'METEOROLOGY', 'POWER', 'OILFIELD'];

describe('reporting units as data', () => {
  let stack: TestStack;
  let office: string;
  let office2: string;
  const others: Record<string, string> = {};

  const run = <T = any>(token: string, name: string, input: Record<string, unknown>): Promise<GraphQLResponse<T>> =>
    stack.gql(token, `mutation($i: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $i) { ${VERSION} } }`, { i: input });
  const history = async (code: string) => {
    const res = await stack.gql(office, `query($code: String!) { departmentHistory(code: $code) { ${VERSION} } }`, { code });
    expect(res.errors).toBeUndefined();
    return res.data.departmentHistory as any[];
  };
  const departments = async (token = office) => (await stack.gql(token, '{ departments { code name sectors hasDistrictUnits } }')).data.departments as any[];
  /** What a refusal must leave alone: the events, the versions and the current rows. */
  const written = async () => {
    const db = stack.database.db;
    const [events, versions, rows] = await Promise.all([
      db.selectFrom('events').select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow(),
      db.selectFrom('department_versions').select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow(),
      db.selectFrom('departments').select(sql<string>`string_agg(code || ':' || name || ':' || array_to_string(sectors, ',') || ':' || active, '|' order by code)`.as('rows')).executeTakeFirstOrThrow(),
    ]);
    return { events: Number(events.n), versions: Number(versions.n), rows: rows.rows };
  };

  beforeAll(async () => {
    stack = await startStack();
    office = await stack.token({ sub: 'office-wang', name: '王安委办', roles: ['COMMITTEE_OFFICE'] });
    office2 = await stack.token({ sub: 'office-li', name: '李安委办', roles: ['COMMITTEE_OFFICE'] });
    others.INSPECTOR = await stack.token({ sub: 'insp', roles: ['INSPECTOR'] });
    others.SUPERVISOR = await stack.token({ sub: 'sup', roles: ['SUPERVISOR'] });
    others.AUDITOR = await stack.token({ sub: 'aud', roles: ['AUDITOR'] });
  });
  afterAll(() => stack?.close());

  it('seeds the committee’s member units, each with its history from 2000-01-01 in a verifying chain', async () => {
    const now = await departments();
    expect(now.map((d) => d.code)).toEqual([...PANJIN, ...MEMBERS]);
    expect(now.find((d) => d.code === 'AGRICULTURE')).toEqual({ code: 'AGRICULTURE', name: '市农业农村局', sectors: ['FISHING_VESSELS'], hasDistrictUnits: true });
    expect(now.find((d) => d.code === 'POWER')).toEqual({ code: 'POWER', name: '国网盘锦供电公司', sectors: [], hasDistrictUnits: false });
    expect(now.find((d) => d.code === 'EMERGENCY').sectors).toEqual(['HAZARDOUS_CHEMICALS', 'NON_COAL_MINES', 'OTHER', 'OILFIELD', 'INDUSTRY_TRADE']);
    // Every sector's default department is a unit that supervises it.
    for (const sector of SECTORS) expect(now.find((d) => d.code === DEFAULT_DEPARTMENT_BY_SECTOR[sector])?.sectors).toContain(sector);

    // The emergency bureau: as seeded (valid from 2000), then the two sectors Panjin added (valid from the migration).
    const emergency = await history('EMERGENCY');
    expect(emergency).toMatchObject([
      { version: 1, change: 'DepartmentAdded', name: '市应急管理局', sectors: ['HAZARDOUS_CHEMICALS', 'NON_COAL_MINES', 'OTHER'], active: true, validFrom: '2000-01-01T00:00:00.000Z', recordedBy: 'seed' },
      { version: 2, change: 'DepartmentSectorsChanged', sectors: ['HAZARDOUS_CHEMICALS', 'NON_COAL_MINES', 'OTHER', 'OILFIELD', 'INDUSTRY_TRADE'], recordedBy: 'seed' },
    ]);
    const asOf2020 = await departmentsAsOf(stack.database.db, new Date('2020-01-01T00:00:00Z'));
    expect(asOf2020.map((d) => d.code)).toEqual([...PANJIN, ...MEMBERS]);
    expect(asOf2020.find((d) => d.code === 'EMERGENCY')?.sectors).toEqual(['HAZARDOUS_CHEMICALS', 'NON_COAL_MINES', 'OTHER']);
    expect(await departmentsAsOf(stack.database.db, new Date('1999-12-31T23:59:59Z'))).toEqual([]);

    for (const code of [...PANJIN, ...MEMBERS]) {
      const rows = await readStreamRows(stack.database.db, `department-${code}`);
      expect(verifyChain(`department-${code}`, rows)).toMatchObject({ ok: true });
      expect((await history(code)).map((v) => v.version)).toEqual(rows.map((r) => r.version));
    }
  });

  it('the office adds, renames, re-sectors and retires a unit; the history shows each change with who and when', async () => {
    const code = 'CIVIL_AIR_DEFENCE';
    const beforeAdd = new Date();
    const added = await run(office, 'addDepartment', { code, name: '市人民防空办公室', sectors: [], hasDistrictUnits: false });
    expect(added.errors).toBeUndefined();
    expect(added.data.addDepartment).toMatchObject({ code, version: 1, change: 'DepartmentAdded', name: '市人民防空办公室', sectors: [], hasDistrictUnits: false, active: true, recordedBy: 'office-wang', recordedByName: '王安委办', reason: null });
    expect((await departments()).at(-1)).toEqual({ code, name: '市人民防空办公室', sectors: [], hasDistrictUnits: false });

    // At once a hazard can be assigned to it (the gateway's cached list was refreshed).
    const reported = await mutate(stack, office, 'reportHazard', sampleReport({ level: 'GENERAL', sector: 'OTHER', departmentCode: code, title: '人防工程出入口堵塞' }));
    expect(reported.errors).toBeUndefined();
    expect(reported.data?.reportHazard.hazard.departmentCode).toBe(code);

    const beforeRename = new Date();
    const renamed = await run(office2, 'renameDepartment', { code, name: '市国防动员办公室', reason: '机构改革：人防办并入国动办' });
    expect(renamed.errors).toBeUndefined();
    const afterRename = new Date();
    expect((await run(office, 'changeDepartmentSectors', { code, sectors: ['OTHER'], reason: '人防工程纳入其他行业领域' })).errors).toBeUndefined();
    const retired = await run(office2, 'retireDepartment', { code, reason: '职能并入市应急管理局' });
    expect(retired.data.retireDepartment).toMatchObject({ version: 4, change: 'DepartmentRetired', active: false, name: '市国防动员办公室' });

    const versions = await history(code);
    expect(versions).toMatchObject([
      { version: 1, change: 'DepartmentAdded', name: '市人民防空办公室', sectors: [], active: true, recordedBy: 'office-wang', recordedByName: '王安委办', reason: null },
      { version: 2, change: 'DepartmentRenamed', name: '市国防动员办公室', sectors: [], active: true, recordedBy: 'office-li', recordedByName: '李安委办', reason: '机构改革：人防办并入国动办' },
      { version: 3, change: 'DepartmentSectorsChanged', name: '市国防动员办公室', sectors: ['OTHER'], active: true, recordedBy: 'office-wang', reason: '人防工程纳入其他行业领域' },
      { version: 4, change: 'DepartmentRetired', name: '市国防动员办公室', sectors: ['OTHER'], active: false, recordedBy: 'office-li', reason: '职能并入市应急管理局' },
    ]);
    for (const [i, v] of versions.entries()) {
      expect(v.validFrom).toBe(v.recordedAt);
      expect(Date.parse(v.recordedAt)).toBeGreaterThanOrEqual(beforeAdd.getTime());
      if (i > 0) expect(Date.parse(v.recordedAt)).toBeGreaterThanOrEqual(Date.parse(versions[i - 1].recordedAt));
    }
    expect(Date.parse(versions[1].recordedAt)).toBeGreaterThanOrEqual(beforeRename.getTime());
    expect(Date.parse(versions[1].recordedAt)).toBeLessThanOrEqual(afterRename.getTime());

    // The events are in the audited chain, each with who and when.
    const rows = await readStreamRows(stack.database.db, `department-${code}`);
    expect(verifyChain(`department-${code}`, rows)).toMatchObject({ ok: true, eventCount: 4 });
    expect(rows.map((r) => [r.type, (r.metadata as any).actor.sub])).toEqual([
      ['DepartmentAdded', 'office-wang'],
      ['DepartmentRenamed', 'office-li'],
      ['DepartmentSectorsChanged', 'office-wang'],
      ['DepartmentRetired', 'office-li'],
    ]);

    // As of a time: absent before it was added, the old name before the rename, the new one after, absent once retired.
    const db = stack.database.db;
    const nameAt = async (at: Date) => (await departmentsAsOf(db, at)).find((d) => d.code === code)?.name;
    expect(await nameAt(new Date(beforeAdd.getTime() - 1))).toBeUndefined();
    expect(await nameAt(new Date(Date.parse(versions[1].validFrom) - 1))).toBe('市人民防空办公室');
    expect(await nameAt(new Date(versions[1].validFrom))).toBe('市国防动员办公室');
    expect(await nameAt(new Date(Date.parse(versions[3].validFrom) - 1))).toBe('市国防动员办公室');
    expect(await nameAt(new Date())).toBeUndefined();
    expect((await departmentHistory(db, code)).map((v) => v.name)).toEqual(versions.map((v) => v.name));

    // Retired: not listed, takes no new hazard, changes no more; its code is not given out again.
    expect((await listDepartments(db)).map((d) => d.code)).not.toContain(code);
    expect((await departments()).map((d) => d.code)).not.toContain(code);
    expect(codeOf(await mutate(stack, office, 'reportHazard', sampleReport({ sector: 'OTHER', departmentCode: code })))).toBe('BAD_USER_INPUT');
    const before = await written();
    const again = await run(office, 'retireDepartment', { code, reason: '再次撤销' });
    expect(codeOf(again)).toBe('INVALID_TRANSITION');
    expect(again.errors?.[0].message).toMatch(/市国防动员办公室 \(CIVIL_AIR_DEFENCE\) was retired/);
    expect(codeOf(await run(office, 'addDepartment', { code, name: '市人民防空办公室', sectors: [], hasDistrictUnits: false }))).toBe('BAD_USER_INPUT');
    expect(await written()).toEqual(before);
  });

  it('refuses with a code and a human message, writing no event and no row', async () => {
    const before = await written();
    const inputs: Record<string, Record<string, unknown>> = {
      addDepartment: { code: 'EDUCATION_2', name: '市教育局二', sectors: [], hasDistrictUnits: true },
      renameDepartment: { code: 'EDUCATION', name: '市教育局（新）' },
      changeDepartmentSectors: { code: 'EDUCATION', sectors: ['OTHER'] },
      retireDepartment: { code: 'EDUCATION', reason: '撤销' },
    };
    for (const [role, token] of Object.entries(others)) {
      for (const [name, input] of Object.entries(inputs)) {
        const res = await run(token, name, input);
        expect([role, name, codeOf(res)]).toEqual([role, name, 'FORBIDDEN']);
        expect(res.errors?.[0].message).toMatch(/only the committee office keeps the reporting units/);
      }
    }

    const refused = async (name: string, input: Record<string, unknown>, code: string, message: RegExp) => {
      const res = await run(office, name, input);
      expect([name, input, codeOf(res)]).toEqual([name, input, code]);
      expect(res.errors?.[0].message).toMatch(message);
    };
    await refused('addDepartment', { code: 'EMERGENCY', name: '市应急局', sectors: [], hasDistrictUnits: true }, 'BAD_USER_INPUT', /EMERGENCY is taken by 市应急管理局/);
    await refused('addDepartment', { code: 'MINES', name: '市矿山局', sectors: ['MINING'], hasDistrictUnits: true }, 'BAD_USER_INPUT', /MINING/);
    await refused('addDepartment', { code: 'mines', name: '市矿山局', sectors: [], hasDistrictUnits: true }, 'BAD_USER_INPUT', /code: must be a code of 2–32 upper-case letters/);
    await refused('addDepartment', { code: 'MINES', name: '  ', sectors: [], hasDistrictUnits: true }, 'BAD_USER_INPUT', /name: must not be blank/);
    await refused('addDepartment', { code: 'MINES', name: '市应急管理局', sectors: [], hasDistrictUnits: true }, 'BAD_USER_INPUT', /市应急管理局 is the name of EMERGENCY/);
    await refused('addDepartment', { code: 'MINES', name: '市矿山局', sectors: ['FIRE', 'FIRE'], hasDistrictUnits: true }, 'BAD_USER_INPUT', /FIRE is listed twice/);
    await refused('renameDepartment', { code: 'NO_SUCH_UNIT', name: '某局' }, 'BAD_USER_INPUT', /there is no department NO_SUCH_UNIT/);
    await refused('renameDepartment', { code: 'EDUCATION', name: '市教育局' }, 'BAD_USER_INPUT', /name: is already 市教育局/);
    await refused('changeDepartmentSectors', { code: 'HEALTH', sectors: ['BOGUS'] }, 'BAD_USER_INPUT', /BOGUS/);
    await refused('retireDepartment', { code: 'EMERGENCY', reason: '撤销' }, 'INVALID_TRANSITION', /default department of .*危化品/);
    await refused('retireDepartment', { code: 'EDUCATION', reason: '' }, 'BAD_USER_INPUT', /reason: must not be blank/);
    expect(await written()).toEqual(before);
    expect(await history('MINES')).toEqual([]);
  });

  it('applies a repeated idempotency key once', async () => {
    const input = { code: 'HEALTH', name: '市卫生健康委', reason: '简称', idempotencyKey: 'rename-health-1' };
    const first = await run(office, 'renameDepartment', input);
    const second = await run(office, 'renameDepartment', input);
    expect(first.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    expect((await history('HEALTH')).map((v) => v.name)).toEqual(['市卫生健康委员会', '市卫生健康委']);
  });
});
