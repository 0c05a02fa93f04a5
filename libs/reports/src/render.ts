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
  columnsFor,
  linesNeeded,
  rowHeight,
  subtitle,
  workbookTitle,
} from './columns';
import { REPORT_FORMATS, REPORT_FORMAT_1, REPORT_FORMAT_2, type ReportContent, type ReportFormat, type StatisticsRow } from './model';
import { xlsxBytes } from './xlsx-stream';

/**
 * The workbook renderers, by number (docs/reports.md, "Renderers"). A report records the renderer that wrote
 * the workbook it hashed, and is rendered with that one again whenever it is downloaded or verified, so each
 * renderer's bytes are frozen: a change to the workbook is a new renderer, never an edit of one.
 * 1: ExcelJS builds the whole workbook in memory, then the zip is rewritten with fixed timestamps.
 * 2: the rows are written straight into a streaming deflate (xlsx-stream.ts), several times faster.
 * 3: the same streaming writer, format 2's layout: the attachments an office signs (four sheets, A3).
 * Each renderer renders one content format (docs/reports.md, "Formats") and refuses any other.
 */
export type XlsxRenderer = 1 | 2 | 3;
export const XLSX_RENDERERS: readonly XlsxRenderer[] = [1, 2, 3];
/** What new drafts and submissions are rendered with: the current renderer of the current format. */
export const CURRENT_XLSX_RENDERER: XlsxRenderer = 3;

/** The content format each renderer renders. */
export const XLSX_RENDERER_FORMAT: Record<XlsxRenderer, ReportFormat> = { 1: REPORT_FORMAT_1, 2: REPORT_FORMAT_1, 3: REPORT_FORMAT_2 };

/** The current renderer of each format: what content of that format is rendered with when nothing names one. */
const CURRENT_BY_FORMAT: Record<ReportFormat, XlsxRenderer> = { [REPORT_FORMAT_1]: 2, [REPORT_FORMAT_2]: 3 };

export function asXlsxRenderer(n: number): XlsxRenderer {
  if (!(XLSX_RENDERERS as readonly number[]).includes(n)) throw new Error(`no workbook renderer ${n} (this version knows ${XLSX_RENDERERS.join(', ')})`);
  return n as XlsxRenderer;
}

/**
 * The renderer a new workbook of content in `format` is written with (format 1: 2, format 2: 3), so a report is
 * always rendered by a renderer of its format. A recorded report is rendered again with the renderer it names.
 */
export function rendererFor(format: ReportFormat): XlsxRenderer {
  const renderer = (CURRENT_BY_FORMAT as Partial<Record<string, XlsxRenderer>>)[format];
  if (renderer === undefined) throw new Error(`no workbook renderer for report format ${String(format)} (this version knows ${REPORT_FORMATS.join(', ')})`);
  return renderer;
}

/** Refuses content of another format than the renderer's: a renderer of the wrong format would write another report. */
function checkFormat(c: ReportContent, renderer: XlsxRenderer): void {
  const format = XLSX_RENDERER_FORMAT[asXlsxRenderer(renderer)];
  if (c.format !== format) {
    throw new Error(`workbook renderer ${renderer} renders ${format} content, not ${String(c.format)}: render a report with a renderer of its format (rendererFor)`);
  }
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
 * The report's workbook as `renderer` writes it (by default the current renderer of the content's format), on
 * the calling thread: the servers call `renderXlsx` (render-pool.ts), which runs it on a worker thread. Content
 * of another format than the renderer's is refused.
 */
export async function renderXlsxHere(c: ReportContent, renderer: XlsxRenderer = rendererFor(c.format)): Promise<Buffer> {
  checkFormat(c, renderer);
  return renderer === 1 ? renderWithExcelJs(c) : xlsxBytes(c, renderer);
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

/** The CSV attachments; `cancelledList` (附件2-1, the cancelled hazards) is format 2's only. */
export type AttachmentName = 'attachment1' | 'attachment2' | 'attachment3' | 'cancelledList';

/**
 * Format 2's attachment 3 headers in CSV: a column whose name repeats under another group (一般, 重大 under
 * 发现隐患 and under 已整改) is named with its group, 发现隐患（一般）, since a CSV has one header row.
 */
function statisticsCsvHeaders(groups: { header: string; span: number }[], columns: Column<StatisticsRow>[]): string[] {
  const groupOf = groups.flatMap((g) => Array.from({ length: g.span }, () => g.header));
  return columns.map((col, i) => (columns.filter((other) => other.header === col.header).length > 1 ? `${groupOf[i]}（${col.header}）` : col.header));
}

/**
 * CSV of one attachment, UTF-8 with a BOM so Excel shows the Chinese headings, with the columns of the
 * content's format (format 1's as they always were; format 2's as renderer 3 writes them).
 */
export function renderCsv(c: ReportContent, attachment: AttachmentName): string {
  const columns = columnsFor(c.format);
  const table = (headers: string[], cols: Column<any>[], rows: unknown[], extra?: { header: string; value: (row: any) => string }) =>
    stringify([
      [...headers, ...(extra ? [extra.header] : [])],
      ...rows.map((row) => [...cols.map((col) => col.value(row)), ...(extra ? [extra.value(row)] : [])]),
    ]);
  const plain = (cols: Column<any>[]) => cols.map((col) => col.header);
  let body: string;
  if (attachment === 'attachment1') body = table(plain(columns.attachment1), columns.attachment1, c.attachment1);
  else if (attachment === 'attachment2') {
    body = table(plain(columns.attachment2), columns.attachment2, c.attachment2, { header: '新销号（标红）', value: (r) => (r.newlyRectified ? '是' : '否') });
  } else if (attachment === 'cancelledList') {
    if (!columns.cancelled) throw new Error(`a ${c.format} report has no list of cancelled hazards (format 2 has)`);
    body = table(plain(columns.cancelled), columns.cancelled, c.cancelled ?? []);
  } else {
    const headers = c.format === REPORT_FORMAT_1 ? plain(columns.statistics) : statisticsCsvHeaders(columns.statisticsGroups, columns.statistics);
    body = table(headers, columns.statistics, [...c.attachment3.byRegion, ...c.attachment3.bySector, c.attachment3.total]);
  }
  return `\ufeff${body}`;
}
