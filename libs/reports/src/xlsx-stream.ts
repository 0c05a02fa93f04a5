import { Zip, ZipDeflate } from 'fflate';
import {
  ATTACHMENT1_COLUMNS,
  ATTACHMENT1_COLUMNS_V2,
  ATTACHMENT2_COLUMNS,
  ATTACHMENT2_COLUMNS_V2,
  ATTACHMENT_TITLES,
  ATTACHMENT_TITLES_V2,
  CANCELLED_COLUMNS_V2,
  type Column,
  HEADER_FILL,
  RED_FILL,
  RED_FONT,
  STATISTICS_COLUMNS,
  STATISTICS_COLUMNS_V2,
  STATISTICS_GROUPS,
  STATISTICS_GROUPS_V2,
  WORKBOOK_AUTHOR,
  linesNeeded,
  rowHeight,
  signatureLine,
  subtitle,
  subtitleV2,
  workbookTitle,
  workbookTitleV2,
} from './columns';
import { REPORT_FORMAT_1, REPORT_FORMAT_2, type ReportContent, type ReportFormat, type StatisticsRow } from './model';

/**
 * The report's workbook written as it is read: each row becomes SpreadsheetML text and goes straight into
 * a streaming deflate (fflate's `Zip`), so no workbook model is ever held in memory and the output can be
 * sent while it is written (renderers 2 and 3, docs/reports.md "Renderers"). The layout is the notice's own:
 * titles over merged cells, frozen headers, print titles, landscape fitted to the page width, borders, and the
 * red of "newly rectified" as red text on a light red fill. Byte for byte reproducible: the parts, their order,
 * the deflate level and every timestamp (the report's cutoff) are fixed.
 *
 * What differs between the two renderers is stated once, in their `StreamedLayout` (at the end of this file):
 * renderer 2 writes format 1 (three sheets, A4), renderer 3 format 2 (four sheets with the signature line, A3).
 * Both are frozen: a change to either layout is a new renderer.
 */

/** Cell styles: their index in styles.xml's cellXfs. */
const S = { plain: 0, title: 1, header: 2, body: 3, red: 4, value: 5, label: 6, totalValue: 7, totalLabel: 8 } as const;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="4"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="16"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><sz val="11"/><color rgb="${RED_FONT}"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="${HEADER_FILL}"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="${RED_FILL}"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="9"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf><xf numFmtId="0" fontId="2" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="3" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="left"/></xf><xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center"/></xf><xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const contentTypes = (sheets: readonly SheetPlan[]) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`;

