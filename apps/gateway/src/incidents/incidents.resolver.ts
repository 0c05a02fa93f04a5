import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { IncidentCommand } from '@hazard/domain';
import type { GatewayContext } from '../auth/principal';
import type { StreamCommandOptions } from '../common/direct-stream';
import { DateTimeScalar } from '../common/scalars';
import { AsOfBasis } from '../common/as-of';
import { CloseIncidentInput, FileIncidentReportInput, RecordIncidentInput, ReportCasualtyChangeInput } from './dto/incident-commands.input';
import { IncidentFilter } from './dto/incident-filter.input';
import { SaveIncidentReportingRulesInput } from './dto/incident-rules.input';
import { toIncidentModel, toIncidentRulesModel } from './incident.mapper';
import { IncidentsService } from './incidents.service';
import { IncidentModel } from './models/incident.model';
import { IncidentRulesModel } from './models/incident-rules.model';

/** The duty desk's incidents on the clock, scoped by region × department. */
@Resolver(() => IncidentModel)
export class IncidentsResolver {
  constructor(private readonly desk: IncidentsService) {}

  @Query(() => [IncidentModel], { description: 'Incidents inside your regions × departments, newest first' })
  async incidents(@Args('filter', { type: () => IncidentFilter, nullable: true }) filter: IncidentFilter | null, @Context() ctx: GatewayContext): Promise<IncidentModel[]> {
    return (await this.desk.list(ctx.principal, filter ?? {})).map((s) => toIncidentModel(s, null));
  }

  @Query(() => IncidentModel, { nullable: true, description: 'One incident with its history; with `at`, as it stood then' })
  async incident(
    @Args('id', { type: () => ID }) id: string,
    @Args('at', { type: () => DateTimeScalar, nullable: true }) at: string | null,
    @Args('basis', { type: () => AsOfBasis, nullable: true, defaultValue: AsOfBasis.RECORDED }) basis: AsOfBasis,
    @Context() ctx: GatewayContext,
  ): Promise<IncidentModel | null> {
    const found = await this.desk.find(ctx.principal, id, at ? { at, basis } : undefined);
    return found ? toIncidentModel(found.state, found.events) : null;
  }

  @Query(() => IncidentRulesModel, { nullable: true, description: 'The incident reporting rules in force, or a given version' })
  async incidentReportingRules(@Args('version', { type: () => Int, nullable: true }) version: number | null, @Context() ctx: GatewayContext): Promise<IncidentRulesModel | null> {
    const rules = await this.desk.rules(ctx.principal, version);
    return rules && toIncidentRulesModel(rules);
  }

  @Mutation(() => IncidentRulesModel, { description: 'Saves a new version of the incident reporting rules; incidents recorded from now on use it' })
  async saveIncidentReportingRules(@Args('input') input: SaveIncidentReportingRulesInput, @Context() ctx: GatewayContext): Promise<IncidentRulesModel> {
    const bySector: Record<string, number> = {};
    if (input.roadTrafficCasualtyWindowDays) bySector.ROAD_TRAFFIC = input.roadTrafficCasualtyWindowDays;
    if (input.fireCasualtyWindowDays) bySector.FIRE = input.fireCasualtyWindowDays;
    const rules = { ...input, obligations: input.obligations.map((o) => ({ ...o, levels: o.levels ?? [] })), casualtyWindowDaysBySector: bySector };
    return toIncidentRulesModel(await this.desk.saveRules(ctx.principal, rules));
  }

  @Mutation(() => IncidentModel, { description: 'Records an incident as the duty desk received it; its reporting clocks start' })
  recordIncident(@Args('input') input: RecordIncidentInput, @Context() ctx: GatewayContext): Promise<IncidentModel> {
    const { incidentId, idempotencyKey, happenedAt, casualties, ...data } = input;
    const command = {
      type: 'RecordIncident',
      data: { ...data, incidentId, occurredAt: happenedAt, casualties: { deaths: casualties?.deaths ?? 0, injuries: casualties?.injuries ?? 0, missing: casualties?.missing ?? 0 } },
    } as IncidentCommand;
    return this.run(ctx, incidentId, command, { idempotencyKey });
  }

  @Mutation(() => IncidentModel, { description: 'Files one of the required reports (its clocks stop; late if after its due time)' })
  fileIncidentReport(@Args('input') input: FileIncidentReportInput, @Context() ctx: GatewayContext): Promise<IncidentModel> {
    const { incidentId, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, incidentId, { type: 'FileIncidentReport', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => IncidentModel, { description: 'Records new casualty figures; inside the window a supplementary report (补报) becomes due' })
  reportCasualtyChange(@Args('input') input: ReportCasualtyChangeInput, @Context() ctx: GatewayContext): Promise<IncidentModel> {
    const { incidentId, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, incidentId, { type: 'ReportCasualtyChange', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => IncidentModel)
  closeIncident(@Args('input') input: CloseIncidentInput, @Context() ctx: GatewayContext): Promise<IncidentModel> {
    const { incidentId, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, incidentId, { type: 'CloseIncident', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  private async run(ctx: GatewayContext, id: string, command: IncidentCommand, options: StreamCommandOptions): Promise<IncidentModel> {
    const { state, events } = await this.desk.execute(ctx.principal, ctx.request, id, command, options);
    return toIncidentModel(state, events);
  }
}
