import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GatewayContext } from '../auth/principal';
import { SubmitDailyReportInput } from './dto/submit-daily-report.input';
import { HazardReportModel, ReportSubmissionModel } from './models/report.model';
import { ReportVerificationModel } from './models/report-verification.model';
import { toHazardReportModel } from './reports.mapper';
import { ReportsService } from './reports.service';

@Resolver()
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Query(() => HazardReportModel, { description: 'Day D’s report of a department (ALL: the city), as of the end of D − 1, Beijing time' })
  async dailyReport(@Args('date') date: string, @Args('departmentCode') departmentCode: string, @Context() ctx: GatewayContext) {
    return toHazardReportModel(await this.reports.daily(ctx.principal, date, departmentCode));
  }

  @Query(() => HazardReportModel, { description: 'Hazards found from `from` to `to` (inclusive), as of the end of `to`' })
  async periodReport(@Args('from') from: string, @Args('to') to: string, @Args('departmentCode') departmentCode: string, @Context() ctx: GatewayContext) {
    return toHazardReportModel(await this.reports.period(ctx.principal, from, to, departmentCode));
  }

  @Query(() => [ReportSubmissionModel], { description: 'Which departments have reported for day D (committee office, auditors)' })
  reportSubmissions(@Args('date') date: string, @Context() ctx: GatewayContext) {
    return this.reports.submissions(ctx.principal, date);
  }

  @Query(() => ReportVerificationModel)
  verifyDailyReport(@Args('date') date: string, @Args('departmentCode') departmentCode: string, @Context() ctx: GatewayContext) {
    return this.reports.verifySubmitted(ctx.principal, date, departmentCode);
  }

  @Mutation(() => HazardReportModel, { description: 'Submits (freezes) day D’s report of a department; due by 15:00 on D' })
  async submitDailyReport(@Args('input') input: SubmitDailyReportInput, @Context() ctx: GatewayContext) {
    return toHazardReportModel(await this.reports.submit(ctx.principal, input.date, input.departmentCode));
  }
}
