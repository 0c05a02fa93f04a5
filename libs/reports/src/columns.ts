import type { RectifiedRow, ReportContent, StatisticsRow, UnrectifiedRow } from './model';

/** Who the workbook says wrote it. */
export const WORKBOOK_AUTHOR = '隐患整改闭环引擎';

/** The workbook's document title. */
export const workbookTitle = (c: ReportContent): string =>
  `${c.departmentName} 隐患${c.kind === 'DAILY' ? '日报' : '统计'} ${c.kind === 'DAILY' ? c.to : `${c.from}—${c.to}`}`;

/** The line under each sheet's title: who reports, and as of when. */
export const subtitle = (c: ReportContent): string =>
  c.kind === 'DAILY'
    ? `填报单位：${c.departmentName}    统计截至：${c.to} 24:00（北京时间）`
    : `填报单位：${c.departmentName}    统计期间：${c.from} 至 ${c.to}（北京时间）`;

/** Display width in Excel column units: CJK characters (and full-width forms) take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // the second half of a surrogate pair: one character
    width += code >= 0x2e80 && code <= 0xffef ? 2 : 1;
  }
  return width;
}

/** The lines a value needs in a column of `width` when wrapped: not every viewer fits wrapped rows itself (LibreOffice does not). */
export const linesNeeded = (value: string | number, width: number): number => Math.ceil(displayWidth(String(value)) / Math.max(width - 1, 1));

/** A list row's height for the most lines any of its cells needs. */
export const rowHeight = (lines: number): number => Math.min(15 * Math.max(lines, 1), 150);

/** The red of "newly rectified": red text on a light red fill, so it survives black-and-white printing too. */
export const RED_FONT = 'FFFF0000';
export const RED_FILL = 'FFFFC7CE';
/** The headers' light blue. */
export const HEADER_FILL = 'FFDDEBF7';

export interface Column<Row> {
  header: string;
  width: number;
  value: (row: Row) => string | number;
}

const identity: Column<UnrectifiedRow | RectifiedRow>[] = [
  { header: '序号', width: 6, value: (r) => r.seq },
  { header: '隐患编号', width: 22, value: (r) => r.code },
  { header: '县区', width: 12, value: (r) => r.region },
  { header: '行业领域', width: 10, value: (r) => r.sector },
  { header: '单位名称', width: 24, value: (r) => r.enterpriseName },
  { header: '统一社会信用代码', width: 21, value: (r) => r.creditCode },
  { header: '隐患描述', width: 40, value: (r) => r.description },
  { header: '判定依据', width: 30, value: (r) => r.judgementBasis },
  { header: '隐患等级', width: 8, value: (r) => r.level },
  { header: '发现方式', width: 10, value: (r) => r.source },
  { header: '发现日期', width: 12, value: (r) => r.foundDate },
  { header: '挂牌级别/文号', width: 24, value: (r) => r.listing },
  { header: '督办单位', width: 18, value: (r) => r.supervisingUnit },
  { header: '整改责任单位/责任人', width: 24, value: (r) => r.responsible },
  { header: '整改措施', width: 36, value: (r) => r.measures },
  { header: '整改资金（元）', width: 14, value: (r) => r.funding },
  { header: '整改期限', width: 12, value: (r) => r.deadline },
];

export const ATTACHMENT1_COLUMNS: Column<UnrectifiedRow>[] = [
  ...(identity as Column<UnrectifiedRow>[]),
  { header: '是否停产停工/盯守人员', width: 22, value: (r) => r.suspension },
  { header: '当前状态', width: 16, value: (r) => r.status },
  { header: '是否超期', width: 8, value: (r) => r.overdue },
];

export const ATTACHMENT2_COLUMNS: Column<RectifiedRow>[] = [
  ...(identity as Column<RectifiedRow>[]),
  { header: '整改完成日期', width: 12, value: (r) => r.completedDate },
  { header: '验收单位/日期', width: 22, value: (r) => r.verification },
  { header: '销号日期', width: 12, value: (r) => r.closedDate },
];

/** Attachment 3: two header rows (groups, then columns), as the notice's table has them. */
export const STATISTICS_GROUPS: { header: string; span: number }[] = [
  { header: '统计单元', span: 1 },
  { header: '发现隐患', span: 2 },
  { header: '其中', span: 4 },
  { header: '已整改', span: 2 },
  { header: '整改率', span: 1 },
  { header: '按期整改率', span: 1 },
  { header: '未整改', span: 2 },
  { header: '挂牌督办', span: 4 },
  { header: '停产停工', span: 2 },
  { header: '执法', span: 4 },
  { header: '当日新增', span: 1 },
  { header: '当日销号', span: 1 },
  { header: '累计', span: 1 },
];

export const STATISTICS_COLUMNS: Column<StatisticsRow>[] = [
  { header: '县区/行业领域', width: 20, value: (r) => r.label },
  { header: '一般', width: 7, value: (r) => r.foundGeneral },
  { header: '重大', width: 7, value: (r) => r.foundMajor },
  { header: '企业自查', width: 8, value: (r) => r.bySelfInspection },
  { header: '部门检查', width: 8, value: (r) => r.byDepartment },
  { header: '暗访', width: 7, value: (r) => r.byCovert },
  { header: '其他', width: 7, value: (r) => r.byOther },
  { header: '一般', width: 7, value: (r) => r.rectifiedGeneral },
  { header: '重大', width: 7, value: (r) => r.rectifiedMajor },
  { header: '整改率', width: 9, value: (r) => r.rectificationRate },
  { header: '按期整改率', width: 10, value: (r) => r.onTimeRate },
  { header: '未到期', width: 8, value: (r) => r.openNotDue },
  { header: '已超期', width: 8, value: (r) => r.openOverdue },
  { header: '县级', width: 7, value: (r) => r.listedCounty },
  { header: '市级', width: 7, value: (r) => r.listedCity },
  { header: '省级', width: 7, value: (r) => r.listedProvince },
  { header: '已销号', width: 8, value: (r) => r.listedClosed },
  { header: '停产停工', width: 9, value: (r) => r.suspended },
  { header: '盯守落实', width: 9, value: (r) => r.suspendedWithMonitors },
  { header: '处罚起数', width: 9, value: (r) => r.fines },
  { header: '处罚金额（元）', width: 14, value: (r) => r.fineAmount },
  { header: '停产整顿', width: 9, value: (r) => r.suspensionsForRectification },
  { header: '关闭取缔', width: 9, value: (r) => r.closures },
  { header: '当日新增', width: 9, value: (r) => r.newToday },
  { header: '当日销号', width: 9, value: (r) => r.closedToday },
  { header: '累计', width: 8, value: (r) => r.cumulative },
];

export const ATTACHMENT_TITLES = {
  attachment1: '未完成整改隐患清单',
  attachment2: '已完成整改隐患清单',
  attachment3: '安全生产隐患统计表',
} as const;
