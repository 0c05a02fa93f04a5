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
}

@ObjectType('ReportStatistics')
export class ReportStatisticsModel {
  @Field(() => [ReportStatisticsRowModel]) byRegion!: ReportStatisticsRowModel[];
  @Field(() => [ReportStatisticsRowModel], { description: 'City-wide reports only' }) bySector!: ReportStatisticsRowModel[];
  @Field(() => ReportStatisticsRowModel) total!: ReportStatisticsRowModel;
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
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the missing submission was escalated (15:00)' }) escalatedAt!: string | null;
  @Field(() => String, { nullable: true }) previousReportDate!: string | null;
  @Field(() => [ReportHazardRowModel], { description: '附件1 未完成整改隐患清单' }) attachment1!: ReportHazardRowModel[];
  @Field(() => [ReportHazardRowModel], { description: '附件2 已完成整改隐患清单' }) attachment2!: ReportHazardRowModel[];
  @Field(() => ReportStatisticsModel, { description: '附件3 安全生产隐患统计表' }) attachment3!: ReportStatisticsModel;
  @Field({ description: 'GET with the bearer token: the XLSX workbook' }) xlsxUrl!: string;
  @Field(() => [String], { description: 'GET with the bearer token: CSV of attachments 1, 2, 3' }) csvUrls!: string[];
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
