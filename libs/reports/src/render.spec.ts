import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { ATTACHMENT1_COLUMNS, ATTACHMENT2_COLUMNS, RED_FILL, RED_FONT, STATISTICS_COLUMNS } from './columns';
import { CURRENT_XLSX_RENDERER, asXlsxRenderer, renderXlsxHere } from './render';
import { sampleReportContent } from './testing';
import { asWritten, writeXlsx, xlsxBytes } from './xlsx-stream';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** sampleReportContent(3) as renderer 2 writes it, measured when renderer 2 was added (2026-12-03). */
const RENDERER_2_SAMPLE_SHA256 = 'fee15a4874f2cc0f34a712119094bb42fd615857ea496f1451df5703daaf708b';

/**
 * Each renderer's bytes are frozen (docs/reports.md, "Renderers"): reports recorded with a renderer are
 * rendered with it again to be downloaded and verified, so a change that alters these hashes breaks every
 * receipt written with that renderer. Change the workbook by adding a renderer, never by editing one.
 */
describe('the workbook renderers', () => {
  const small = sampleReportContent(3);

  it('renderer 1 (ExcelJS) still writes the bytes receipts recorded before renderer 2', async () => {
    expect(sha256(await renderXlsxHere(small, 1))).toBe('9b01175a2e55e826858429b84facfe7fed1fa7926852992d9a2d73754920d6a8');
  });

  it('renderer 2 (streaming) writes the same bytes it always has', async () => {
    expect(sha256(await renderXlsxHere(small, 2))).toBe(RENDERER_2_SAMPLE_SHA256);
    expect(CURRENT_XLSX_RENDERER).toBe(2);
  });

  it('refuses a renderer this version does not know', () => {
    expect(asXlsxRenderer(1)).toBe(1);
    expect(() => asXlsxRenderer(3)).toThrow('no workbook renderer 3');
  });

  it('streams: a large report leaves in many chunks, and the chunks are the workbook', async () => {
    const content = sampleReportContent(3000);
    const chunks: Uint8Array[] = [];
    await writeXlsx(content, (chunk) => chunks.push(chunk));
    expect(chunks.length).toBeGreaterThan(10);
    const joined = Buffer.concat(chunks);
    expect(joined.equals(await xlsxBytes(content))).toBe(true);
    expect(joined.subarray(0, 2).toString()).toBe('PK');
  });

  it('writes a workbook ExcelJS reads back as the notice lays it out: values, red rows, frozen headers, print titles', async () => {
    const content = sampleReportContent(40);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsxBytes(content)) as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['附件1', '附件2', '附件3']);
    expect(workbook.creator).toBe('隐患整改闭环引擎');
    expect(workbook.created.toISOString()).toBe(content.cutoff);

    const one = workbook.getWorksheet('附件1') as ExcelJS.Worksheet;
    expect(String(one.getCell('A1').value)).toContain('附件1');
    expect(one.getCell('A1').isMerged).toBe(true);
    expect(one.getCell(`${String.fromCharCode(64 + ATTACHMENT1_COLUMNS.length)}1`).master.address).toBe('A1');
    expect(one.getRow(3).values).toEqual([undefined, ...ATTACHMENT1_COLUMNS.map((c) => c.header)]);
    expect(one.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(one.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(one.rowCount).toBe(3 + content.attachment1.length);
    content.attachment1.forEach((row, r) =>
      ATTACHMENT1_COLUMNS.forEach((column, i) => {
        const value = column.value(row);
        // XML cannot carry control characters: the workbook drops them, and an empty text is an empty cell
        const expected = typeof value === 'string' ? asWritten(value) || null : value;
        expect(one.getCell(4 + r, i + 1).value).toEqual(expected);
      }),
    );
    expect(one.getRow(4).height).toBeGreaterThanOrEqual(15);
    expect(one.getCell(4, 1).border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });

    const two = workbook.getWorksheet('附件2') as ExcelJS.Worksheet;
    content.attachment2.forEach((row, r) => {
      const cell = two.getCell(4 + r, 2);
      expect(cell.value).toBe(row.code);
      const red = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === RED_FILL && cell.font?.color?.argb === RED_FONT;
      expect(red).toBe(row.newlyRectified);
    });
    expect(content.attachment2.some((r) => r.newlyRectified)).toBe(true);
    expect(two.getRow(3).values).toEqual([undefined, ...ATTACHMENT2_COLUMNS.map((c) => c.header)]);

    const three = workbook.getWorksheet('附件3') as ExcelJS.Worksheet;
    expect(three.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, xSplit: 1 });
    expect(three.getCell('A3').value).toBe('统计单元');
    expect(three.getCell('A4').master.address).toBe('A3');
    expect(three.getCell('B3').value).toBe('发现隐患');
    expect(three.getCell('C3').master.address).toBe('B3');
    expect(three.getCell('B4').value).toBe(STATISTICS_COLUMNS[1].header);
    const totalRow = three.getRow(5 + content.attachment3.byRegion.length);
    expect(totalRow.getCell(1).value).toBe('合计');
    expect(totalRow.getCell(2).value).toBe(content.attachment3.total.foundGeneral);
    expect(totalRow.getCell(2).font?.bold).toBe(true);
  });
});

