import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { HazardCommand, HazardState, StandbyMonitor } from '@hazard/domain';
import { HAZARD_COUNT_CAP } from '@hazard/read-models';
import type { GatewayContext } from '../auth/principal';
import { AsOfBasis } from '../common/as-of';
import { DateTimeScalar } from '../common/scalars';
import { HazardCommandsService } from './hazard-commands.service';
import { HazardQueriesService } from './hazard-queries.service';
import { toHazardEventModel, toHazardModel, viewFor } from './hazard.mapper';
import type { HazardCommandInput } from './dto/command-options.input';
import { HazardFilter } from './dto/hazard-filter.input';
import {
  AmendEnterpriseInput,
  CancelHazardInput,
  DecideRegradeInput,
  IssueSupervisionLetterInput,
  RaiseListingLevelInput,
  RecordInterviewInput,
  RequestRegradeInput,
  ResumeOperationsInput,
  RotateStandbyMonitorsInput,
  TransferHazardInput,
  DecideDeadlineExtensionInput,
  ListHazardInput,
  RecordEnforcementInput,
  RecordStandbyCheckInput,
  RectifyOnSpotInput,
  ReportProgressInput,
  RequestDeadlineExtensionInput,
  SubmitRectificationInput,
  SuperviseHazardInput,
  StandbyMonitorInput,
  SuspendOperationsInput,
  VerifyRectificationInput,
} from './dto/hazard-commands.input';
import { ReportHazardInput, rectificationOrderOf } from './dto/report-hazard.input';
import { AuditVerification } from './models/audit-verification.model';
import { HazardConnection } from './models/hazard-connection.model';
import { HazardEventModel } from './models/hazard-event.model';
import { HazardModel, HazardPayload } from './models/hazard.model';

@Resolver(() => HazardModel)
export class HazardsResolver {
  constructor(
    private readonly commands: HazardCommandsService,
    private readonly queries: HazardQueriesService,
  ) {}

  @Query(() => HazardModel, { nullable: true })
  async hazard(@Args('id', { type: () => ID }) id: string, @Context() ctx: GatewayContext): Promise<HazardModel> {
    return toHazardModel(await this.queries.get(ctx.principal, id), new Date(), viewFor(ctx.principal));
  }

