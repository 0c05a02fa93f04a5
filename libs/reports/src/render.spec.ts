import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import {
  ATTACHMENT1_COLUMNS,
  ATTACHMENT1_COLUMNS_V2,
  ATTACHMENT2_COLUMNS,
  ATTACHMENT2_COLUMNS_V2,
  CANCELLED_COLUMNS_V2,
  RED_FILL,
  RED_FONT,
  STATISTICS_COLUMNS,
  STATISTICS_COLUMNS_V2,
  STATISTICS_GROUPS,
  STATISTICS_GROUPS_V2,
  signatureLine,
  subtitleV2,
} from './columns';
import { CURRENT_REPORT_FORMAT, REPORT_FORMAT_1, REPORT_FORMAT_2 } from './model';
import { CURRENT_XLSX_RENDERER, XLSX_RENDERERS, XLSX_RENDERER_FORMAT, asXlsxRenderer, renderCsv, renderXlsxHere, rendererFor } from './render';
import { renderReport } from './render-worker';
import { sampleReportContent, sampleReportContentV2 } from './testing';
import { asWritten, writeXlsx, xlsxBytes } from './xlsx-stream';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** sampleReportContent(3) as renderer 2 writes it, measured when renderer 2 was added (2026-12-03). */
const RENDERER_2_SAMPLE_SHA256 = 'fee15a4874f2cc0f34a712119094bb42fd615857ea496f1451df5703daaf708b';
/** sampleReportContentV2(3) as renderer 3 writes it, measured when renderer 3 was added (2026-12-03). */
const RENDERER_3_SAMPLE_SHA256 = '23f2b0ac87c9ed33678174e993f889df0577b5962c88d0b94efd0ee79865aff8';

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
  });

  it('renderer 3 (format 2, the attachments an office signs) writes the same bytes it always has', async () => {
    const bytes = await renderXlsxHere(sampleReportContentV2(3), 3);
    expect(sha256(bytes)).toBe(RENDERER_3_SAMPLE_SHA256);
    expect((await renderXlsxHere(sampleReportContentV2(3), 3)).equals(bytes)).toBe(true);
  });

  it('renders each format with a renderer of that format: 1 and 2 write format 1, 3 writes format 2', async () => {
    expect(XLSX_RENDERERS).toEqual([1, 2, 3]);
    expect(CURRENT_XLSX_RENDERER).toBe(3);
    expect(rendererFor(REPORT_FORMAT_1)).toBe(2);
    expect(rendererFor(REPORT_FORMAT_2)).toBe(3);
    expect(rendererFor(CURRENT_REPORT_FORMAT)).toBe(CURRENT_XLSX_RENDERER);
    for (const renderer of XLSX_RENDERERS) expect(XLSX_RENDERER_FORMAT[renderer]).toBe(renderer === 3 ? REPORT_FORMAT_2 : REPORT_FORMAT_1);
    expect(() => rendererFor('hazard-report/9' as never)).toThrow('no workbook renderer for report format hazard-report/9');

    const v2 = sampleReportContentV2(3);
    await expect(renderXlsxHere(v2, 1)).rejects.toThrow('workbook renderer 1 renders hazard-report/1 content, not hazard-report/2');
    await expect(renderXlsxHere(v2, 2)).rejects.toThrow('workbook renderer 2 renders hazard-report/1 content, not hazard-report/2');
    await expect(renderXlsxHere(small, 3)).rejects.toThrow('workbook renderer 3 renders hazard-report/2 content, not hazard-report/1');
    await expect(xlsxBytes(small, 3)).rejects.toThrow('workbook renderer 3 renders hazard-report/2 content');
    await expect(xlsxBytes(v2, 2)).rejects.toThrow('workbook renderer 2 renders hazard-report/1 content');

    // without a renderer named, the current one of the content's format
    expect(sha256(await renderXlsxHere(small))).toBe(RENDERER_2_SAMPLE_SHA256);
    expect(sha256(await renderXlsxHere(v2))).toBe(RENDERER_3_SAMPLE_SHA256);
    expect(await renderReport({ content: small })).toMatchObject({ xlsxRenderer: 2, xlsxSha256: RENDERER_2_SAMPLE_SHA256 });
    expect(await renderReport({ content: v2 })).toMatchObject({ xlsxRenderer: 3, xlsxSha256: RENDERER_3_SAMPLE_SHA256 });
  });

  it('refuses a renderer this version does not know', () => {
    expect(asXlsxRenderer(1)).toBe(1);
    expect(asXlsxRenderer(3)).toBe(3);
    expect(() => asXlsxRenderer(4)).toThrow('no workbook renderer 4');
  });

  it('streams: a large report leaves in many chunks, and the chunks are the workbook', async () => {
    for (const [content, renderer] of [
      [sampleReportContent(3000), 2],
      [sampleReportContentV2(3000), 3],
    ] as const) {
      const chunks: Uint8Array[] = [];
      await writeXlsx(content, renderer, (chunk) => chunks.push(chunk));
      expect(chunks.length).toBeGreaterThan(10);
      const joined = Buffer.concat(chunks);
      expect(joined.equals(await xlsxBytes(content, renderer))).toBe(true);
      expect(joined.subarray(0, 2).toString()).toBe('PK');
    }
  });

  it('writes a workbook ExcelJS reads back as the notice lays it out: values, red rows, frozen headers, print titles', async () => {
    const content = sampleReportContent(40);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsxBytes(content, 2)) as never);
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


