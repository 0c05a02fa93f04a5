import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type ResourceCommand, shanghaiDate } from '@hazard/domain';
import type { GatewayContext } from '../auth/principal';
import type { StreamCommandOptions } from '../common/direct-stream';
import { EmergencyResourceFilter, RecordTeamDrillInput, RegisterEmergencyResourceInput, ReportTeamStatusInput, SetResourceStockInput } from './dto/emergency-resource.input';
import { toEmergencyResourceModel } from './duty-desk.mapper';
import { EmergencyResourcesService } from './emergency-resources.service';
import { EmergencyResourceModel } from './models/emergency-resource.model';

/** Rescue teams and depots: registration, status, drills and stock, and the search across them. */
@Resolver()
export class EmergencyResourcesResolver {
  constructor(private readonly resources: EmergencyResourcesService) {}

  @Query(() => [EmergencyResourceModel], { description: 'Rescue teams and depots by region, type, supply code and readiness' })
  async emergencyResources(
    @Args('filter', { type: () => EmergencyResourceFilter, nullable: true }) filter: EmergencyResourceFilter | null,
    @Context() ctx: GatewayContext,
  ): Promise<EmergencyResourceModel[]> {
    const today = shanghaiDate(Date.now());
    return (await this.resources.list(ctx.principal, filter ?? {}, today)).map((r) => toEmergencyResourceModel(r, today));
  }

  @Mutation(() => EmergencyResourceModel)
  async registerEmergencyResource(@Args('input') input: RegisterEmergencyResourceInput, @Context() ctx: GatewayContext): Promise<EmergencyResourceModel> {
    const { idempotencyKey, expectedVersion, ...data } = input;
    return this.run(ctx, data.resourceId, { type: 'RegisterResource', data }, { idempotencyKey, expectedVersion });
  }

  @Mutation(() => EmergencyResourceModel)
  async reportTeamStatus(@Args('input') input: ReportTeamStatusInput, @Context() ctx: GatewayContext): Promise<EmergencyResourceModel> {
    const { idempotencyKey, expectedVersion, resourceId, ...data } = input;
    return this.run(ctx, resourceId, { type: 'ReportTeamStatus', data }, { idempotencyKey, expectedVersion });
  }

  @Mutation(() => EmergencyResourceModel)
  async recordTeamDrill(@Args('input') input: RecordTeamDrillInput, @Context() ctx: GatewayContext): Promise<EmergencyResourceModel> {
    const { idempotencyKey, expectedVersion, resourceId, ...data } = input;
    return this.run(ctx, resourceId, { type: 'RecordDrill', data }, { idempotencyKey, expectedVersion });
  }

  @Mutation(() => EmergencyResourceModel, { description: 'Sets one stock line (by GB/T 38565 code) to what is there now, with the reason' })
  async setResourceStock(@Args('input') input: SetResourceStockInput, @Context() ctx: GatewayContext): Promise<EmergencyResourceModel> {
    const { idempotencyKey, expectedVersion, resourceId, ...data } = input;
    return this.run(ctx, resourceId, { type: 'SetStock', data: { ...data, expiresOn: data.expiresOn ?? null } }, { idempotencyKey, expectedVersion });
  }

  private async run(ctx: GatewayContext, id: string, command: ResourceCommand, options: StreamCommandOptions): Promise<EmergencyResourceModel> {
    const { state } = await this.resources.execute(ctx.principal, ctx.request, id, command, options);
    return toEmergencyResourceModel(state, shanghaiDate(Date.now()));
  }
}
