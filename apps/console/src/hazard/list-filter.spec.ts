import { csvOf, filterFromParams, loadedRows, type Row } from './list-filter';

describe('the hazard list filter, read from the URL', () => {
  test('takes every known parameter', () => {
    const params = new URLSearchParams('status=FOUND,LISTED&level=MAJOR&sector=FIRE&region=211103&department=FIRE&origin=PATROL&overdue=true&search=%20燃气%20&pendingVerification=false&extensionRequested=true');
    expect(filterFromParams(params)).toEqual({
      status: ['FOUND', 'LISTED'],
      level: 'MAJOR',
      sector: 'FIRE',
      regionCode: '211103',
      departmentCode: 'FIRE',
      originKind: 'PATROL',
      overdue: true,
      search: '燃气',
      pendingVerification: false,
      extensionRequested: true,
    });
  });

  test('drops what it does not know instead of sending it to the server', () => {
    expect(filterFromParams(new URLSearchParams('status=FOUND,DELETED&level=HUGE&sector=x&origin=&overdue=maybe&search=%20%20'))).toEqual({ status: ['FOUND'] });
    expect(filterFromParams(new URLSearchParams(''))).toEqual({});
  });
});

describe('the CSV export', () => {
  const row = (over: Partial<Row> = {}): Row => ({
    id: 'h1',
    code: 'YH-1',
    title: '储罐区报警器失效',
    level: 'MAJOR',
    status: 'LISTED',
    enterpriseName: '盘锦某石化有限公司',
    regionCode: '211102',
    deadline: '2026-03-01T10:00:00.000Z',
    overdue: false,
    escalationLevel: 0,
    foundAt: '2026-01-01T00:00:00.000Z',
    version: 2,
    ...over,
  });

  test('opens in Excel with Chinese intact: BOM, CRLF, Beijing time, region names', () => {
    const csv = csvOf([row()], (c) => (c === '211102' ? '双台子区' : c));
    expect(csv.startsWith('\uFEFF隐患编号,')).toBe(true);
    expect(csv.split('\r\n')).toEqual(['\uFEFF隐患编号,隐患,等级,状态,单位名称,县区,整改期限（北京时间）,是否超期,升级级别', 'YH-1,储罐区报警器失效,MAJOR,LISTED,盘锦某石化有限公司,双台子区,2026-03-01 18:00,否,0', '']);
  });

  test('exports the loaded rows each once, holes skipped and a row repeated by a shifted block dropped', () => {
    const list: (Row | undefined)[] = [row({ id: 'a', code: 'A' }), row({ id: 'b', code: 'B' }), row({ id: 'b', code: 'B' }), row({ id: 'c', code: 'C' })];
    list.length = 6;
    list[5] = row({ id: 'd', code: 'D' });
    expect(loadedRows(list).map((r) => r.code)).toEqual(['A', 'B', 'C', 'D']);
    expect(csvOf(loadedRows(list), (c) => c).split('\r\n')).toHaveLength(6);
  });

  test('quotes a field with a comma, a quote or a line break', () => {
    const csv = csvOf([row({ title: '甲,乙 "丙"\n丁', deadline: null, overdue: true })], (c) => c);
    expect(csv).toContain('YH-1,"甲,乙 ""丙""\n丁",MAJOR,LISTED,盘锦某石化有限公司,211102,—,是,0');
  });
});
