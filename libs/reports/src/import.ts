import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { type DiscoverySource, type HazardLevel, type ListingLevel, SECTOR_LABELS, type Sector } from '@hazard/domain';
import { isDate } from './dates';
import { LEVEL_LABELS, LISTING_LABELS, SOURCE_LABELS } from './labels';

/** One row of an attachment-1 style list, as a department keeps it in Excel. */
export interface ImportRow {
  rowNumber: number;
  externalCode: string | null;
  regionCode: string;
  sector: Sector;
  enterpriseName: string;
  creditCode: string | null;
  description: string;
  judgementBasis: string | null;
  level: HazardLevel;
  source: DiscoverySource;
  foundDate: string;
  listing: { level: ListingLevel; documentNumber: string | null } | null;
  supervisingUnit: string | null;
  deadline: string | null;
}

export interface RowError {
  rowNumber: number;
  column: string;
  reason: string;
}

export interface ParsedList {
  rows: ImportRow[];
  errors: RowError[];
  /** Rows that were neither data nor blank are counted here too, to report "N of M". */
  total: number;
  /** The header row as read, and every non-blank row after it as read: what a screen shows beside its errors. */
  header: string[];
  lines: { rowNumber: number; cells: string[] }[];
}

const HEADERS = {
  code: '隐患编号',
  region: '县区',
  sector: '行业领域',
  enterprise: '单位名称',
  creditCode: '统一社会信用代码',
  description: '隐患描述',
  basis: '判定依据',
  level: '隐患等级',
  source: '发现方式',
  found: '发现日期',
  listing: '挂牌级别/文号',
  unit: '督办单位',
  deadline: '整改期限',
} as const;
const REQUIRED = [HEADERS.region, HEADERS.sector, HEADERS.enterprise, HEADERS.description, HEADERS.level, HEADERS.source, HEADERS.found];

const invert = <K extends string>(labels: Record<K, string>): Map<string, K> => new Map(Object.entries(labels).map(([k, v]) => [v as string, k as K]));
const SECTOR_BY_LABEL = invert(SECTOR_LABELS);
const LEVEL_BY_LABEL = invert(LEVEL_LABELS);
const SOURCE_BY_LABEL = invert(SOURCE_LABELS);
const LISTING_BY_LABEL = new Map<string, ListingLevel>([...invert(LISTING_LABELS), ['县', 'COUNTY'], ['市', 'CITY'], ['省', 'PROVINCE'], ['县区级', 'COUNTY']]);

/** Cells arrive as text, numbers or Excel dates; everything becomes trimmed text (dates as YYYY-MM-DD, Beijing). */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return new Date(value.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { text?: string; result?: unknown; richText?: { text: string }[] };
    if (v.richText) return v.richText.map((t) => t.text).join('').trim();
    if (v.text !== undefined) return String(v.text).trim();
    if (v.result !== undefined) return cellText(v.result);
  }
  return String(value).trim();
}

function normaliseDate(text: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (!m) return null;
  const date = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isDate(date) ? date : null;
}

/** Reads the grid of an XLSX (the sheet named 附件1, else the first) or a CSV. */
export async function readGrid(data: Buffer, fileName: string): Promise<string[][]> {
  if (/\.csv$/i.test(fileName)) {
    return (parse(data.toString('utf8').replace(/^\ufeff/, ''), { relaxColumnCount: true, skipEmptyLines: false }) as string[][]).map((r) => r.map((c) => c.trim()));
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as never);
  const sheet = workbook.getWorksheet('附件1') ?? workbook.worksheets[0];
  if (!sheet) return [];
  const grid: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, sheet.columnCount); c++) cells.push(cellText(row.getCell(c).value));
    grid.push(cells);
  }
  return grid;
}

/**
 * Turns a department's list (the attachment-1 layout, headings in Chinese) into rows to report,
 * and names every row that cannot be: which row, which column, why.
 */
