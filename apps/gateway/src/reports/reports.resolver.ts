import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GatewayContext } from '../auth/principal';
import { RecordReportingObligationInput } from './dto/obligation.input';
import { SubmitDailyReportInput, SubmitPeriodReportInput } from './dto/submit-daily-report.input';
import { ReportingObligationModel } from './models/obligation.model';
import { HazardReportModel, ReportSubmissionModel, ReportingTier, UnitReportStateModel } from './models/report.model';
import { ReportVerificationModel } from './models/report-verification.model';
import { toHazardReportModel } from './reports.mapper';
import { type ReportView, ReportsService } from './reports.service';

/** The reporting chain (README "The reporting chain"): units' daily and period reports, obligations, the board. */
@Resolver()
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  /** A city unit's report carries its district units' states on the day (who has submitted, who has not). */
  private async model(view: ReportView, ctx: GatewayContext): Promise<HazardReportModel> {
    const c = view.content;
    const cityUnit = c.kind === 'DAILY' && c.departmentCode !== 'ALL' && !(c.unit?.regionCode ?? view.stored?.regionCode);
    const districts = cityUnit ? await this.reports.board(ctx.principal, c.date, { departmentCode: c.departmentCode, tier: ReportingTier.DISTRICT }) : [];
    return toHazardReportModel(view, districts.filter((d) => d.kind === 'DAILY'));
  }

  @Query(() => HazardReportModel, {
    description: 'Day D’s report of a unit as of the end of D − 1, Beijing time: a department at the city (ALL: the whole city), or its unit in a district (regionCode)',
  })
  async dailyReport(
    @Args('date') date: string,
    @Args('departmentCode') departmentCode: string,
    @Context() ctx: GatewayContext,
    @Args('regionCode', { type: () => String, nullable: true }) regionCode?: string | null,
  ) {
    return this.model(await this.reports.daily(ctx.principal, date, departmentCode, regionCode ?? null), ctx);
  }

  @Query(() => HazardReportModel, { description: 'Hazards found from `from` to `to` (inclusive), as of the end of `to` (or now, before it ends)' })
  async periodReport(
    @Args('from') from: string,
    @Args('to') to: string,
    @Args('departmentCode') departmentCode: string,
    @Context() ctx: GatewayContext,
    @Args('regionCode', { type: () => String, nullable: true }) regionCode?: string | null,
  ) {
    return this.model(await this.reports.period(ctx.principal, from, to, departmentCode, regionCode ?? null), ctx);
  }

  @Query(() => [ReportSubmissionModel], { description: 'Which city departments have reported for day D (committee office, auditors); reportingBoard shows both tiers' })
  reportSubmissions(@Args('date') date: string, @Context() ctx: GatewayContext) {
    return this.reports.submissions(ctx.principal, date);
  }

  @Query(() => [UnitReportStateModel], {
    description: 'Per obligation in force on day D, each bound unit’s report at both tiers: not started, draft, submitted, late, missed (the office sees all; others their own units)',
  })
  reportingBoard(
    @Args('date') date: string,
    @Context() ctx: GatewayContext,
    @Args('departmentCode', { type: () => String, nullable: true }) departmentCode?: string | null,
  ) {
    return this.reports.board(ctx.principal, date, departmentCode ? { departmentCode } : undefined);
  }

  @Query(() => ReportVerificationModel)
  verifyDailyReport(
    @Args('date') date: string,
    @Args('departmentCode') departmentCode: string,
    @Context() ctx: GatewayContext,
    @Args('regionCode', { type: () => String, nullable: true }) regionCode?: string | null,
  ) {
    return this.reports.verifySubmitted(ctx.principal, date, departmentCode, regionCode ?? null);
  }

  @Mutation(() => HazardReportModel, { description: 'Submits (freezes) day D’s report of a unit, due by its tier’s cutoff under the obligation in force' })
  async submitDailyReport(@Args('input') input: SubmitDailyReportInput, @Context() ctx: GatewayContext) {
    return this.model(await this.reports.submit(ctx.principal, input), ctx);
  }

  @Mutation(() => HazardReportModel, { description: 'Submits a period report an obligation demands (e.g. 1 January – 28 February, due 28 February 15:00); the answer carries the receipt' })
  async submitPeriodReport(@Args('input') input: SubmitPeriodReportInput, @Context() ctx: GatewayContext) {
    return this.model(await this.reports.submitPeriod(ctx.principal, input), ctx);
  }

  @Query(() => [ReportingObligationModel], { description: 'Reporting obligations, every version newest first (one obligation’s when id is given)' })
  reportingObligations(@Context() ctx: GatewayContext, @Args('id', { type: () => String, nullable: true }) id?: string | null) {
    return this.reports.obligations(ctx.principal, id ?? null);
  }

  @Mutation(() => ReportingObligationModel, { description: 'Records a new version of a reporting obligation (committee office); reports keep the version they were due under' })
  recordReportingObligation(@Args('input') input: RecordReportingObligationInput, @Context() ctx: GatewayContext) {
    return this.reports.recordObligation(ctx.principal, { ...input, endsOn: input.endsOn ?? null, periodReports: input.periodReports ?? [], note: input.note ?? null });
  }
}