describe('renderer 3: format 2, the attachments an office signs', () => {
  const content = sampleReportContentV2(40);
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsxHere(content, 3)) as never);
  });
  const expected = (value: string | number) => (typeof value === 'string' ? asWritten(value) || null : value);

  it('lays each format out in full: the groups of attachment 3 span its columns, the lists end in 备注', () => {
    for (const [groups, columns] of [
      [STATISTICS_GROUPS, STATISTICS_COLUMNS],
      [STATISTICS_GROUPS_V2, STATISTICS_COLUMNS_V2],
    ] as const) {
      expect(groups.reduce((sum, g) => sum + g.span, 0)).toBe(columns.length);
    }
    for (const columns of [ATTACHMENT1_COLUMNS_V2, ATTACHMENT2_COLUMNS_V2, CANCELLED_COLUMNS_V2]) {
      expect(columns.map((c) => c.header)).toEqual(expect.arrayContaining(['序号', '隐患编号', '填报单位', '监管部门']));
      expect(columns.at(-1)?.header).toBe('备注');
    }
    expect(CANCELLED_COLUMNS_V2.slice(-4).map((c) => c.header)).toEqual(['撤销日期', '撤销人', '撤销原因', '备注']);
    expect(STATISTICS_COLUMNS_V2.map((c) => c.header)).toEqual(
      expect.arrayContaining(['整改率', '一般隐患整改率', '重大隐患整改率', '纳入治理方案(五落实)', '整改资金到位（万元）', '参与排查企业数', '检查企业数', '检查组数', '检查人次']),
    );
    // format 1's tables are renderers 1 and 2's, unchanged
    expect([ATTACHMENT1_COLUMNS.length, ATTACHMENT2_COLUMNS.length, STATISTICS_COLUMNS.length]).toEqual([20, 20, 26]);
  });

  it('writes four sheets, each with the reporting unit under its title and the signature line under its table', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['附件1', '附件2', '附件2-1', '附件3']);
    expect(workbook.title).toBe('盘锦市应急管理局 隐患日报 2026-12-01');
    const lists = [
      ['附件1', '未完成整改隐患清单', ATTACHMENT1_COLUMNS_V2, content.attachment1],
      ['附件2', '已完成整改隐患清单', ATTACHMENT2_COLUMNS_V2, content.attachment2],
      ['附件2-1', '已撤销隐患清单', CANCELLED_COLUMNS_V2, content.cancelled ?? []],
    ] as const;
    for (const [name, title, columns, rows] of lists) {
      const ws = workbook.getWorksheet(name) as ExcelJS.Worksheet;
      expect(ws.getCell('A1').value).toBe(`${name}  ${title}`);
      expect(ws.getCell('A2').value).toBe('填报单位：盘锦市应急管理局    统计期间：2026-11-01 至 2026-12-01 24:00（北京时间）');
      expect(ws.getRow(3).values).toEqual([undefined, ...columns.map((c) => c.header)]);
      expect(rows.length).toBeGreaterThan(0);
      rows.forEach((row, r) => columns.forEach((column, i) => expect(ws.getCell(4 + r, i + 1).value).toEqual(expected((column.value as (row: unknown) => string | number)(row)))));
      const signature = 3 + rows.length + 2;
      expect(ws.getCell(signature - 1, 1).value).toBeNull();
      expect(ws.getCell(signature, 1).value).toBe('填报人：张三\u3000\u3000联系电话：0427-2812345\u3000\u3000审核人：李四\u3000\u3000填报日期：2026-12-02');
      expect(ws.getCell(signature, columns.length).master.address).toBe(`A${signature}`);
      expect(ws.rowCount).toBe(signature);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
      expect(ws.pageSetup).toMatchObject({ paperSize: 8, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true });
      expect(ws.pageSetup.margins).toMatchObject({ left: 0.4, right: 0.4, top: 0.6, bottom: 0.6 });
      expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页，共 &N 页');
    }
    const two = workbook.getWorksheet('附件2') as ExcelJS.Worksheet;
    content.attachment2.forEach((row, r) => {
      const cell = two.getCell(4 + r, 1);
      const red = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === RED_FILL && cell.font?.color?.argb === RED_FONT;
      expect(red).toBe(row.newlyRectified);
    });
    expect(content.attachment1.some((r) => r.remarks === '')).toBe(true);
  });

  it('adds the figures of format 2 to attachment 3, under their groups, with the signature line', () => {
    const three = workbook.getWorksheet('附件3') as ExcelJS.Worksheet;
    expect(three.getRow(3).height).toBeGreaterThan(15 - 1);
    expect(three.getRow(4).height).toBeGreaterThanOrEqual(30);
    const headerAt = (header: string) => STATISTICS_COLUMNS_V2.findIndex((c) => c.header === header) + 1;
    const under = (header: string) => String(three.getCell(3, headerAt(header)).master.value);
    expect(under('一般隐患整改率')).toBe('整改率');
    expect(under('重大隐患整改率')).toBe('整改率');
    expect(under('纳入治理方案(五落实)')).toBe('重大隐患治理');
    expect(under('检查人次')).toBe('排查检查');
    expect(three.getCell(4, headerAt('一般隐患整改率')).value).toBe('一般隐患整改率');
    const totalRow = 5 + content.attachment3.byRegion.length + content.attachment3.bySector.length;
    STATISTICS_COLUMNS_V2.forEach((column, i) => expect(three.getCell(totalRow, i + 1).value).toEqual(expected(column.value(content.attachment3.total))));
    expect(three.getCell(totalRow, headerAt('整改资金到位（万元）')).value).toBe('75.00');
    expect(three.getCell(totalRow + 2, 1).value).toBe(signatureLine(content));
    expect(three.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, xSplit: 1 });
    expect(three.pageSetup).toMatchObject({ paperSize: 8, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
    expect(three.headerFooter.oddFooter).toBe('&C第 &P 页，共 &N 页');
  });

  it('prints a draft with blanks to sign in, names the department where there is no unit, and always writes 附件2-1', async () => {
    const draft = { ...sampleReportContentV2(2), signature: null, unit: undefined, obligation: null, cancelled: undefined };
    expect(signatureLine(draft)).toBe('填报人：\u3000\u3000\u3000\u3000联系电话：\u3000\u3000\u3000\u3000审核人：\u3000\u3000\u3000\u3000填报日期：');
    expect(subtitleV2(draft)).toBe('填报单位：市应急管理局    统计截至：2026-12-01 24:00（北京时间）');
    expect(subtitleV2({ ...draft, kind: 'PERIOD', from: '2026-11-01' })).toBe('填报单位：市应急管理局    统计期间：2026-11-01 至 2026-12-01（北京时间）');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderXlsxHere(draft)) as never);
    const cancelled = book.getWorksheet('附件2-1') as ExcelJS.Worksheet;
    expect(cancelled.getRow(3).values).toEqual([undefined, ...CANCELLED_COLUMNS_V2.map((c) => c.header)]);
    expect(cancelled.getCell('A2').value).toBe(subtitleV2(draft));
    expect(cancelled.getCell('A4').value).toBeNull();
    expect(cancelled.getCell('A5').value).toBe(signatureLine(draft));
    expect(cancelled.rowCount).toBe(5);
  });
});

