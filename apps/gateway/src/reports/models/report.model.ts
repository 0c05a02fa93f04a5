import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../common/scalars';

export enum ReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  /** Nobody has drafted it yet (the day has not come, or no workflow ran): shown as generated now. */
  NOT_STARTED = 'NOT_STARTED',
}
registerEnumType(ReportStatus, { name: 'ReportStatus' });

@ObjectType('ReportHazardRow', { description: 'A row of attachment 1 (未完成整改隐患清单) or 2 (已完成整改隐患清单)' })
export class ReportHazardRowModel {
  @Field(() => Int, { description: '序号' }) seq!: number;
  @Field(() => ID) hazardId!: string;
  @Field({ description: '隐患编号' }) code!: string;
  @Field({ description: '县区' }) region!: string;
  @Field({ description: '行业领域' }) sector!: string;
  @Field({ description: '单位名称' }) enterpriseName!: string;
  @Field({ description: '统一社会信用代码' }) creditCode!: string;
  @Field({ description: '隐患描述' }) description!: string;
  @Field({ description: '判定依据' }) judgementBasis!: string;
  @Field({ description: '隐患等级' }) level!: string;
  @Field({ description: '发现方式' }) source!: string;
  @Field({ description: '发现日期' }) foundDate!: string;
  @Field({ description: '挂牌级别/文号' }) listing!: string;
  @Field({ description: '督办单位' }) supervisingUnit!: string;
  @Field({ description: '整改责任单位/责任人' }) responsible!: string;
  @Field({ description: '整改措施' }) measures!: string;
  @Field({ description: '整改资金' }) funding!: string;
  @Field({ description: '整改期限' }) deadline!: string;
  @Field(() => String, { nullable: true, description: '是否停产停工/盯守人员 (attachment 1)' }) suspension?: string;
  @Field(() => String, { nullable: true, description: '当前状态 (attachment 1)' }) status?: string;
  @Field(() => String, { nullable: true, description: '是否超期 (attachment 1)' }) overdue?: string;
  @Field(() => String, { nullable: true, description: '整改完成日期 (attachment 2)' }) completedDate?: string;
  @Field(() => String, { nullable: true, description: '验收单位/日期 (attachment 2)' }) verification?: string;
  @Field(() => String, { nullable: true, description: '销号日期 (attachment 2)' }) closedDate?: string;
  @Field({ description: 'Red: on attachment 1 of the previous submitted report, rectified now' }) newlyRectified!: boolean;
  @Field(() => String, { nullable: true, description: '填报单位: the unit that reported the row (format 2)' }) reportingUnit?: string;
  @Field(() => String, { nullable: true, description: '监管部门 (format 2)' }) supervisingDepartment?: string;
  @Field(() => String, { nullable: true, description: '备注 (format 2)' }) remarks?: string;
  @Field(() => String, { nullable: true, description: '撤销日期 (cancelled list)' }) cancelledDate?: string;
  @Field(() => String, { nullable: true, description: '撤销原因 (cancelled list)' }) reason?: string;
}

