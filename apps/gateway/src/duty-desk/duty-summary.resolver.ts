import { Args, Context, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { mayReadPersonalData } from '../auth/authorize';
import type { GatewayContext } from '../auth/principal';
import { DateTimeScalar } from '../common/scalars';
import { HazardReportModel } from '../reports/models/report.model';
import { toDutySummaryModel } from './duty-desk.mapper';
import { DutySummaryService } from './duty-summary.service';
import { DutySummaryModel } from './models/duty-summary.model';

/** The summary the duty officer opens first. */
@Resolver()
export class DutySummaryResolver {
  constructor(private readonly summaries: DutySummaryService) {}

  @Query(() => DutySummaryModel)
  async dutySummary(@Args('at', { type: () => DateTimeScalar, nullable: true }) at: string | null, @Context() ctx: GatewayContext): Promise<DutySummaryModel> {
    return toDutySummaryModel(await this.summaries.summary(ctx.principal, at), mayReadPersonalData(ctx.principal));
  }
}

/** The daily report shows the duty desk as it is when the report is read (not part of its frozen, hashed content). */
@Resolver(() => HazardReportModel)
export class ReportDutyResolver {
  constructor(private readonly summaries: DutySummaryService) {}

  @ResolveField(() => DutySummaryModel, { description: 'The duty desk now: duty leaders, open incidents with their report clocks, readiness (read live, not frozen with the report)' })
  async dutyDesk(@Context() ctx: GatewayContext): Promise<DutySummaryModel> {
    return toDutySummaryModel(await this.summaries.summary(ctx.principal, null), mayReadPersonalData(ctx.principal));
  }
}
