import { SECTORS } from '@hazard/domain';
import type { HazardFilter, HazardListPageQuery } from '../gql/graphql';
import { formatTime } from '../time';

/** The list's filters and export, kept apart from the page so they can be tested without a browser. */
export type Row = HazardListPageQuery['hazards']['edges'][number]['node'];
export const STATUSES = ['FOUND', 'LISTED', 'SUPERVISED', 'SUSPENDED', 'RECTIFIED', 'CANCELLED'] as const;
export const LEVELS = ['GENERAL', 'MAJOR'] as const;
/** The sectors, in the order of the notice and the reports (the domain's one list). */
export { SECTORS };
export const ORIGINS = ['INSPECTION', 'PATROL', 'SELF_CHECK', 'SITE_VERIFICATION', 'SUPERVISION'] as const;
/** The URL parameters that are the filter (saved views keep these and the sort). */
export const FILTER_KEYS = ['status', 'level', 'sector', 'region', 'department', 'origin', 'overdue', 'search', 'pendingVerification', 'extensionRequested'] as const;

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined => (v !== null && (values as readonly string[]).includes(v) ? (v as T) : undefined);
const bool = (v: string | null) => (v === 'true' ? true : v === 'false' ? false : undefined);

/** The URL is the filter: a link or a reload shows the same list. Unknown values are dropped, not sent. */
export function filterFromParams(params: URLSearchParams): HazardFilter {
  const filter: HazardFilter = {};
  const status = (params.get('status') ?? '').split(',').filter((s): s is (typeof STATUSES)[number] => (STATUSES as readonly string[]).includes(s));
  if (status.length) filter.status = status;
  const level = oneOf(LEVELS, params.get('level'));
  if (level) filter.level = level;
  const sector = oneOf(SECTORS, params.get('sector'));
  if (sector) filter.sector = sector;
  const origin = oneOf(ORIGINS, params.get('origin'));
  if (origin) filter.originKind = origin;
  if (params.get('region')) filter.regionCode = params.get('region');
  if (params.get('department')) filter.departmentCode = params.get('department');
  if (params.get('search')?.trim()) filter.search = params.get('search')?.trim();
  for (const key of ['overdue', 'pendingVerification', 'extensionRequested'] as const) {
    const value = bool(params.get(key));
    if (value !== undefined) filter[key] = value;
  }
  return filter;
}

/** The rows as CSV for Excel: a BOM (so Chinese opens right), CRLF lines, fields quoted where needed, times in Beijing time. */
export function csvOf(rows: readonly Row[], regionName: (c: string) => string): string {
  const head = ['隐患编号', '隐患', '等级', '状态', '单位名称', '县区', '整改期限（北京时间）', '是否超期', '升级级别'];
  const esc = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = rows.map((r) =>
    [r.code, r.title, r.level, r.status, r.enterpriseName, regionName(r.regionCode), formatTime(r.deadline), r.overdue ? '是' : '否', String(r.escalationLevel)].map(esc).join(','),
  );
  return `\uFEFF${[head.join(','), ...lines].join('\r\n')}\r\n`;
}

/**
 * The rows loaded so far, each hazard once: blocks are offsets, so a hazard entering the filter between two blocks'
 * requests can repeat the earlier block's last row in the next (and one leaving it can skip one, until a reload).
 */
export function loadedRows(rows: readonly (Row | undefined)[]): Row[] {
  const seen = new Set<string>();
  const once: Row[] = [];
  for (const r of rows) {
    if (r && !seen.has(r.id)) {
      seen.add(r.id);
      once.push(r);
    }
  }
  return once;
}