@ObjectType('ReportStatisticsRow', { description: 'A row of attachment 3 (安全生产隐患统计表)' })
export class ReportStatisticsRowModel {
  @Field() label!: string;
  @Field(() => Int) foundGeneral!: number;
  @Field(() => Int) foundMajor!: number;
  @Field(() => Int) bySelfInspection!: number;
  @Field(() => Int) byDepartment!: number;
  @Field(() => Int) byCovert!: number;
  @Field(() => Int) byOther!: number;
  @Field(() => Int) rectifiedGeneral!: number;
  @Field(() => Int) rectifiedMajor!: number;
  @Field() rectificationRate!: string;
  @Field() onTimeRate!: string;
  @Field(() => Int) openNotDue!: number;
  @Field(() => Int) openOverdue!: number;
  @Field(() => Int) listedCounty!: number;
  @Field(() => Int) listedCity!: number;
  @Field(() => Int) listedProvince!: number;
  @Field(() => Int) listedClosed!: number;
  @Field(() => Int) suspended!: number;
  @Field(() => Int) suspendedWithMonitors!: number;
  @Field(() => Int) fines!: number;
  @Field(() => Float) fineAmount!: number;
  @Field(() => Int) suspensionsForRectification!: number;
  @Field(() => Int) closures!: number;
  @Field(() => Int) newToday!: number;
  @Field(() => Int) closedToday!: number;
  @Field(() => Int) cumulative!: number;
  @Field(() => String, { nullable: true, description: '一般隐患整改率 (format 2)' }) generalRectificationRate?: string;
  @Field(() => String, { nullable: true, description: '重大隐患整改率 (format 2)' }) majorRectificationRate?: string;
  @Field(() => Int, { nullable: true, description: '重大隐患纳入治理方案（五落实） (format 2)' }) majorWithPlan?: number;
  @Field(() => String, { nullable: true, description: '整改资金到位，万元 (format 2)' }) fundingInPlace?: string;
  @Field(() => Int, { nullable: true, description: '参与排查的生产经营单位数 (format 2)' }) enterprisesTookPart?: number;
  @Field(() => Int, { nullable: true, description: '检查企业数 (format 2)' }) enterprisesChecked?: number;
  @Field(() => Int, { nullable: true, description: '检查组数 (format 2)' }) inspectionTeams?: number;
  @Field(() => Int, { nullable: true, description: '检查人次 (format 2)' }) personTimes?: number;
}

@ObjectType('ReportStatistics')
export class ReportStatisticsModel {
  @Field(() => [ReportStatisticsRowModel]) byRegion!: ReportStatisticsRowModel[];
  @Field(() => [ReportStatisticsRowModel], { description: 'City-wide reports only' }) bySector!: ReportStatisticsRowModel[];
  @Field(() => ReportStatisticsRowModel) total!: ReportStatisticsRowModel;
}

export enum ReportingState {
  NOT_STARTED = 'NOT_STARTED',
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  LATE = 'LATE',
  MISSED = 'MISSED',
}
registerEnumType(ReportingState, { name: 'ReportingState', description: 'A unit’s report on the board: not started, draft, submitted on time, submitted late, missed (cutoff passed)' });

export enum ReportingTier {
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
}
registerEnumType(ReportingTier, { name: 'ReportingTier' });

@ObjectType('ReportReceipt', { description: 'What a unit keeps after submitting: the hashes it submitted under, when, by whom, when it was due' })
export class ReportReceiptModel {
  @Field({ description: 'e.g. DAILY-EMERGENCY-211104-2026-12-03-1a2b3c4d' }) number!: string;
  @Field(() => DateTimeScalar) submittedAt!: string;
  @Field() submittedBy!: string;
  @Field() contentHash!: string;
  @Field() xlsxSha256!: string;
  @Field(() => DateTimeScalar, { nullable: true }) dueAt!: string | null;
  @Field() late!: boolean;
  @Field(() => String, { nullable: true, description: 'The notice the report was due under, and its version' }) documentNumber!: string | null;
  @Field(() => Int, { nullable: true }) obligationVersion!: number | null;
}

@ObjectType('ReportSignature', { description: 'The signature block on each sheet' })
export class ReportSignatureModel {
  @Field() filledBy!: string;
  @Field() phone!: string;
  @Field() reviewer!: string;
  @Field() signedOn!: string;
}

@ObjectType('UnitReportState', { description: 'One unit’s report of a day on the board' })
export class UnitReportStateModel {
  @Field() obligationId!: string;
  @Field() documentNumber!: string;
  @Field(() => Int) obligationVersion!: number;
  @Field({ description: 'DAILY, or PERIOD for a period report due that day' }) kind!: string;
  @Field({ description: 'The report day (a period report’s: the day after its period)' }) date!: string;
  @Field(() => String, { nullable: true }) periodFrom!: string | null;
  @Field(() => String, { nullable: true }) periodTo!: string | null;
  @Field() departmentCode!: string;
  @Field(() => String, { nullable: true, description: 'null: the city unit' }) regionCode!: string | null;
  @Field() unitName!: string;
  @Field(() => ReportingTier) tier!: ReportingTier;
  @Field(() => ReportingState) state!: ReportingState;
  @Field(() => DateTimeScalar) dueAt!: string;
  @Field(() => DateTimeScalar, { nullable: true }) submittedAt!: string | null;
  @Field(() => String, { nullable: true }) submittedBy!: string | null;
  @Field(() => String, { nullable: true }) contentHash!: string | null;
}

