import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { projectRoot } from '@hazard/config';
import { ATTACHMENT1_COLUMNS } from '@hazard/reports';
import { type TestStack, startStack } from './support/stack';

const run = promisify(execFile);
const CREDIT_CODE = '91211100MA0Q7K3L23';

/** A department's list as they keep it: the attachment-1 layout, title rows, Chinese headings. */
async function departmentList(rows: number, bad: Record<number, 'region' | 'date' | 'credit'>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('附件1');
  ws.addRow(['附件1  未完成整改隐患清单']);
  ws.addRow(['填报单位：市应急管理局']);
  ws.addRow(ATTACHMENT1_COLUMNS.map((c) => c.header));
  for (let i = 1; i <= rows; i++) {
    const listed = i % 5 === 0;
    ws.addRow([
      i,
      `EXT-${i}`,
      bad[i] === 'region' ? '火星区' : i % 2 ? '兴隆台区' : '大洼区',
      i % 3 ? '危化品' : '非煤矿山',
      `盘锦导入企业${i}有限公司`,
      bad[i] === 'credit' ? '91211100MA0Q7K3L24' : i % 4 ? '' : CREDIT_CODE,
      `第${i}项：储罐区防火堤破损`,
      'GB 50351-2014',
      i % 7 ? '一般' : '重大',
      i % 2 ? '部门检查' : '企业自查',
      bad[i] === 'date' ? '上周二' : new Date(Date.UTC(2026, 9, 1 + (i % 28))),
      listed ? `市级/盘安委办〔2026〕${i}号` : '未挂牌',
      listed ? '市安委办' : '',
      '',
      '',
      '',
      listed ? '2027-03-31' : '',
      '否',
      '整改中',
      '否',
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('importing a department’s existing hazard list', () => {
  let stack: TestStack;
  let office: string;

  beforeAll(async () => {
    stack = await startStack();
    office = await stack.token({ sub: 'import-office', roles: ['COMMITTEE_OFFICE'] });
  });
  afterAll(() => stack?.close());

  const count = async () => Number((await stack.database.db.selectFrom('hazards').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);

  it('adds the 47 good rows of 50, names the 3 bad ones, and creates nothing new the second time', async () => {
    const file = await departmentList(50, { 7: 'region', 19: 'date', 33: 'credit' });
    const before = await count();
    const res = await fetch(new URL('/reports/import?department=EMERGENCY&filename=list.xlsx', stack.url).toString(), {
      method: 'POST',
      headers: { authorization: `Bearer ${office}`, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      body: file,
    });
    expect(res.status).toBe(200);
    const result = (await res.json()) as {
      rows: number;
      imported: number;
      alreadyPresent: number;
      listed: number;
      errors: { rowNumber: number; column: string; reason: string }[];
      header: string[];
      lines: { rowNumber: number; cells: string[]; outcome: string; hazardId: string | null; hazardCode: string | null }[];
    };
    expect(result).toMatchObject({ rows: 50, imported: 47, alreadyPresent: 0, listed: 10 });
    // Data rows start under the title rows and the header (sheet row 4 is the first).
    expect(result.errors.map((e) => [e.rowNumber, e.column])).toEqual([
      [10, '县区'],
      [22, '发现日期'],
      [36, '统一社会信用代码'],
    ]);
    expect(result.errors[0].reason).toMatch(/火星区/);
    expect(await count()).toBe(before + 47);
    // every row as read, with what became of it: what the console shows beside each error
    expect(result.header).toContain('单位名称');
    expect(result.lines).toHaveLength(50);
    const line = (n: number) => result.lines.find((l) => l.rowNumber === n);
    expect(line(10)).toMatchObject({ outcome: 'REFUSED', hazardId: null });
    expect(line(10)?.cells[result.header.indexOf('县区')]).toBe('火星区');
    expect(line(4)).toMatchObject({ outcome: 'IMPORTED', hazardId: expect.any(String), hazardCode: expect.any(String) });

    // The same file again, through the CLI: nothing new, the same three rows named, exit code 1.
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    writeFileSync(join(dir, 'list.xlsx'), file);
    const cli = await run(process.execPath, [join(projectRoot(), 'dist', 'scripts', 'import.js'), join(dir, 'list.xlsx'), '--department', 'EMERGENCY', '--url', stack.url, '--token', office], {
      env: { ...process.env, LOG_LEVEL: 'silent' },
    }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (err: { code: number; stdout: string }) => ({ code: err.code, stdout: err.stdout }),
    );
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(/50 rows: 0 imported, 47 already present/);
    expect(cli.stdout).toMatch(/row 10, 县区/);
    expect(await count()).toBe(before + 47);

    const listed = await stack.gql(office, '{ hazards(filter: { status: [LISTED] }, first: 100) { totalCount totalCountCapped edges { node { listing { documentNumber } } } } }');
    expect(listed.data.hazards.totalCount).toBe(10);
    expect(listed.data.hazards.totalCountCapped).toBe(false);
  });

  it('refuses a file that is not a hazard list, and a department outside the caller’s scope', async () => {
    const junk = await fetch(new URL('/reports/import?department=EMERGENCY', stack.url).toString(), {
      method: 'POST',
      headers: { authorization: `Bearer ${office}`, 'content-type': 'text/csv' },
      body: 'a,b,c\n1,2,3\n',
    });
    const answer = (await junk.json()) as { errors: { column: string }[] };
    expect(answer.errors[0].column).toBe('表头');
    const fireOnly = await stack.token({ sub: 'fire', roles: ['SUPERVISOR'], departments: ['FIRE'] });
    const denied = await fetch(new URL('/reports/import?department=EMERGENCY', stack.url).toString(), {
      method: 'POST',
      headers: { authorization: `Bearer ${fireOnly}`, 'content-type': 'text/csv' },
      body: 'x',
    });
    expect(denied.status).toBe(403);
  });
});
