import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { type Zippable, unzipSync, zipSync } from 'fflate';
import {
  ATTACHMENT1_COLUMNS,
  ATTACHMENT2_COLUMNS,
  ATTACHMENT_TITLES,
  type Column,
  HEADER_FILL,
  RED_FILL,
  RED_FONT,
  STATISTICS_COLUMNS,
  STATISTICS_GROUPS,
  WORKBOOK_AUTHOR,
  linesNeeded,
  rowHeight,
  subtitle,
  workbookTitle,
} from './columns';
import type { ReportContent, StatisticsRow } from './model';
import { xlsxBytes } from './xlsx-stream';

/**
 * The workbook renderers, by number (docs/reports.md, "Renderers"). A report records the renderer that wrote
 * the workbook it hashed, and is rendered with that one again whenever it is downloaded or verified, so each
 * renderer's bytes are frozen: a change to the workbook is a new renderer, never an edit of one.
 * 1: ExcelJS builds the whole workbook in memory, then the zip is rewritten with fixed timestamps.
 * 2: the rows are written straight into a streaming deflate (xlsx-stream.ts), several times faster.
 */
export type XlsxRenderer = 1 | 2;
export const XLSX_RENDERERS: readonly XlsxRenderer[] = [1, 2];
/** What new drafts and submissions are rendered with. */
export const CURRENT_XLSX_RENDERER: XlsxRenderer = 2;

export function asXlsxRenderer(n: number): XlsxRenderer {
  if (!(XLSX_RENDERERS as readonly number[]).includes(n)) throw new Error(`no workbook renderer ${n} (this version knows ${XLSX_RENDERERS.join(', ')})`);
  return n as XlsxRenderer;
}

function sheet<Row>(wb: ExcelJS.Workbook, name: string, title: string, c: ReportContent, columns: Column<Row>[], rows: Row[], red?: (row: Row) => boolean) {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 3 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3', horizontalCentered: true },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  ws.columns = columns.map((col) => ({ width: col.width }));
  ws.mergeCells(1, 1, 1, columns.length);
  ws.getCell(1, 1).value = `${name}  ${title}`;
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, columns.length);
  ws.getCell(2, 1).value = subtitle(c);
  const header = ws.getRow(3);
  columns.forEach((col, i) => (header.getCell(i + 1).value = col.header));
  styleHeader(header, columns.length);
  rows.forEach((row, r) => {
    const line = ws.getRow(4 + r);
    columns.forEach((col, i) => (line.getCell(i + 1).value = col.value(row)));
    line.height = rowHeight(Math.max(...columns.map((col) => linesNeeded(col.value(row), col.width))));
    for (let i = 1; i <= columns.length; i++) {
      const cell = line.getCell(i);
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.border = thin;
      if (red?.(row)) {
        cell.font = { color: { argb: RED_FONT } };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: RED_FILL } };
      }
    }
  });
  return ws;
}

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function styleHeader(row: ExcelJS.Row, columns: number) {
  for (let i = 1; i <= columns; i++) {
    const cell = row.getCell(i);
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = thin;
  }
}

function statisticsSheet(wb: ExcelJS.Workbook, c: ReportContent) {
  const columns = STATISTICS_COLUMNS;
  const ws = wb.addWorksheet('附件3', {
    views: [{ state: 'frozen', ySplit: 4, xSplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:4' },
  });
  ws.columns = columns.map((col) => ({ width: col.width }));
  ws.mergeCells(1, 1, 1, columns.length);
  ws.getCell(1, 1).value = `附件3  ${ATTACHMENT_TITLES.attachment3}`;
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, columns.length);
  ws.getCell(2, 1).value = subtitle(c);
  let col = 1;
  for (const group of STATISTICS_GROUPS) {
    if (group.span > 1) ws.mergeCells(3, col, 3, col + group.span - 1);
    else ws.mergeCells(3, col, 4, col);
    ws.getCell(3, col).value = group.header;
    if (group.span > 1) columns.slice(col - 1, col - 1 + group.span).forEach((column, i) => (ws.getCell(4, col + i).value = column.header));
    col += group.span;
  }
  styleHeader(ws.getRow(3), columns.length);
  styleHeader(ws.getRow(4), columns.length);
  const rows: StatisticsRow[] = [...c.attachment3.byRegion, ...c.attachment3.bySector, c.attachment3.total];
  rows.forEach((row, r) => {
    const line = ws.getRow(5 + r);
    columns.forEach((column, i) => {
      const cell = line.getCell(i + 1);
      cell.value = column.value(row);
      cell.border = thin;
      cell.alignment = { horizontal: i === 0 ? 'left' : 'center' };
    });
    if (row === c.attachment3.total) line.font = { bold: true };
  });
}

/**
 * The report's workbook as `renderer` writes it, on the calling thread: the servers call `renderXlsx`
 * (render-pool.ts), which runs it on a worker thread.
 */
export async function renderXlsxHere(c: ReportContent, renderer: XlsxRenderer = CURRENT_XLSX_RENDERER): Promise<Buffer> {
  return renderer === 1 ? renderWithExcelJs(c) : xlsxBytes(c);
}

/**
 * Renderer 1: one workbook, three sheets (附件1, 附件2, 附件3). Byte for byte reproducible: the workbook's
 * dates are the report's cutoff, and the zip is rewritten with fixed timestamps, so a report
 * regenerated from the events at its cutoff hashes the same. Frozen: reports recorded with it are
 * rendered with it again.
 */
async function renderWithExcelJs(c: ReportContent): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const fixed = new Date(c.cutoff);
  wb.creator = WORKBOOK_AUTHOR;
  wb.lastModifiedBy = WORKBOOK_AUTHOR;
  wb.created = fixed;
  wb.modified = fixed;
  wb.title = workbookTitle(c);
  sheet(wb, '附件1', ATTACHMENT_TITLES.attachment1, c, ATTACHMENT1_COLUMNS, c.attachment1);
  sheet(wb, '附件2', ATTACHMENT_TITLES.attachment2, c, ATTACHMENT2_COLUMNS, c.attachment2, (row) => row.newlyRectified);
  statisticsSheet(wb, c);
  const written = new Uint8Array(await wb.xlsx.writeBuffer());
  const entries = unzipSync(written);
  const zippable: Zippable = {};
  for (const name of Object.keys(entries)) zippable[name] = [entries[name], { mtime: fixed, level: 6 }];
  return Buffer.from(zipSync(zippable, { mtime: fixed }));
}

export type AttachmentName = 'attachment1' | 'attachment2' | 'attachment3';

/** CSV of one attachment, UTF-8 with a BOM so Excel shows the Chinese headings. */
export function renderCsv(c: ReportContent, attachment: AttachmentName): string {
  const table = (columns: Column<any>[], rows: unknown[], extra?: { header: string; value: (row: any) => string }) =>
    stringify([
      [...columns.map((col) => col.header), ...(extra ? [extra.header] : [])],
      ...rows.map((row) => [...columns.map((col) => col.value(row)), ...(extra ? [extra.value(row)] : [])]),
    ]);
  let body: string;
  if (attachment === 'attachment1') body = table(ATTACHMENT1_COLUMNS, c.attachment1);
  else if (attachment === 'attachment2') body = table(ATTACHMENT2_COLUMNS, c.attachment2, { header: '新销号（标红）', value: (r) => (r.newlyRectified ? '是' : '否') });
  else body = table(STATISTICS_COLUMNS, [...c.attachment3.byRegion, ...c.attachment3.bySector, c.attachment3.total]);
  return `\ufeff${body}`;
}