export function parseHazardList(grid: string[][], regions: { code: string; name: string }[]): ParsedList {
  const headerIndex = grid.slice(0, 10).findIndex((r) => r.includes(HEADERS.enterprise) && r.includes(HEADERS.description));
  if (headerIndex < 0) {
    return { rows: [], errors: [{ rowNumber: 0, column: '表头', reason: `no header row with ${HEADERS.enterprise} and ${HEADERS.description} in the first 10 rows` }], total: 0, header: [], lines: [] };
  }
  const header = grid[headerIndex];
  const missing = REQUIRED.filter((h) => !header.includes(h));
  if (missing.length) return { rows: [], errors: [{ rowNumber: headerIndex + 1, column: '表头', reason: `missing column(s): ${missing.join('、')}` }], total: 0, header, lines: [] };
  const col = (name: string) => header.indexOf(name);
  const regionByName = new Map(regions.flatMap((r) => [[r.name, r.code] as const, [r.code, r.code] as const]));

  const rows: ImportRow[] = [];
  const errors: RowError[] = [];
  const lines: ParsedList['lines'] = [];
  let total = 0;
  grid.slice(headerIndex + 1).forEach((cells, i) => {
    const rowNumber = headerIndex + 2 + i;
    if (cells.every((c) => c === '')) return;
    total++;
    lines.push({ rowNumber, cells: cells.slice(0, header.length) });
    const get = (name: string) => (col(name) >= 0 ? (cells[col(name)] ?? '') : '');
    const problems: RowError[] = [];
    const fail = (column: string, reason: string) => problems.push({ rowNumber, column, reason });

    const regionCode = regionByName.get(get(HEADERS.region));
    if (!regionCode) fail(HEADERS.region, `unknown region “${get(HEADERS.region)}”; use one of ${regions.map((r) => r.name).join('、')}`);
    const sector = SECTOR_BY_LABEL.get(get(HEADERS.sector)) ?? (Object.keys(SECTOR_LABELS).includes(get(HEADERS.sector)) ? (get(HEADERS.sector) as Sector) : undefined);
    if (!sector) fail(HEADERS.sector, `unknown sector “${get(HEADERS.sector)}”; use one of ${Object.values(SECTOR_LABELS).join('、')}`);
    const level = LEVEL_BY_LABEL.get(get(HEADERS.level).replace(/隐患$/, ''));
    if (!level) fail(HEADERS.level, `must be 一般 or 重大, not “${get(HEADERS.level)}”`);
    const source = SOURCE_BY_LABEL.get(get(HEADERS.source));
    if (!source) fail(HEADERS.source, `unknown discovery source “${get(HEADERS.source)}”; use one of ${Object.values(SOURCE_LABELS).join('、')}`);
    const foundDate = normaliseDate(get(HEADERS.found));
    if (!foundDate) fail(HEADERS.found, `“${get(HEADERS.found)}” is not a date (YYYY-MM-DD)`);
    if (!get(HEADERS.enterprise)) fail(HEADERS.enterprise, 'is empty');
    if (!get(HEADERS.description)) fail(HEADERS.description, 'is empty');

    let listing: ImportRow['listing'] = null;
    let deadline: string | null = null;
    const listingText = get(HEADERS.listing);
    if (listingText && !/^(未挂牌|否|无|-)$/.test(listingText)) {
      const [levelText, ...doc] = listingText.split(/[/／]/);
      const listingLevel = LISTING_BY_LABEL.get(levelText.trim());
      if (!listingLevel) fail(HEADERS.listing, `“${listingText}” should read 县级/市级/省级, optionally /文号`);
      else listing = { level: listingLevel, documentNumber: doc.join('/').trim() || null };
      deadline = normaliseDate(get(HEADERS.deadline));
      if (!deadline) fail(HEADERS.deadline, `a listed hazard needs a deadline date, not “${get(HEADERS.deadline)}”`);
    }
    if (problems.length) {
      errors.push(...problems);
      return;
    }
    rows.push({
      rowNumber,
      externalCode: get(HEADERS.code) || null,
      regionCode: regionCode as string,
      sector: sector as Sector,
      enterpriseName: get(HEADERS.enterprise),
      creditCode: get(HEADERS.creditCode) || null,
      description: get(HEADERS.description),
      judgementBasis: get(HEADERS.basis) || null,
      level: level as HazardLevel,
      source: source as DiscoverySource,
      foundDate: foundDate as string,
      listing,
      supervisingUnit: get(HEADERS.unit) || null,
      deadline,
    });
  });
  return { rows, errors, total, header, lines };
}

/** The same row imported twice is the same hazard: its key depends on what the row says, not on when. */
export function importKey(departmentCode: string, row: ImportRow): string {
  const identity = [departmentCode, row.externalCode ?? '', row.regionCode, row.enterpriseName, row.description, row.foundDate].join('\u0000');
  return `import:${createHash('sha256').update(identity).digest('hex').slice(0, 32)}`;
}

/** The GraphQL inputs one row becomes: a report, and a listing where the row says it was listed. */
export function rowInputs(departmentCode: string, row: ImportRow) {
  const key = importKey(departmentCode, row);
  const foundAt = `${row.foundDate}T08:00:00+08:00`;
  const title = row.description.length > 60 ? `${row.description.slice(0, 59)}…` : row.description;
  return {
    report: {
      title,
      description: row.description,
      level: row.level,
      sector: row.sector,
      regionCode: row.regionCode,
      departmentCode,
      enterpriseName: row.enterpriseName,
      enterpriseCreditCode: row.creditCode,
      judgementBasis: row.judgementBasis,
      source: row.source,
      foundAt,
      idempotencyKey: key,
    },
    list: row.listing
      ? {
          listingLevel: row.listing.level,
          supervisingUnit: row.supervisingUnit ?? '督办单位未填',
          documentNumber: row.listing.documentNumber,
          deadline: `${row.deadline}T23:59:59+08:00`,
          occurredAt: foundAt,
          idempotencyKey: `${key}:list`,
        }
      : null,
  };
}

/** Which column a domain refusal belongs to, for the row-by-row report. */
export const FIELD_COLUMNS: Record<string, string> = {
  title: HEADERS.description,
  description: HEADERS.description,
  enterpriseName: HEADERS.enterprise,
  enterpriseCreditCode: HEADERS.creditCode,
  judgementBasis: HEADERS.basis,
  foundAt: HEADERS.found,
  regionCode: HEADERS.region,
  departmentCode: '填报部门',
  deadline: HEADERS.deadline,
  supervisingUnit: HEADERS.unit,
  documentNumber: HEADERS.listing,
};
