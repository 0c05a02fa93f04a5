import { REPORT_FORMAT, type RectifiedRow, type ReportContent, type StatisticsRow, type UnrectifiedRow } from './model';

/**
 * A report with `rows` hazards on each list, made up without a database: for the renderers' specs and the
 * benchmark. Deterministic (the same `rows` gives the same content), with what a renderer must carry:
 * Chinese text, XML's special characters, a line break, a control character, empty cells and red rows.
 */
export function sampleReportContent(rows: number): ReportContent {
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
    format: REPORT_FORMAT,
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
