import { ACTORS, T0, given, metaFor, plusDays, recorded } from '../testing';
import { DEFAULT_DEPARTMENT_BY_SECTOR, SECTORS, type Sector } from '../shared/reference';
import type { DepartmentCommand } from './commands';
import { departmentDecider } from './decide';
import type { DepartmentEventBody } from './events';

const office = metaFor(ACTORS.office, T0);
const added = (code: string, name: string, sectors: Sector[] = [], hasDistrictUnits = true): DepartmentEventBody => ({ type: 'DepartmentAdded', data: { code, name, sectors, hasDistrictUnits } });
const education = added('EDUCATION', '市教育局');
const add = (data: Partial<Extract<DepartmentCommand, { type: 'AddDepartment' }>['data']>): DepartmentCommand => ({
  type: 'AddDepartment',
  data: { code: 'EDUCATION', name: '市教育局', sectors: [], hasDistrictUnits: true, ...data },
});

describe('reporting units: given events → when command → then events', () => {
  test('the office adds a unit, its sectors in the order of SECTORS', () => {
    const state = given(departmentDecider)
      .when(add({ code: 'AGRICULTURE', name: ' 市农业农村局 ', sectors: ['FISHING_VESSELS', 'OTHER'] }), office)
      .then([{ type: 'DepartmentAdded', data: { code: 'AGRICULTURE', name: '市农业农村局', sectors: ['OTHER', 'FISHING_VESSELS'], hasDistrictUnits: true } }]);
    expect(state).toMatchObject({ id: 'AGRICULTURE', version: 1, active: true, validFrom: T0 });
  });

  test('nobody but the office changes the units', () => {
    for (const actor of [ACTORS.inspector, ACTORS.supervisor, ACTORS.auditor, ACTORS.nobody, ACTORS.system]) {
      given(departmentDecider).when(add({}), metaFor(actor, T0)).thenThrows('FORBIDDEN');
      given(departmentDecider, [education]).when({ type: 'RetireDepartment', data: { code: 'EDUCATION', reason: '机构改革' } }, metaFor(actor, T0)).thenThrows('FORBIDDEN');
    }
  });

  test('bad input: a malformed or taken code, an unknown sector, a sector twice, an empty name, no flag', () => {
    for (const code of ['education', 'E', 'EDU-CATION', '9EDU', 'A'.repeat(33), '', null]) given(departmentDecider).when(add({ code: code as string }), office).thenThrows('BAD_USER_INPUT', { field: 'code' });
    given(departmentDecider, [education]).when(add({ name: '市教育局（重复）' }), office).thenThrows('BAD_USER_INPUT', { field: 'code', message: 'code: EDUCATION is taken by 市教育局; a code is never given out twice' });
    given(departmentDecider).when(add({ sectors: ['MINING'] }), office).thenThrows('BAD_USER_INPUT', { field: 'sectors[0]' });
    given(departmentDecider).when(add({ sectors: ['FIRE', 'FIRE'] }), office).thenThrows('BAD_USER_INPUT', { field: 'sectors[1]' });
    given(departmentDecider).when(add({ name: '  ' }), office).thenThrows('BAD_USER_INPUT', { field: 'name' });
    given(departmentDecider).when(add({ hasDistrictUnits: 'yes' as unknown as boolean }), office).thenThrows('BAD_USER_INPUT', { field: 'hasDistrictUnits' });
  });

  test('renamed with the name it had and a reason', () => {
    const state = given(departmentDecider, [education])
      .when({ type: 'RenameDepartment', data: { code: 'EDUCATION', name: '市教育局（市委教育工委）', reason: '机构改革' } }, metaFor(ACTORS.office, plusDays(T0, 1)))
      .then([{ type: 'DepartmentRenamed', data: { name: '市教育局（市委教育工委）', previousName: '市教育局', reason: '机构改革' } }]);
    expect(state).toMatchObject({ name: '市教育局（市委教育工委）', version: 2, validFrom: plusDays(T0, 1) });
    given(departmentDecider, [education]).when({ type: 'RenameDepartment', data: { code: 'EDUCATION', name: '市教育局' } }, office).thenThrows('BAD_USER_INPUT', { field: 'name' });
    given(departmentDecider, [education]).when({ type: 'RenameDepartment', data: { code: 'EDUCATION', name: '' } }, office).thenThrows('BAD_USER_INPUT', { field: 'name' });
  });

  test('an unknown code is bad input, not a hidden record', () => {
    given(departmentDecider).when({ type: 'RenameDepartment', data: { code: 'NOBODY', name: 'x' } }, office).thenThrows('BAD_USER_INPUT', { field: 'code' });
    given(departmentDecider).when({ type: 'RetireDepartment', data: { code: 'NOBODY', reason: 'x' } }, office).thenThrows('BAD_USER_INPUT', { field: 'code' });
  });

  test('sectors changed, with the ones it had; the same set again is refused', () => {
    given(departmentDecider, [added('AGRICULTURE', '市农业农村局', ['FISHING_VESSELS'])])
      .when({ type: 'ChangeDepartmentSectors', data: { code: 'AGRICULTURE', sectors: ['FISHING_VESSELS', 'OTHER'] } }, office)
      .then([{ type: 'DepartmentSectorsChanged', data: { sectors: ['OTHER', 'FISHING_VESSELS'], previousSectors: ['FISHING_VESSELS'], reason: null } }]);
    given(departmentDecider, [added('AGRICULTURE', '市农业农村局', ['FISHING_VESSELS', 'OTHER'])])
      .when({ type: 'ChangeDepartmentSectors', data: { code: 'AGRICULTURE', sectors: ['OTHER', 'FISHING_VESSELS'] } }, office)
      .thenThrows('BAD_USER_INPUT', { field: 'sectors' });
  });

  test('retired once, with a reason; then it changes no more', () => {
    const retired = recorded<DepartmentEventBody>({ type: 'DepartmentRetired', data: { reason: '职能划转' } });
    const state = given(departmentDecider, [education]).when({ type: 'RetireDepartment', data: { code: 'EDUCATION', reason: '职能划转' } }, office).then([retired.event]);
    expect(state).toMatchObject({ active: false, version: 2 });
    given(departmentDecider, [education]).when({ type: 'RetireDepartment', data: { code: 'EDUCATION', reason: ' ' } }, office).thenThrows('BAD_USER_INPUT', { field: 'reason' });
    given(departmentDecider, [education, retired]).when({ type: 'RetireDepartment', data: { code: 'EDUCATION', reason: '再次' } }, office).thenThrows('INVALID_TRANSITION');
    given(departmentDecider, [education, retired]).when({ type: 'RenameDepartment', data: { code: 'EDUCATION', name: '市教育局2' } }, office).thenThrows('INVALID_TRANSITION');
  });

  test('a sector’s default department is not retired (its hazards would have nowhere to go)', () => {
    for (const code of new Set(SECTORS.map((s) => DEFAULT_DEPARTMENT_BY_SECTOR[s]))) {
      given(departmentDecider, [added(code, code)]).when({ type: 'RetireDepartment', data: { code, reason: 'x' } }, office).thenThrows('INVALID_TRANSITION');
    }
  });

  test('a stale expected version is a conflict', () => {
    given(departmentDecider, [education]).when({ type: 'RenameDepartment', data: { code: 'EDUCATION', name: '新名' } }, metaFor(ACTORS.office, T0, { expectedVersion: 0 })).thenThrows('VERSION_CONFLICT');
  });
});