describe('the CSV attachments', () => {
  const csv = (text: string) => {
    expect(text.startsWith('\ufeff')).toBe(true);
    return parse(text.slice(1)) as string[][];
  };
  const v1 = sampleReportContent(3);
  const v2 = sampleReportContentV2(3);

  it('format 1: the columns and bytes they always had', () => {
    const digests = (['attachment1', 'attachment2', 'attachment3'] as const).map((a) => sha256(Buffer.from(renderCsv(v1, a))));
    expect(digests).toEqual([
      '6b8c514a95b99ff8d0ffe88969ca69bc93962655909e45a2daa8aaf2ba739642',
      '688e3aa53f4fbcddfac45c6bae04af9991477ef31a33efb4594467234389b336',
      '066b3aa2e1b5f0442ae935ceae248b28d80390ffb3e8ad4cea208a36fb351dd7',
    ]);
    expect(csv(renderCsv(v1, 'attachment1'))[0]).toEqual(ATTACHMENT1_COLUMNS.map((c) => c.header));
    expect(() => renderCsv(v1, 'cancelledList')).toThrow('a hazard-report/1 report has no list of cancelled hazards');
  });

  it('format 2: renderer 3’s columns, the red flag on attachment 2, the cancelled list, and attachment 3’s headers named with their groups where they repeat', () => {
    const one = csv(renderCsv(v2, 'attachment1'));
    expect(one[0]).toEqual(ATTACHMENT1_COLUMNS_V2.map((c) => c.header));
    expect(one.slice(1)).toEqual(v2.attachment1.map((row) => ATTACHMENT1_COLUMNS_V2.map((c) => String(c.value(row)))));
    const two = csv(renderCsv(v2, 'attachment2'));
    expect(two[0]).toEqual([...ATTACHMENT2_COLUMNS_V2.map((c) => c.header), '新销号（标红）']);
    expect(two.slice(1).map((row) => row.at(-1))).toEqual(v2.attachment2.map((r) => (r.newlyRectified ? '是' : '否')));
    const cancelled = csv(renderCsv(v2, 'cancelledList'));
    expect(cancelled[0]).toEqual(CANCELLED_COLUMNS_V2.map((c) => c.header));
    expect(cancelled.slice(1)).toEqual((v2.cancelled ?? []).map((row) => CANCELLED_COLUMNS_V2.map((c) => String(c.value(row)))));
    expect(csv(renderCsv({ ...v2, cancelled: undefined }, 'cancelledList'))).toEqual([CANCELLED_COLUMNS_V2.map((c) => c.header)]);
    const three = csv(renderCsv(v2, 'attachment3'));
    expect(three[0].slice(0, 12)).toEqual(['县区/行业领域', '发现隐患（一般）', '发现隐患（重大）', '企业自查', '部门检查', '暗访', '其他', '已整改（一般）', '已整改（重大）', '整改率', '一般隐患整改率', '重大隐患整改率']);
    expect(new Set(three[0]).size).toBe(STATISTICS_COLUMNS_V2.length);
    expect(three.at(-1)).toEqual(STATISTICS_COLUMNS_V2.map((c) => String(c.value(v2.attachment3.total))));
  });
});