  @Query(() => HazardConnection, { complexity: ({ args, childComplexity }) => Math.min(Number(args.first ?? 20), 100) * childComplexity + 1 })
  async hazards(
    @Context() ctx: GatewayContext,
    @Args('filter', { type: () => HazardFilter, nullable: true }) filter?: HazardFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('offset', {
      type: () => Int,
      nullable: true,
      description: `Rows to skip after \`after\` (or from the first row), at most ${HAZARD_COUNT_CAP}: random access for a scrolling list. Anchor it on a cursor (the list’s first row) so hazards reported meanwhile do not shift the rows.`,
    })
    offset?: number,
  ): Promise<HazardConnection> {
    const page = await this.queries.page(ctx.principal, filter, first, after, offset);
    const now = new Date();
    return {
      edges: page.nodes.map((n) => ({ cursor: n.cursor, node: toHazardModel(n.state, now, viewFor(ctx.principal)) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      count: page.count,
    };
  }

  @Query(() => [HazardEventModel])
  async hazardHistory(@Args('id', { type: () => ID }) id: string, @Context() ctx: GatewayContext): Promise<HazardEventModel[]> {
    return (await this.queries.history(ctx.principal, id)).map((e) => toHazardEventModel(e, viewFor(ctx.principal)));
  }

  @Query(() => HazardModel, { nullable: true, description: 'The hazard as the record stood at `at` (null if not yet reported then)' })
  async hazardAsOf(
    @Args('id', { type: () => ID }) id: string,
    @Args('at', { type: () => DateTimeScalar }) at: string,
    @Context() ctx: GatewayContext,
    @Args('basis', { type: () => AsOfBasis, nullable: true, defaultValue: AsOfBasis.RECORDED }) basis: AsOfBasis,
  ): Promise<HazardModel | null> {
    const state = await this.queries.asOf(ctx.principal, id, at, basis);
    return state ? toHazardModel(state, new Date(at), viewFor(ctx.principal)) : null;
  }

  @Query(() => AuditVerification)
  async verifyHazardHistory(@Args('id', { type: () => ID }) id: string, @Context() ctx: GatewayContext): Promise<AuditVerification> {
    const v = await this.queries.verify(ctx.principal, id);
    return {
      ok: v.ok,
      eventCount: v.eventCount,
      firstBadVersion: v.firstBadVersion,
      headHash: v.headHash,
      matchesReadModel: v.matchesReadModel,
      reason: v.reasons.join('; '),
      reasons: v.reasons,
      checkpointId: v.checkpointId,
      matchesCheckpoint: v.matchesCheckpoint,
      matchesWorkflow: v.matchesWorkflow,
    };
  }

  @ResolveField('history', () => [HazardEventModel], { complexity: ({ childComplexity }) => 20 * childComplexity + 5 })
  async history(@Parent() hazard: HazardModel, @Context() ctx: GatewayContext): Promise<HazardEventModel[]> {
    return (await this.queries.history(ctx.principal, hazard.id)).map((e) => toHazardEventModel(e, viewFor(ctx.principal)));
  }

  @Mutation(() => HazardPayload)
  async reportHazard(@Args('input') input: ReportHazardInput, @Context() ctx: GatewayContext): Promise<HazardPayload> {
    const origin = input.origin ? { kind: input.origin.kind, reference: input.origin.reference ?? null, majorHazardSourceId: input.origin.majorHazardSourceId ?? null } : null;
    const { rectificationOrder: _order, ...rest } = input;
    return payload(await this.commands.report(ctx.principal, { ...rest, origin, ...rectificationOrderOf(input) }, ctx.request), ctx);
  }

  @Mutation(() => HazardPayload)
  listHazard(@Args('input') input: ListHazardInput, @Context() ctx: GatewayContext): Promise<HazardPayload> {
    const { listingLevel, supervisingUnit, documentNumber, signer, deadline, policyId } = input;
    return this.run(ctx, input, { type: 'ListHazard', data: { listingLevel, supervisingUnit, documentNumber, signer, deadline, policyId } });
  }

  @Mutation(() => HazardPayload)
  superviseHazard(@Args('input') input: SuperviseHazardInput, @Context() ctx: GatewayContext): Promise<HazardPayload> {
    return this.run(ctx, input, { type: 'SuperviseHazard', data: { plan: { ...input.plan }, deadline: input.deadline } });
  }

  @Mutation(() => HazardPayload)
  reportProgress(@Args('input') input: ReportProgressInput, @Context() ctx: GatewayContext): Promise<HazardPayload> {
    return this.run(ctx, input, { type: 'ReportProgress', data: { percent: input.percent, note: input.note } });
  }

  @Mutation(() => HazardPayload)
  submitRectification(@Args('input') input: SubmitRectificationInput, @Context() ctx: GatewayContext): Promise<HazardPayload> {
    return this.run(ctx, input, { type: 'SubmitRectification', data: { summary: input.summary, evidenceHashes: input.evidenceHashes } });
  }

  @Mutation(() => HazardPayload)
  verifyRectification(@Args('input') input: VerifyRectificationInput, @Context() ctx: GatewayContext): Promise<HazardPayload> {
    const acceptance = input.acceptance ? { ...input.acceptance } : null;
    return this.run(ctx, input, { type: 'VerifyRectification', data: { accepted: input.accepted, note: input.note, acceptance, delegatedBy: input.delegatedBy } });
  }

  @Mutation(() => HazardPayload)
  rectifyOnSpot(@Args('input') input: RectifyOnSpotInput, @Context() ctx: GatewayContext): Promise<HazardPayload> {
    return this.run(ctx, input, { type: 'RectifyOnSpot', data: { summary: input.summary, evidenceHashes: input.evidenceHashes } });
  }

  @Mutation(() => HazardPayload)
  requestDeadlineExtension(@Args('input') input: RequestDeadlineExtensionInput, @Context() ctx: GatewayContext): Promise<HazardPayload> {
    return this.run(ctx, input, { type: 'RequestDeadlineExtension', data: { requestedDeadline: input.requestedDeadline, reason: input.reason } });
  }

  @Mutation(() => HazardPayload)
  decideDeadlineExtension(@Args('input') input: DecideDeadlineExtensionInput, @Context() ctx: GatewayContext): Promise<HazardPayload> {
    return this.run(ctx, input, { type: 'DecideDeadlineExtension', data: { approved: input.approved, note: input.note } });
  }

  @Mutation(() => HazardPayload)
  suspendOperations(@Args('input') input: SuspendOperationsInput, @Context() ctx: GatewayContext): Promise<HazardPayload> {
    return this.run(ctx, input, {
      type: 'SuspendOperations',
      data: { scope: input.scope, reason: input.reason, monitors: input.monitors.map(monitorOf), checkInterval: input.checkInterval },
    });
  }

  @Mutation(() => HazardPayload)
  recordStandbyCheck(@Args('input') input: RecordStandbyCheckInput, @Context() ctx: GatewayContext): Promise<HazardPayload> {
    const { monitor, productionObserved, note, location, evidenceHashes } = input;
    return this.run(ctx, input, { type: 'RecordStandbyCheck', data: { monitor, productionObserved, note, location, ...(evidenceHashes?.length ? { evidenceHashes } : {}) } });
  }

  @Mutation(() => HazardPayload)
  recordEnforcement(@Args('input') input: RecordEnforcementInput, @Context() ctx: GatewayContext): Promise<HazardPayload> {
    const { kind, amount, note, decisionNumber } = input;
    return this.run(ctx, input, { type: 'RecordEnforcement', data: { kind, amount, note, decisionNumber } });
  }

  @Mutation(() => HazardPayload)
  cancelHazard(@Args('input') input: CancelHazardInput, @Context() ctx: GatewayContext): Promise<HazardPayload> {
    return this.run(ctx, input, { type: 'CancelHazard', data: { reason: input.reason } });
  }

  @Mutation(() => HazardPayload, { description: '复产验收: production resumes after its review (the rectification submitted, reviewed by someone else); the hazard is closed apart' })
  resumeOperations(@Args('input') input: ResumeOperationsInput, @Context() ctx: GatewayContext): Promise<HazardPayload> {
    const { reviewedBy, opinion, reviewedOn } = input;
    return this.run(ctx, input, { type: 'ResumeOperations', data: { reviewedBy, opinion, reviewedOn } });
  }

  @Mutation(() => HazardPayload, { description: 'Changes the standby roster of a suspension (rotation), with the reason' })
  rotateStandbyMonitors(@Args('input') input: RotateStandbyMonitorsInput, @Context() ctx: GatewayContext): Promise<HazardPayload> {
    return this.run(ctx, input, { type: 'RotateStandbyMonitors', data: { monitors: input.monitors.map(monitorOf), reason: input.reason } });
  }

  @Mutation(() => HazardPayload, { description: 'Asks for a re-grade (general ↔ major) with the reason; a second person approves it (decideRegrade)' })
  requestRegrade(@Args('input') input: RequestRegradeInput, @Context() ctx: GatewayContext): Promise<HazardPayload> {
    return this.run(ctx, input, { type: 'RequestRegrade', data: { level: input.level, reason: input.reason } });
  }

  @Mutation(() => HazardPayload, { description: 'Approves or denies a re-grade; not by whoever asked for it' })
  decideRegrade(@Args('input') input: DecideRegradeInput, @Context() ctx: GatewayContext): Promise<HazardPayload> {
    return this.run(ctx, input, { type: 'DecideRegrade', data: { approved: input.approved, note: input.note } });
  }

  @Mutation(() => HazardPayload, { description: 'Moves the hazard to another region or department (both must be in the caller’s scope); before and after are recorded' })
  transferHazard(@Args('input') input: TransferHazardInput, @Context() ctx: GatewayContext): Promise<HazardPayload> {
    return this.run(ctx, input, { type: 'TransferHazard', data: { regionCode: input.regionCode, departmentCode: input.departmentCode, reason: input.reason } });
  }

  @Mutation(() => HazardPayload, { description: 'Corrects the enterprise’s name or credit code; before and after are recorded' })
  amendEnterprise(@Args('input') input: AmendEnterpriseInput, @Context() ctx: GatewayContext): Promise<HazardPayload> {
    const { enterpriseName, enterpriseCreditCode, reason } = input;
    return this.run(ctx, input, { type: 'AmendEnterprise', data: { enterpriseName, enterpriseCreditCode, reason } });
  }

  @Mutation(() => HazardPayload, { description: '督办函 issued: an act on the record (an escalation step may require it)' })
  issueSupervisionLetter(@Args('input') input: IssueSupervisionLetterInput, @Context() ctx: GatewayContext): Promise<HazardPayload> {
    return this.run(ctx, input, { type: 'IssueSupervisionLetter', data: { documentNumber: input.documentNumber, addressee: input.addressee } });
  }

  @Mutation(() => HazardPayload, { description: '约谈 held: who, when, the minutes (an escalation step may require it)' })
  recordInterview(@Args('input') input: RecordInterviewInput, @Context() ctx: GatewayContext): Promise<HazardPayload> {
    return this.run(ctx, input, { type: 'RecordInterview', data: { interviewee: input.interviewee, heldAt: input.heldAt, minutes: input.minutes } });
  }

  @Mutation(() => HazardPayload, { description: '提级挂牌: the listing raised to a higher level by that level’s authority' })
  raiseListingLevel(@Args('input') input: RaiseListingLevelInput, @Context() ctx: GatewayContext): Promise<HazardPayload> {
    return this.run(ctx, input, { type: 'RaiseListingLevel', data: { listingLevel: input.listingLevel, documentNumber: input.documentNumber } });
  }

  private async run(ctx: GatewayContext, input: HazardCommandInput, command: HazardCommand): Promise<HazardPayload> {
    const { hazardId, idempotencyKey, expectedVersion, occurredAt } = input;
    return payload(await this.commands.execute(ctx.principal, hazardId, command, { idempotencyKey, expectedVersion, occurredAt }, ctx.request), ctx);
  }
}

const payload = (state: HazardState, ctx: GatewayContext): HazardPayload => ({ hazard: toHazardModel(state, new Date(), viewFor(ctx.principal)) });

/** The connection's counts: resolved only when asked for, and capped (`countHazards`). */
@Resolver(() => HazardConnection)
export class HazardConnectionResolver {
  @ResolveField(() => Int, {
    description: 'How many hazards match the filter, counted exactly up to 10,000; past that it is 10,000 and `totalCountCapped` is true. Counted only when asked for.',
  })
  async totalCount(@Parent() connection: HazardConnection): Promise<number> {
    return (await connection.count()).count;
  }

  @ResolveField(() => Boolean, { description: 'True when more hazards match than `totalCount` says (the count stopped at its cap).' })
  async totalCountCapped(@Parent() connection: HazardConnection): Promise<boolean> {
    return (await connection.count()).capped;
  }
}

/** A roster entry as the domain takes it: the account only when one is named. */
const monitorOf = ({ name, phone, account }: StandbyMonitorInput): StandbyMonitor => ({ name, phone, ...(account ? { account } : {}) });