const workbookRels = (sheets: readonly SheetPlan[]) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${sheets.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;

/** The sheets, and for each the rows repeated at the top of every printed page (print titles). */
const workbookXml = (sheets: readonly SheetPlan[]) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>${sheets.map(({ name }, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets><definedNames>${sheets.map(({ name, printTitles }, i) => `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">'${name}'!${printTitles}</definedName>`).join('')}</definedNames></workbook>`;

// eslint-disable-next-line no-control-regex -- these are the control characters XML 1.0 cannot carry: matching them is the point
const XML_SPECIAL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Text as XML character data; characters XML 1.0 cannot carry are dropped. */
const esc = (text: string): string => text.replace(XML_SPECIAL, (ch) => ESCAPES[ch] ?? '');
/** Text as a reader finds it in the workbook: without the characters XML 1.0 cannot carry. */
export const asWritten = (text: string): string => text.replace(XML_SPECIAL, (ch) => (ESCAPES[ch] ? ch : ''));

const LETTERS = Array.from({ length: 64 }, (_, i) => (i < 26 ? String.fromCharCode(65 + i) : `A${String.fromCharCode(65 + i - 26)}`));
const ref = (row: number, col: number) => `${LETTERS[col]}${row}`;

/**
 * The shared strings table: each distinct text once, cells refer to it by index. Regions, sectors, levels,
 * dates, units and measures repeat from row to row, so the sheets shrink by about half, and with them the
 * deflate, which is most of a large report's rendering time.
 */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private references = 0;

  of(text: string): number {
    this.references++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(text, i);
    }
    return i;
  }

  write(part: Part): void {
    part.write(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.index.size}">`,
    );
    for (const text of this.index.keys()) part.write(/^\s|\s$|\n/.test(text) ? `<si><t xml:space="preserve">${esc(text)}</t></si>` : `<si><t>${esc(text)}</t></si>`);
    part.end('</sst>');
  }
}

function cell(strings: SharedStrings, row: number, col: number, value: string | number, style: number): string {
  if (typeof value === 'number') return `<c r="${ref(row, col)}" s="${style}"><v>${value}</v></c>`;
  if (value === '') return `<c r="${ref(row, col)}" s="${style}"/>`;
  return `<c r="${ref(row, col)}" s="${style}" t="s"><v>${strings.of(value)}</v></c>`;
}

const iso = (at: string) => new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** One part of the package, written in chunks of about 256 KiB of text. */
class Part {
  private buffered = '';
  private readonly file: ZipDeflate;
  private static readonly encoder = new TextEncoder();

  constructor(zip: Zip, name: string, mtime: Date) {
    this.file = new ZipDeflate(name, { level: 6 });
    this.file.mtime = mtime;
    zip.add(this.file);
  }

  write(text: string): void {
    this.buffered += text;
    if (this.buffered.length >= 1 << 18) this.flush(false);
  }

  end(text = ''): void {
    this.buffered += text;
    this.flush(true);
  }

  private flush(final: boolean): void {
    this.file.push(Part.encoder.encode(this.buffered), final);
    this.buffered = '';
  }
}

/** How a renderer's sheets print: the margins and the page setup, as written into each sheet. */
interface Page {
  margins: string;
  setup: string;
}

interface SheetLayout {
  columns: { width: number }[];
  rows: number;
  frozen: { ySplit: number; xSplit?: number };
  merges: string[];
  centered: boolean;
  footer: boolean;
  page: Page;
}

function sheetHead(layout: SheetLayout): string {
  const last = ref(layout.rows, layout.columns.length - 1);
  const { ySplit, xSplit } = layout.frozen;
  const pane = xSplit
    ? `<pane xSplit="${xSplit}" ySplit="${ySplit}" topLeftCell="${ref(ySplit + 1, xSplit)}" activePane="bottomRight" state="frozen"/>`
    : `<pane ySplit="${ySplit}" topLeftCell="${ref(ySplit + 1, 0)}" activePane="bottomLeft" state="frozen"/>`;
  const cols = layout.columns.map((col, i) => `<col min="${i + 1}" max="${i + 1}" width="${col.width}" customWidth="1"/>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `<cols>${cols}</cols><sheetData>`
  );
}

function sheetTail(layout: SheetLayout): string {
  return (
    `</sheetData><mergeCells count="${layout.merges.length}">${layout.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` +
    (layout.centered ? '<printOptions horizontalCentered="1"/>' : '') +
    layout.page.margins +
    layout.page.setup +
    (layout.footer ? '<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>' : '') +
    '</worksheet>'
  );
}

/** A row's height attributes for `lines` of wrapped text. */
const rowAttributes = (lines: number) => ` ht="${rowHeight(lines)}" customHeight="1"`;

/** What a sheet is written with. */
interface SheetContext {
  part: Part;
  strings: SharedStrings;
  c: ReportContent;
  layout: StreamedLayout;
}

/** One sheet of a renderer's workbook. */
interface SheetPlan {
  name: string;
  /** The rows repeated at the top of every printed page. */
  printTitles: string;
  write(x: SheetContext): void;
}

const titleRows = ({ strings, c, layout }: SheetContext, name: string, title: string) =>
  `<row r="1">${cell(strings, 1, 0, `${name}  ${title}`, S.title)}</row><row r="2">${cell(strings, 2, 0, layout.subtitle(c), S.plain)}</row>`;

/**
 * The signature line under a sheet's table, after one empty row, merged across the table's width; none where
 * the layout has none. Its merge goes onto `merges` now (the sheet's dimension and merges are written first);
 * `row()` is the row's text, written after the table (so its text takes its place in the shared strings there).
 */
function signatureRow({ strings, c, layout }: SheetContext, tableEnds: number, width: number, merges: string[]): { lastRow: number; row: () => string } {
  const { signature } = layout;
  if (!signature) return { lastRow: tableEnds, row: () => '' };
  const n = tableEnds + 2;
  merges.push(`A${n}:${ref(n, width - 1)}`);
  return { lastRow: n, row: () => `<row r="${n}">${cell(strings, n, 0, signature(c), S.plain)}</row>` };
}

/** A list: title, subtitle, one header row, a row per hazard (red where `red` says), and the signature line if the layout has one. */
function listSheet<Row>(name: string, title: string, columns: Column<Row>[], rowsOf: (c: ReportContent) => Row[], red?: (row: Row) => boolean): SheetPlan {
  return {
    name,
    printTitles: '$3:$3',
    write(x) {
      const { part, strings } = x;
      const rows = rowsOf(x.c);
      const width = columns.length;
      const merges = [`A1:${ref(1, width - 1)}`, `A2:${ref(2, width - 1)}`];
      const signature = signatureRow(x, 3 + rows.length, width, merges);
      const layout: SheetLayout = { columns, rows: signature.lastRow, frozen: { ySplit: 3 }, merges, centered: true, footer: true, page: x.layout.page };
      part.write(sheetHead(layout));
      part.write(titleRows(x, name, title));
      const headerHeight = x.layout.fitHeaders ? rowAttributes(Math.max(...columns.map((col) => linesNeeded(col.header, col.width)))) : '';
      part.write(`<row r="3"${headerHeight}>${columns.map((col, i) => cell(strings, 3, i, col.header, S.header)).join('')}</row>`);
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r];
        const n = 4 + r;
        const style = red?.(row) ? S.red : S.body;
        let cells = '';
        let lines = 1;
        for (let i = 0; i < width; i++) {
          const value = columns[i].value(row);
          lines = Math.max(lines, linesNeeded(value, columns[i].width));
          cells += cell(strings, n, i, value, style);
        }
        part.write(`<row r="${n}" ht="${rowHeight(lines)}" customHeight="1">${cells}</row>`);
      }
      part.end(signature.row() + sheetTail(layout));
    },
  };
}

/**
 * Attachment 3: two header rows (the groups, then the columns of each group of more than one), a row per
 * region and sector, the total in bold, and the signature line if the layout has one.
 */
function statisticsSheet(title: string, groups: { header: string; span: number }[], columns: Column<StatisticsRow>[], print: { centered: boolean; footer: boolean }): SheetPlan {
  return {
    name: '附件3',
    printTitles: '$3:$4',
    write(x) {
      const { part, strings, c } = x;
      const width = columns.length;
      const rows: StatisticsRow[] = [...c.attachment3.byRegion, ...c.attachment3.bySector, c.attachment3.total];
      const merges = [`A1:${ref(1, width - 1)}`, `A2:${ref(2, width - 1)}`];
      const groupRow: string[] = [];
      const columnRow: string[] = [];
      let col = 0;
      // the lines each header row needs: a group's over its columns, a column's; a single column's group spans both rows
      let groupLines = 1;
      let columnLines = 1;
      let bothLines = 1;
      for (const group of groups) {
        merges.push(group.span > 1 ? `${ref(3, col)}:${ref(3, col + group.span - 1)}` : `${ref(3, col)}:${ref(4, col)}`);
        const spanned = columns.slice(col, col + group.span);
        if (group.span > 1) {
          groupLines = Math.max(groupLines, linesNeeded(group.header, spanned.reduce((sum, c) => sum + c.width, 0)));
          columnLines = Math.max(columnLines, ...spanned.map((c) => linesNeeded(c.header, c.width)));
        } else bothLines = Math.max(bothLines, linesNeeded(group.header, spanned[0].width));
        for (let i = 0; i < group.span; i++) {
          groupRow.push(cell(strings, 3, col + i, i === 0 ? group.header : '', S.header));
          columnRow.push(cell(strings, 4, col + i, group.span > 1 ? columns[col + i].header : '', S.header));
        }
        col += group.span;
      }
      const fit = x.layout.fitHeaders;
      const groupHeight = fit ? rowAttributes(groupLines) : '';
      const columnHeight = fit ? rowAttributes(Math.max(columnLines, bothLines - groupLines)) : '';
      const signature = signatureRow(x, 4 + rows.length, width, merges);
      const layout: SheetLayout = { columns, rows: signature.lastRow, frozen: { ySplit: 4, xSplit: 1 }, merges, ...print, page: x.layout.page };
      part.write(sheetHead(layout));
      part.write(titleRows(x, '附件3', title));
      part.write(`<row r="3"${groupHeight}>${groupRow.join('')}</row><row r="4"${columnHeight}>${columnRow.join('')}</row>`);
      rows.forEach((row, r) => {
        const n = 5 + r;
        const total = row === c.attachment3.total;
        const cells = columns.map((column, i) => cell(strings, n, i, column.value(row), i === 0 ? (total ? S.totalLabel : S.label) : total ? S.totalValue : S.value));
        part.write(`<row r="${n}">${cells.join('')}</row>`);
      });
      part.end(signature.row() + sheetTail(layout));
    },
  };
}

/** The renderers this file writes. */
export type StreamedRenderer = 2 | 3;

/** What one streamed renderer writes: the format it renders, its sheets, its title lines and its page. Frozen with its renderer. */
export interface StreamedLayout {
  renderer: StreamedRenderer;
  format: ReportFormat;
  sheets: readonly SheetPlan[];
  /** The document title (docProps/core.xml). */
  title: (c: ReportContent) => string;
  /** The line under each sheet's title. */
  subtitle: (c: ReportContent) => string;
  /** The line under each sheet's table, or none. */
  signature: ((c: ReportContent) => string) | null;
  page: Page;
  /** Whether the header rows are as tall as their wrapped text needs (renderer 2's are one line, 15 points). */
  fitHeaders: boolean;
}

export const STREAMED_LAYOUTS: Record<StreamedRenderer, StreamedLayout> = {
  /** Format 1 as the notice first asked: three sheets, A4 landscape, the page-number footer on the lists. */
  2: {
    renderer: 2,
    format: REPORT_FORMAT_1,
    sheets: [
      listSheet('附件1', ATTACHMENT_TITLES.attachment1, ATTACHMENT1_COLUMNS, (c) => c.attachment1),
      listSheet('附件2', ATTACHMENT_TITLES.attachment2, ATTACHMENT2_COLUMNS, (c) => c.attachment2, (row) => row.newlyRectified),
      statisticsSheet(ATTACHMENT_TITLES.attachment3, STATISTICS_GROUPS, STATISTICS_COLUMNS, { centered: false, footer: false }),
    ],
    title: workbookTitle,
    subtitle,
    signature: null,
    fitHeaders: false,
    page: {
      margins: '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
      setup: '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    },
  },
  /**
   * Format 2, attachments an office signs: four sheets (附件2-1 lists the cancelled hazards, always, empty when
   * none), the reporting unit under each title and the signature line under each table, A3 landscape (paperSize
   * 8) fitted to the page width with narrower margins, and the page-number footer on every sheet.
   */
  3: {
    renderer: 3,
    format: REPORT_FORMAT_2,
    sheets: [
      listSheet('附件1', ATTACHMENT_TITLES_V2.attachment1, ATTACHMENT1_COLUMNS_V2, (c) => c.attachment1),
      listSheet('附件2', ATTACHMENT_TITLES_V2.attachment2, ATTACHMENT2_COLUMNS_V2, (c) => c.attachment2, (row) => row.newlyRectified),
      listSheet('附件2-1', ATTACHMENT_TITLES_V2.cancelled, CANCELLED_COLUMNS_V2, (c) => c.cancelled ?? []),
      statisticsSheet(ATTACHMENT_TITLES_V2.attachment3, STATISTICS_GROUPS_V2, STATISTICS_COLUMNS_V2, { centered: true, footer: true }),
    ],
    title: workbookTitleV2,
    subtitle: subtitleV2,
    signature: signatureLine,
    fitHeaders: true,
    page: {
      margins: '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>',
      setup: '<pageSetup paperSize="8" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    },
  },
};

/**
 * Writes the report's workbook as `renderer` lays it out to `sink` as it is produced (each chunk once, in
 * order), and resolves when the last chunk has been written. Content of another format than the renderer's is
 * refused before anything is written.
 */
export function writeXlsx(c: ReportContent, renderer: StreamedRenderer, sink: (chunk: Uint8Array) => void): Promise<void> {
  const layout = STREAMED_LAYOUTS[renderer];
  if (!layout) return Promise.reject(new Error(`no streamed workbook renderer ${String(renderer)}`));
  if (c.format !== layout.format) {
    return Promise.reject(new Error(`workbook renderer ${renderer} renders ${layout.format} content, not ${String(c.format)}: render a report with a renderer of its format`));
  }
  return new Promise((resolve, reject) => {
    const mtime = new Date(c.cutoff);
    let failed = false;
    const zip = new Zip((err, data, final) => {
      if (failed) return;
      if (err) {
        failed = true;
        reject(err);
        return;
      }
      sink(data);
      if (final) resolve();
    });
    const whole = (name: string, text: string) => new Part(zip, name, mtime).end(text);
    try {
      whole('[Content_Types].xml', contentTypes(layout.sheets));
      whole('_rels/.rels', ROOT_RELS);
      const title = layout.title(c);
      whole(
        'docProps/core.xml',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
          `<dc:title>${esc(title)}</dc:title><dc:creator>${WORKBOOK_AUTHOR}</dc:creator><cp:lastModifiedBy>${WORKBOOK_AUTHOR}</cp:lastModifiedBy>` +
          `<dcterms:created xsi:type="dcterms:W3CDTF">${iso(c.cutoff)}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso(c.cutoff)}</dcterms:modified></cp:coreProperties>`,
      );
      whole(
        'docProps/app.xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${WORKBOOK_AUTHOR}</Application></Properties>`,
      );
      whole('xl/workbook.xml', workbookXml(layout.sheets));
      whole('xl/_rels/workbook.xml.rels', workbookRels(layout.sheets));
      whole('xl/styles.xml', STYLES);
      const strings = new SharedStrings();
      layout.sheets.forEach((plan, i) => plan.write({ part: new Part(zip, `xl/worksheets/sheet${i + 1}.xml`, mtime), strings, c, layout }));
      // After the sheets, which filled it (the order of a package's parts does not matter to readers).
      strings.write(new Part(zip, 'xl/sharedStrings.xml', mtime));
      zip.end();
    } catch (err) {
      failed = true;
      reject(err as Error);
    }
  });
}

/** The whole workbook as one buffer (the chunks `writeXlsx` produces, joined). */
export async function xlsxBytes(c: ReportContent, renderer: StreamedRenderer): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  await writeXlsx(c, renderer, (chunk) => chunks.push(chunk));
  return Buffer.concat(chunks);
}