@ObjectType('HazardReport', { description: 'A daily or period report with its three attachments' })
export class HazardReportModel {
  @Field() kind!: string;
  @Field() departmentCode!: string;
  @Field() departmentName!: string;
  @Field({ description: 'The report day D (its cutoff is the start of D, Beijing time)' }) date!: string;
  @Field(() => String, { nullable: true }) from!: string | null;
  @Field({ description: 'The last day covered' }) to!: string;
  @Field(() => DateTimeScalar) cutoff!: string;
  @Field(() => ReportStatus) status!: ReportStatus;
  @Field({ description: 'SHA-256 of the report content (RFC 8785 JSON)' }) contentHash!: string;
  @Field({ description: 'SHA-256 of the XLSX workbook' }) xlsxSha256!: string;
  @Field(() => Int, {
    description: 'The renderer that wrote the workbook xlsxSha256 hashes (1: ExcelJS, 2: streaming); a download or a verification renders with it',
  })
  xlsxRenderer!: number;
  @Field(() => DateTimeScalar, { nullable: true }) submittedAt!: string | null;
  @Field(() => String, { nullable: true }) submittedBy!: string | null;
  @Field() late!: boolean;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the missing submission raised the alarm to the level above (at its due time)' }) escalatedAt!: string | null;
  @Field(() => String, { nullable: true }) previousReportDate!: string | null;
  @Field(() => [ReportHazardRowModel], { description: '附件1 未完成整改隐患清单' }) attachment1!: ReportHazardRowModel[];
  @Field(() => [ReportHazardRowModel], { description: '附件2 已完成整改隐患清单' }) attachment2!: ReportHazardRowModel[];
  @Field(() => ReportStatisticsModel, { description: '附件3 安全生产隐患统计表' }) attachment3!: ReportStatisticsModel;
  @Field({ description: 'GET with the bearer token: the XLSX workbook' }) xlsxUrl!: string;
  @Field(() => [String], { description: 'GET with the bearer token: CSV of attachments 1, 2, 3 (and, format 2, the cancelled list 附件2-1)' }) csvUrls!: string[];
  @Field({ description: 'The content format (hazard-report/1, hazard-report/2)' }) format!: string;
  @Field(() => String, { nullable: true, description: 'The district of a district unit’s report; null for the city unit' }) regionCode!: string | null;
  @Field({ description: '填报单位: 市应急管理局, 大洼区应急管理局' }) unitName!: string;
  @Field(() => ReportingTier) tier!: ReportingTier;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it is (was) due, under the obligation version it records' }) dueAt!: string | null;
  @Field(() => String, { nullable: true }) documentNumber!: string | null;
  @Field(() => Int, { nullable: true }) obligationVersion!: number | null;
  @Field(() => String, { nullable: true, description: 'The first day of the counting period the lists hold' }) countingFrom!: string | null;
  @Field(() => ReportSignatureModel, { nullable: true }) signature!: ReportSignatureModel | null;
  @Field(() => [ReportHazardRowModel], { description: '已撤销隐患 (format 2), with the reason' }) cancelled!: ReportHazardRowModel[];
  @Field(() => ReportReceiptModel, { nullable: true, description: 'Once submitted' }) receipt!: ReportReceiptModel | null;
  @Field(() => [UnitReportStateModel], { description: 'A city unit’s report: each of its district units’ report of the same day (who has submitted, who has not)' })
  districtSubmissions!: UnitReportStateModel[];
}

@ObjectType('ReportSubmission', { description: 'Whether a department has reported for a day' })
export class ReportSubmissionModel {
  @Field() departmentCode!: string;
  @Field() departmentName!: string;
  @Field(() => ReportStatus) status!: ReportStatus;
  @Field(() => DateTimeScalar, { nullable: true }) submittedAt!: string | null;
  @Field(() => String, { nullable: true }) submittedBy!: string | null;
  @Field() late!: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) escalatedAt!: string | null;
  @Field(() => String, { nullable: true }) contentHash!: string | null;
}
