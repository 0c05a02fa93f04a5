import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  ATTACHMENT1_COLUMNS_V2,
  ATTACHMENT2_COLUMNS,
  ATTACHMENT2_COLUMNS_V2,
  CANCELLED_COLUMNS_V2,
  type Column,
  RED_FILL,
  RED_FONT,
  STATISTICS_COLUMNS_V2,
  STATISTICS_GROUPS_V2,
  signatureLine,
  subtitleV2,
} from './columns';
import type { StatisticsRow } from './model';
import { renderXlsxHere } from './render';
import { sampleReportContent, sampleReportContentV2 } from './testing';
import { asWritten } from './xlsx-stream';

/**
 * The current renderers' workbooks (2 for format 1, 3 for format 2), opened by readers nobody here wrote:
 * LibreOffice (what many offices open it with) and openpyxl. `.ci/run` installs Debian's libreoffice-calc-nogui
 * and python3-openpyxl.
 */
const PYTHON = process.env.OPENPYXL_PYTHON ?? '/usr/bin/python3';
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const missing = 'install Debian’s libreoffice-calc-nogui and python3-openpyxl (.ci/run does)';

describe('the workbook in LibreOffice and openpyxl (renderer 2, format 1)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xlsx-readers-'));
  const file = join(dir, 'report.xlsx');
  const content = sampleReportContent(25);
  beforeAll(async () => writeFileSync(file, await renderXlsxHere(content, 2)));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('LibreOffice reads attachment 2 cell for cell', () => {
    if (!SOFFICE) throw new Error(`no LibreOffice: ${missing}`);
    // CSV of the second sheet (filter token 12), UTF-8 (76), comma-separated and double-quoted
    execFileSync(
      SOFFICE,
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2', '--outdir', dir, file],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const rows = parse(readFileSync(join(dir, 'report-附件2.csv'), 'utf8'), { relaxColumnCount: true }) as string[][];
    expect(rows[0][0]).toContain('附件2');
    expect(rows[2]).toEqual(ATTACHMENT2_COLUMNS.map((c) => c.header));
    expect(rows.slice(3).map((row) => row.slice(0, ATTACHMENT2_COLUMNS.length))).toEqual(
      content.attachment2.map((row) => ATTACHMENT2_COLUMNS.map((c) => asWritten(String(c.value(row))))),
    );
  }, 180_000);

  it('openpyxl reads the layout: sheets, frozen headers, print titles, merges, the footer and the red rows', () => {
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "red": []}
for ws in wb.worksheets:
    out[ws.title] = {"freeze": ws.freeze_panes, "titles": ws.print_title_rows, "merged": sorted(str(r) for r in ws.merged_cells.ranges),
                     "orientation": ws.page_setup.orientation, "paper": ws.page_setup.paperSize, "footer": ws.oddFooter.center.text, "rows": ws.max_row}
two = wb["附件2"]
for r in range(4, two.max_row + 1):
    c = two.cell(r, 2)
    out["red"].append([c.value, c.fill.fgColor.rgb if c.fill.fill_type == "solid" else None, c.font.color.rgb if c.font.color is not None else None])
print(json.dumps(out))
`;
    const run = spawnSync(PYTHON, ['-c', script, file], { encoding: 'utf8' });
    if (run.error || /No module named 'openpyxl'/.test(run.stderr)) throw new Error(`no openpyxl at ${PYTHON}: ${missing}`);
    expect(run.stderr).toBe('');
    const read = JSON.parse(run.stdout);
    expect(read.sheets).toEqual(['附件1', '附件2', '附件3']);
    expect(read['附件1']).toMatchObject({ freeze: 'A4', titles: '$3:$3', orientation: 'landscape', paper: 9, footer: '第 &P 页，共 &N 页', rows: 28 });
    expect(read['附件1'].merged).toEqual(['A1:T1', 'A2:T2']);
    expect(read['附件3']).toMatchObject({ freeze: 'B5', titles: '$3:$4' });
    expect(read['附件3'].merged).toEqual(expect.arrayContaining(['A3:A4', 'B3:C3', 'A1:Z1']));
    expect(read.red).toEqual(content.attachment2.map((row) => [row.code, row.newlyRectified ? RED_FILL : null, row.newlyRectified ? RED_FONT : null]));
  });
});

/** Converts every sheet of `file` to CSV with LibreOffice (sheet token -1: one `<name>-<sheet>.csv` each), and reads one back. */
function libreOfficeSheets(dir: string, file: string): (sheet: string) => string[][] {
  if (!SOFFICE) throw new Error(`no LibreOffice: ${missing}`);
  execFileSync(
    SOFFICE,
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', dir, file],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const base = file.replace(/\.xlsx$/, '');
  return (sheet) => parse(readFileSync(`${base}-${sheet}.csv`, 'utf8'), { relaxColumnCount: true }) as string[][];
}

function openpyxl(script: string, file: string): any {
  const run = spawnSync(PYTHON, ['-c', script, file], { encoding: 'utf8' });
  if (run.error || /No module named 'openpyxl'/.test(run.stderr)) throw new Error(`no openpyxl at ${PYTHON}: ${missing}`);
  // no warning either: a reader that had to guess or repair says so on stderr
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

describe('the workbook in LibreOffice and openpyxl (renderer 3, format 2)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xlsx-readers-3-'));
  const file = join(dir, 'report.xlsx');
  const draftFile = join(dir, 'draft.xlsx');
  const content = sampleReportContentV2(25);
  const draft = { ...sampleReportContentV2(2), signature: null, cancelled: [] };
  beforeAll(async () => {
    writeFileSync(file, await renderXlsxHere(content, 3));
    writeFileSync(draftFile, await renderXlsxHere(draft, 3));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const text = (value: string | number) => asWritten(String(value));
  const lists = [
    ['附件1', '未完成整改隐患清单', ATTACHMENT1_COLUMNS_V2, content.attachment1],
    ['附件2', '已完成整改隐患清单', ATTACHMENT2_COLUMNS_V2, content.attachment2],
    ['附件2-1', '已撤销隐患清单', CANCELLED_COLUMNS_V2, content.cancelled ?? []],
  ] as const;

  it('LibreOffice reads every sheet cell for cell: the unit and period, the lists, attachment 3, the signature line', () => {
    const sheet = libreOfficeSheets(dir, file);
    for (const [name, title, columns, rows] of lists) {
      const read = sheet(name);
      expect(read[0][0]).toBe(`${name}  ${title}`);
      expect(read[1][0]).toBe(subtitleV2(content));
      expect(read[2]).toEqual(columns.map((c) => c.header));
      const values = (columns as readonly Column<unknown>[]).map((c) => c.value);
      expect(read.slice(3, 3 + rows.length)).toEqual((rows as readonly unknown[]).map((row) => values.map((value) => text(value(row)))));
      expect(read[3 + rows.length].every((v) => v === '')).toBe(true);
      expect(read[4 + rows.length][0]).toBe('填报人：张三\u3000\u3000联系电话：0427-2812345\u3000\u3000审核人：李四\u3000\u3000填报日期：2026-12-02');
      expect(read.length).toBe(5 + rows.length);
    }
    const three = sheet('附件3');
    expect(three[2].filter((v) => v !== '')).toEqual(STATISTICS_GROUPS_V2.map((g) => g.header));
    const statistics: StatisticsRow[] = [...content.attachment3.byRegion, ...content.attachment3.bySector, content.attachment3.total];
    expect(three.slice(4, 4 + statistics.length)).toEqual(statistics.map((row) => STATISTICS_COLUMNS_V2.map((c) => text(c.value(row)))));
    expect(three[5 + statistics.length][0]).toBe(signatureLine(content));

    const blank = libreOfficeSheets(dir, draftFile)('附件2-1');
    expect(blank[2]).toEqual(CANCELLED_COLUMNS_V2.map((c) => c.header));
    expect(blank[4][0]).toBe('填报人：\u3000\u3000\u3000\u3000联系电话：\u3000\u3000\u3000\u3000审核人：\u3000\u3000\u3000\u3000填报日期：');
    expect(blank.length).toBe(5);
  }, 240_000);

  it('openpyxl reads the page an office prints: A3 landscape fitted to the width, print titles, margins, the footer on every sheet, the red rows', () => {
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "red": []}
for ws in wb.worksheets:
    ps, m = ws.page_setup, ws.page_margins
    out[ws.title] = {"freeze": ws.freeze_panes, "titles": ws.print_title_rows, "merged": sorted(str(r) for r in ws.merged_cells.ranges),
                     "orientation": ps.orientation, "paper": ps.paperSize, "fitToWidth": ps.fitToWidth, "fitToHeight": ps.fitToHeight,
                     "fitToPage": ws.sheet_properties.pageSetUpPr.fitToPage, "centered": ws.print_options.horizontalCentered,
                     "margins": [m.left, m.right, m.top, m.bottom], "footer": ws.oddFooter.center.text, "rows": ws.max_row,
                     "subtitle": ws.cell(2, 1).value, "signature": ws.cell(ws.max_row, 1).value}
two = wb["附件2"]
for r in range(4, 4 + ${content.attachment2.length}):
    c = two.cell(r, 2)
    out["red"].append([c.value, c.fill.fgColor.rgb if c.fill.fill_type == "solid" else None, c.font.color.rgb if c.font.color is not None else None])
cancelled = wb["附件2-1"]
out["cancelled"] = [[cancelled.cell(r, c).value for c in range(1, cancelled.max_column + 1)] for r in range(4, 4 + ${content.cancelled?.length ?? 0})]
print(json.dumps(out, ensure_ascii=False))
`;
    const read = openpyxl(script, file);
    expect(read.sheets).toEqual(['附件1', '附件2', '附件2-1', '附件3']);
    const page = {
      orientation: 'landscape',
      paper: 8,
      fitToWidth: 1,
      fitToHeight: 0,
      fitToPage: true,
      centered: true,
      margins: [0.4, 0.4, 0.6, 0.6],
      footer: '第 &P 页，共 &N 页',
      subtitle: subtitleV2(content),
      signature: signatureLine(content),
    };
    for (const [name, , columns, rows] of lists) {
      expect(read[name]).toMatchObject({ ...page, freeze: 'A4', titles: '$3:$3', rows: 5 + rows.length });
      const last = String.fromCharCode(64 + columns.length);
      expect(read[name].merged).toEqual([`A1:${last}1`, `A2:${last}2`, `A${5 + rows.length}:${last}${5 + rows.length}`].sort());
    }
    expect(read['附件3']).toMatchObject({ ...page, freeze: 'B5', titles: '$3:$4' });
    expect(read['附件3'].merged).toEqual(expect.arrayContaining(['A3:A4', 'B3:C3', 'J3:L3', 'A1:AH1', 'A11:AH11']));
    expect(read.red).toEqual(content.attachment2.map((row) => [row.code, row.newlyRectified ? RED_FILL : null, row.newlyRectified ? RED_FONT : null]));
    expect(content.attachment2.some((r) => r.newlyRectified)).toBe(true);
    // openpyxl reads numbers as numbers, and an empty cell as None
    const asRead = (value: string | number) => (typeof value === 'number' ? value : asWritten(value) || null);
    expect(read.cancelled).toEqual((content.cancelled ?? []).map((row) => CANCELLED_COLUMNS_V2.map((c) => asRead(c.value(row)))));
  });
});
