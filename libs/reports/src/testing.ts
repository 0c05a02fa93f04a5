import { type CancelledRow, REPORT_FORMAT_1, REPORT_FORMAT_2, type RectifiedRow, type ReportContent, type StatisticsRow, type UnrectifiedRow } from './model';

/** The hazard fields of the samples' `i`th row. */
const hazard = (i: number) => ({
  seq: i + 1,
  hazardId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  code: `YH-211100-2026-${String(i + 1).padStart(6, '0')}`,
  region: ['兴隆台区', '双台子区', '大洼区', '盘山县'][i % 4],
  sector: ['危险化学品', '燃气', '建筑施工'][i % 3],
  enterpriseName: `盘锦市第${i + 1}化工有限公司`,
  creditCode: i % 5 === 0 ? '' : `91211100MA${String(i).padStart(8, '0')}`,
  description: i % 7 === 0 ? `储罐区 <${i}> 号罐 "呼吸阀" 失效 & 未按期检测\n需停用\u0001` : `第${i + 1}项：消防通道被占用，应急照明不足`,
  judgementBasis: '《危险化学品企业重大隐患判定标准》第十条',
  level: i % 10 === 0 ? '重大' : '一般',
  source: '部门检查',
  foundDate: '2026-11-20',
  listing: i % 10 === 0 ? '市级/盘安委办〔2026〕12号' : '未挂牌',
  supervisingUnit: i % 10 === 0 ? '盘锦市应急管理局' : '',
  responsible: '安全环保部/张三',
  measures: '更换呼吸阀，完善检测台账，落实专人巡检',
  funding: i % 3 === 0 ? '' : (1000 + i).toFixed(2),
  deadline: '2026-12-20',
});

/**
 * A report with `rows` hazards on each list, made up without a database: for the renderers' specs and the
 * benchmark. Deterministic (the same `rows` gives the same content), with what a renderer must carry:
 * Chinese text, XML's special characters, a line break, a control character, empty cells and red rows.
 */
export function sampleReportContent(rows: number): ReportContent {
  const attachment1: UnrectifiedRow[] = Array.from({ length: rows }, (_, i) => ({
    ...hazard(i),
    suspension: i % 10 === 0 ? '是/李四、王五' : '否',
    status: '整改中',
    overdue: i % 4 === 0 ? '是' : '否',
  }));
  const attachment2: RectifiedRow[] = Array.from({ length: rows }, (_, i) => ({
    ...hazard(rows + i),
    completedDate: '2026-11-30',
    verification: '盘锦市应急管理局/2026-12-01',
    closedDate: '2026-12-01',
    newlyRectified: i % 3 === 0,
  }));
  const statistics = (label: string, n: number): StatisticsRow => ({
    label,
    foundGeneral: 9 * n,
    foundMajor: n,
    bySelfInspection: 4 * n,
    byDepartment: 4 * n,
    byCovert: n,
    byOther: n,
    rectifiedGeneral: 5 * n,
    rectifiedMajor: 0,
    rectificationRate: `${(50).toFixed(1)}%`,
    onTimeRate: n === 0 ? '—' : '80.0%',
    openNotDue: 3 * n,
    openOverdue: 2 * n,
    listedCounty: n,
    listedCity: 0,
    listedProvince: 0,
    listedClosed: 0,
    suspended: n,
    suspendedWithMonitors: n,
    fines: n,
    fineAmount: 10000.5 * n,
    suspensionsForRectification: 0,
    closures: 0,
    newToday: n,
    closedToday: 0,
    cumulative: 10 * n,
  });
  const regions = ['兴隆台区', '双台子区', '大洼区', '盘山县'];
  return {
    format: REPORT_FORMAT_1,
    kind: 'DAILY',
    departmentCode: 'EMERGENCY',
    departmentName: '市应急管理局',
    date: '2026-12-02',
    from: null,
    to: '2026-12-01',
    cutoff: '2026-12-01T16:00:00.000Z',
    previousReport: { date: '2026-12-01', contentHash: 'a'.repeat(64) },
    attachment1,
    attachment2,
    attachment3: { byRegion: regions.map((r, i) => statistics(r, i)), bySector: [], total: statistics('合计', 6) },
  };
}

/**
 * Format 2's sample (renderer 3): sampleReportContent(rows) with what format 2 adds: the reporting unit (a
 * name other than the department's), the obligation, a signature, who reported and who supervises each row,
 * remarks (some empty, one with XML's special characters), ceil(rows / 2) cancelled hazards and the new figures
 * of attachment 3. Deterministic; a draft is this with `signature: null`.
 */
export function sampleReportContentV2(rows: number): ReportContent {
  const v1 = sampleReportContent(rows);
  const sectorDepartments: Record<string, string> = { 危险化学品: '市应急管理局', 燃气: '市住房和城乡建设局', 建筑施工: '市住房和城乡建设局' };
  const chain = (i: number) => {
    const h = hazard(i);
    return {
      reportingUnit: i % 5 === 0 ? '盘锦市应急管理局' : `${h.region}应急管理局`,
      supervisingDepartment: sectorDepartments[h.sector],
      remarks: i % 4 === 1 ? '上一统计周期结转' : i % 6 === 0 ? `待验收 <第${i + 1}项> & "复核"` : '',
    };
  };
  const cancelled: CancelledRow[] = Array.from({ length: Math.ceil(rows / 2) }, (_, i) => ({
    ...hazard(2 * rows + i),
    ...chain(2 * rows + i),
    cancelledDate: '2026-11-25',
    cancelledBy: i % 2 === 0 ? '王五' : '赵六',
    reason: i % 2 === 0 ? '重复录入，与已登记隐患为同一事项' : '经复核不构成隐患',
  }));
  const more = (row: StatisticsRow, n: number): StatisticsRow => ({
    ...row,
    generalRectificationRate: n === 0 ? '—' : '55.6%',
    majorRectificationRate: n === 0 ? '—' : '0.0%',
    majorWithPlan: n,
    fundingInPlace: (12.5 * n).toFixed(2),
    enterprisesTookPart: 3 * n,
    enterprisesChecked: 5 * n,
    inspectionTeams: 2 * n,
    personTimes: 6 * n,
  });
  return {
    ...v1,
    format: REPORT_FORMAT_2,
    attachment1: v1.attachment1.map((row, i) => ({ ...row, ...chain(i) })),
    attachment2: v1.attachment2.map((row, i) => ({ ...row, ...chain(rows + i) })),
    attachment3: {
      byRegion: v1.attachment3.byRegion.map((row, i) => more(row, i)),
      bySector: v1.attachment3.bySector,
      total: more(v1.attachment3.total, 6),
    },
    unit: { departmentCode: 'EMERGENCY', departmentName: '市应急管理局', regionCode: null, regionName: null, name: '盘锦市应急管理局', tier: 'CITY' },
    obligation: {
      id: '00000000-0000-4000-9000-000000000001',
      version: 2,
      documentNumber: '盘安委办〔2026〕30号',
      countingFrom: '2026-11-01',
      dueAt: '2026-12-02T01:00:00.000Z',
    },
    signature: { filledBy: '张三', phone: '0427-2812345', reviewer: '李四', signedOn: '2026-12-02' },
    cancelled,
  };
}
