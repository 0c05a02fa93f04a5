import { type CancelledRow, REPORT_FORMAT_1, REPORT_FORMAT_2, type RectifiedRow, type ReportContent, type ReportFormat, type StatisticsRow, type UnrectifiedRow } from './model';

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

/** Format 2: the reporting unit's name (大洼区应急管理局); content without a unit names its department. */
export const reportingUnitName = (c: ReportContent): string => c.unit?.name || c.departmentName;

/** Format 2: the workbook's document title, with the reporting unit's name. */
export const workbookTitleV2 = (c: ReportContent): string =>
  `${reportingUnitName(c)} 隐患${c.kind === 'DAILY' ? '日报' : '统计'} ${c.kind === 'DAILY' ? c.to : `${c.from}—${c.to}`}`;

/**
 * Format 2: the line under each sheet's title: the reporting unit, and the period counted. A daily report
 * answering an obligation counts from the obligation's first day (the lists hold what was found since, with
 * open hazards carried over); without one it counts everything up to the cutoff, as format 1 says.
 */
export const subtitleV2 = (c: ReportContent): string => {
  const unit = `填报单位：${reportingUnitName(c)}`;
  if (c.kind !== 'DAILY') return `${unit}    统计期间：${c.from} 至 ${c.to}（北京时间）`;
  if (c.obligation) return `${unit}    统计期间：${c.obligation.countingFrom} 至 ${c.to} 24:00（北京时间）`;
  return `${unit}    统计截至：${c.to} 24:00（北京时间）`;
};

/** What stands for a value still to be written by hand: two ideographic spaces. */
const BLANK = '\u3000\u3000';

/**
 * Format 2: the signature line each sheet carries under its table: who filled it in, their phone, who reviewed
 * it, and the date written on it. A draft has no signature yet: the labels are printed with blanks to write in
 * (填报人：, four ideographic spaces, 联系电话：, four, 审核人：, four, 填报日期：).
 */
export const signatureLine = (c: ReportContent): string => {
  const s = c.signature;
  const fields: [string, string][] = [
    ['填报人', s?.filledBy || BLANK],
    ['联系电话', s?.phone || BLANK],
    ['审核人', s?.reviewer || BLANK],
    ['填报日期', s?.signedOn ?? ''],
  ];
  return fields.map(([label, value]) => `${label}：${value}`).join(BLANK);
};

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

/*
 * Format 2 (renderer 3, docs/reports.md "Formats"): the lists carry who reported each row and the department
 * that supervises it, and end in 备注; cancelled hazards have a list of their own (附件2-1); attachment 3 adds the
 * rates of general and major hazards apart, the major hazards' governance plans and funding, and the inspections.
 * The format-1 arrays above stay as they are: renderers 1 and 2 write them.
 */

/** Format 2: the identity columns, then who reported the row and who supervises it. */
const identityV2: Column<UnrectifiedRow | RectifiedRow | CancelledRow>[] = [
  ...(identity as Column<UnrectifiedRow | RectifiedRow | CancelledRow>[]),
  { header: '填报单位', width: 20, value: (r) => r.reportingUnit ?? '' },
  { header: '监管部门', width: 18, value: (r) => r.supervisingDepartment ?? '' },
];

const remarks: Column<UnrectifiedRow | RectifiedRow | CancelledRow> = { header: '备注', width: 20, value: (r) => r.remarks ?? '' };

export const ATTACHMENT1_COLUMNS_V2: Column<UnrectifiedRow>[] = [
  ...(identityV2 as Column<UnrectifiedRow>[]),
  ...ATTACHMENT1_COLUMNS.slice(identity.length),
  remarks as Column<UnrectifiedRow>,
];

export const ATTACHMENT2_COLUMNS_V2: Column<RectifiedRow>[] = [
  ...(identityV2 as Column<RectifiedRow>[]),
  ...ATTACHMENT2_COLUMNS.slice(identity.length),
  remarks as Column<RectifiedRow>,
];

