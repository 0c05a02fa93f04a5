import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ATTACHMENT2_COLUMNS, RED_FILL, RED_FONT } from './columns';
import { renderXlsxHere } from './render';
import { sampleReportContent } from './testing';
import { asWritten } from './xlsx-stream';

/**
 * The current renderer's workbook, opened by readers nobody here wrote: LibreOffice (what many offices
 * open it with) and openpyxl. `.ci/run` installs Debian's libreoffice-calc-nogui and python3-openpyxl.
 */
const PYTHON = process.env.OPENPYXL_PYTHON ?? '/usr/bin/python3';
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const missing = 'install Debian’s libreoffice-calc-nogui and python3-openpyxl (.ci/run does)';

describe('the workbook in LibreOffice and openpyxl', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xlsx-readers-'));
  const file = join(dir, 'report.xlsx');
  const content = sampleReportContent(25);
  beforeAll(async () => writeFileSync(file, await renderXlsxHere(content)));
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
