import { Zip, ZipDeflate } from 'fflate';
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

/**
 * The report's workbook written as it is read: each row becomes SpreadsheetML text and goes straight into
 * a streaming deflate (fflate's `Zip`), so no workbook model is ever held in memory and the output can be
 * sent while it is written (renderer 2, docs/reports.md "Renderers"). The layout is the notice's own: three
 * sheets, titles over merged cells, frozen headers, print titles, A4 landscape fitted to the page width,
 * borders, and the red of "newly rectified" as red text on a light red fill. Byte for byte reproducible:
 * the parts, their order, the deflate level and every timestamp (the report's cutoff) are fixed.
 */


/** Cell styles: their index in styles.xml's cellXfs. */
const S = { plain: 0, title: 1, header: 2, body: 3, red: 4, value: 5, label: 6, totalValue: 7, totalLabel: 8 } as const;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="4"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="16"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><sz val="11"/><color rgb="${RED_FONT}"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="${HEADER_FILL}"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="${RED_FILL}"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="9"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf><xf numFmtId="0" fontId="2" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="3" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="left"/></xf><xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center"/></xf><xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const SHEETS = ['附件1', '附件2', '附件3'] as const;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${SHEETS.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`;

const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${SHEETS.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${SHEETS.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${SHEETS.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;

/** Rows repeated at the top of every printed page, per sheet. */
const PRINT_TITLES = ['$3:$3', '$3:$3', '$3:$4'];

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>${SHEETS.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets><definedNames>${SHEETS.map((name, i) => `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">'${name}'!${PRINT_TITLES[i]}</definedName>`).join('')}</definedNames></workbook>`;

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

interface SheetLayout {
  columns: { width: number }[];
  rows: number;
  frozen: { ySplit: number; xSplit?: number };
  merges: string[];
  centered: boolean;
  footer: boolean;
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
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    (layout.footer ? '<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>' : '') +
    '</worksheet>'
  );
}

const titleRows = (strings: SharedStrings, name: string, title: string, c: ReportContent) =>
  `<row r="1">${cell(strings, 1, 0, `${name}  ${title}`, S.title)}</row><row r="2">${cell(strings, 2, 0, subtitle(c), S.plain)}</row>`;

function listSheet<Row>(part: Part, strings: SharedStrings, name: string, title: string, c: ReportContent, columns: Column<Row>[], rows: Row[], red?: (row: Row) => boolean): void {
  const width = columns.length;
  const layout: SheetLayout = {
    columns,
    rows: 3 + rows.length,
    frozen: { ySplit: 3 },
    merges: [`A1:${ref(1, width - 1)}`, `A2:${ref(2, width - 1)}`],
    centered: true,
    footer: true,
  };
  part.write(sheetHead(layout));
  part.write(titleRows(strings, name, title, c));
  part.write(`<row r="3">${columns.map((col, i) => cell(strings, 3, i, col.header, S.header)).join('')}</row>`);
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
  part.end(sheetTail(layout));
}

function statisticsSheet(part: Part, strings: SharedStrings, c: ReportContent): void {
  const columns = STATISTICS_COLUMNS;
  const width = columns.length;
  const rows: StatisticsRow[] = [...c.attachment3.byRegion, ...c.attachment3.bySector, c.attachment3.total];
  const merges = [`A1:${ref(1, width - 1)}`, `A2:${ref(2, width - 1)}`];
  const groupRow: string[] = [];
  const columnRow: string[] = [];
  let col = 0;
  for (const group of STATISTICS_GROUPS) {
    merges.push(group.span > 1 ? `${ref(3, col)}:${ref(3, col + group.span - 1)}` : `${ref(3, col)}:${ref(4, col)}`);
    for (let i = 0; i < group.span; i++) {
      groupRow.push(cell(strings, 3, col + i, i === 0 ? group.header : '', S.header));
      columnRow.push(cell(strings, 4, col + i, group.span > 1 ? columns[col + i].header : '', S.header));
    }
    col += group.span;
  }
  const layout: SheetLayout = { columns, rows: 4 + rows.length, frozen: { ySplit: 4, xSplit: 1 }, merges, centered: false, footer: false };
  part.write(sheetHead(layout));
  part.write(titleRows(strings, '附件3', ATTACHMENT_TITLES.attachment3, c));
  part.write(`<row r="3">${groupRow.join('')}</row><row r="4">${columnRow.join('')}</row>`);
  rows.forEach((row, r) => {
    const n = 5 + r;
    const total = row === c.attachment3.total;
    const cells = columns.map((column, i) => cell(strings, n, i, column.value(row), i === 0 ? (total ? S.totalLabel : S.label) : total ? S.totalValue : S.value));
    part.write(`<row r="${n}">${cells.join('')}</row>`);
  });
  part.end(sheetTail(layout));
}

/**
 * Writes the report's workbook to `sink` as it is produced (each chunk once, in order), and resolves when
 * the last chunk has been written.
 */
export function writeXlsx(c: ReportContent, sink: (chunk: Uint8Array) => void): Promise<void> {
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
      whole('[Content_Types].xml', CONTENT_TYPES);
      whole('_rels/.rels', ROOT_RELS);
      const title = workbookTitle(c);
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
      whole('xl/workbook.xml', WORKBOOK);
      whole('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
      whole('xl/styles.xml', STYLES);
      const strings = new SharedStrings();
      const sheet = (i: number) => new Part(zip, `xl/worksheets/sheet${i}.xml`, mtime);
      listSheet(sheet(1), strings, '附件1', ATTACHMENT_TITLES.attachment1, c, ATTACHMENT1_COLUMNS, c.attachment1);
      listSheet(sheet(2), strings, '附件2', ATTACHMENT_TITLES.attachment2, c, ATTACHMENT2_COLUMNS, c.attachment2, (row) => row.newlyRectified);
      statisticsSheet(sheet(3), strings, c);
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
export async function xlsxBytes(c: ReportContent): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  await writeXlsx(c, (chunk) => chunks.push(chunk));
  return Buffer.concat(chunks);
}