/** Format 2: 附件2-1, the hazards cancelled in the counting period. */
export const CANCELLED_COLUMNS_V2: Column<CancelledRow>[] = [
  ...(identityV2 as Column<CancelledRow>[]),
  { header: '撤销日期', width: 12, value: (r) => r.cancelledDate },
  { header: '撤销人', width: 14, value: (r) => r.cancelledBy },
  { header: '撤销原因', width: 30, value: (r) => r.reason },
  remarks as Column<CancelledRow>,
];

export const STATISTICS_GROUPS_V2: { header: string; span: number }[] = [
  { header: '统计单元', span: 1 },
  { header: '发现隐患', span: 2 },
  { header: '其中', span: 4 },
  { header: '已整改', span: 2 },
  { header: '整改率', span: 3 },
  { header: '按期整改率', span: 1 },
  { header: '未整改', span: 2 },
  { header: '重大隐患治理', span: 2 },
  { header: '挂牌督办', span: 4 },
  { header: '停产停工', span: 2 },
  { header: '执法', span: 4 },
  { header: '排查检查', span: 4 },
  { header: '当日新增', span: 1 },
  { header: '当日销号', span: 1 },
  { header: '累计', span: 1 },
];

export const STATISTICS_COLUMNS_V2: Column<StatisticsRow>[] = [
  ...STATISTICS_COLUMNS.slice(0, 10), // 县区/行业领域 … 整改率
  { header: '一般隐患整改率', width: 9, value: (r) => r.generalRectificationRate ?? '' },
  { header: '重大隐患整改率', width: 9, value: (r) => r.majorRectificationRate ?? '' },
  ...STATISTICS_COLUMNS.slice(10, 13), // 按期整改率, 未到期, 已超期
  { header: '纳入治理方案(五落实)', width: 11, value: (r) => r.majorWithPlan ?? '' },
  { header: '整改资金到位（万元）', width: 12, value: (r) => r.fundingInPlace ?? '' },
  ...STATISTICS_COLUMNS.slice(13, 23), // 县级 … 关闭取缔
  { header: '参与排查企业数', width: 9, value: (r) => r.enterprisesTookPart ?? '' },
  { header: '检查企业数', width: 9, value: (r) => r.enterprisesChecked ?? '' },
  { header: '检查组数', width: 9, value: (r) => r.inspectionTeams ?? '' },
  { header: '检查人次', width: 9, value: (r) => r.personTimes ?? '' },
  ...STATISTICS_COLUMNS.slice(23), // 当日新增, 当日销号, 累计
];

export const ATTACHMENT_TITLES_V2 = { ...ATTACHMENT_TITLES, cancelled: '已撤销隐患清单' } as const;

/** A format's tables: what its workbook renderers and the CSV write. */
export interface ReportColumns {
  attachment1: Column<UnrectifiedRow>[];
  attachment2: Column<RectifiedRow>[];
  /** Format 2 only. */
  cancelled: Column<CancelledRow>[] | null;
  statisticsGroups: { header: string; span: number }[];
  statistics: Column<StatisticsRow>[];
}

export const REPORT_COLUMNS: Record<ReportFormat, ReportColumns> = {
  [REPORT_FORMAT_1]: {
    attachment1: ATTACHMENT1_COLUMNS,
    attachment2: ATTACHMENT2_COLUMNS,
    cancelled: null,
    statisticsGroups: STATISTICS_GROUPS,
    statistics: STATISTICS_COLUMNS,
  },
  [REPORT_FORMAT_2]: {
    attachment1: ATTACHMENT1_COLUMNS_V2,
    attachment2: ATTACHMENT2_COLUMNS_V2,
    cancelled: CANCELLED_COLUMNS_V2,
    statisticsGroups: STATISTICS_GROUPS_V2,
    statistics: STATISTICS_COLUMNS_V2,
  },
};

/** The tables of a format (an unknown one is an error, not format 1). */
export function columnsFor(format: ReportFormat): ReportColumns {
  const columns = (REPORT_COLUMNS as Partial<Record<string, ReportColumns>>)[format];
  if (!columns) throw new Error(`no report format ${String(format)} (this version knows ${Object.keys(REPORT_COLUMNS).join(', ')})`);
  return columns;
}
