import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RosterCommand } from '@hazard/domain';
import { mayReadPersonalData } from '../auth/authorize';
import type { GatewayContext } from '../auth/principal';
import type { StreamCommandOptions } from '../common/direct-stream';
import { DateTimeScalar } from '../common/scalars';
import { SaveDutyRoleRulesInput } from './dto/duty-role-rules.input';
import { ConfirmHandoverInput, DecideDutySwapInput, HandOverDutyInput, PublishRosterInput, RecordDutyPresenceInput, RequestDutySwapInput } from './dto/roster-commands.input';
import { toDutyRoleRulesModel, toDutyRosterModel } from './duty-desk.mapper';
import { DutyRoleRulesModel } from './models/duty-role-rules.model';
import { DutyRosterModel } from './models/roster.model';
import { RostersService } from './rosters.service';

/** Rosters: who is on duty in which role, swaps, presence and handovers; the roles per level. */
@Resolver()
export class RostersResolver {
  constructor(private readonly rosters: RostersService) {}

  @Query(() => DutyRoleRulesModel, { nullable: true, description: 'The roles per level in force, or a given version' })
  async dutyRoleRules(@Args('version', { type: () => Int, nullable: true }) version: number | null, @Context() ctx: GatewayContext): Promise<DutyRoleRulesModel | null> {
    const rules = await this.rosters.roleRules(ctx.principal, version);
    return rules && toDutyRoleRulesModel(rules);
  }

  @Mutation(() => DutyRoleRulesModel, { description: 'Saves a new version of the roles per level; rosters published from now on use it' })
  async saveDutyRoleRules(@Args('input') input: SaveDutyRoleRulesInput, @Context() ctx: GatewayContext): Promise<DutyRoleRulesModel> {
    return toDutyRoleRulesModel(await this.rosters.saveRoleRules(ctx.principal, input));
  }

  @Query(() => [DutyRosterModel], { description: 'Rosters in scope; with `at`, those covering that moment' })
  async dutyRosters(@Args('at', { type: () => DateTimeScalar, nullable: true }) at: string | null, @Context() ctx: GatewayContext): Promise<DutyRosterModel[]> {
    return (await this.rosters.list(ctx.principal, at ? new Date(at) : null)).map((r) => toDutyRosterModel(r, mayReadPersonalData(ctx.principal)));
  }

  @Mutation(() => DutyRosterModel, { description: 'Publishes a roster; a gap in any required role or between shifts refuses it' })
  async publishRoster(@Args('input') input: PublishRosterInput, @Context() ctx: GatewayContext): Promise<DutyRosterModel> {
    const { idempotencyKey, expectedVersion, ...data } = input;
    return this.run(ctx, data.rosterId, { type: 'PublishRoster', data }, { idempotencyKey, expectedVersion });
  }

  @Mutation(() => DutyRosterModel)
  async requestDutySwap(@Args('input') input: RequestDutySwapInput, @Context() ctx: GatewayContext): Promise<DutyRosterModel> {
    const { idempotencyKey, expectedVersion, rosterId, ...data } = input;
    return this.run(ctx, rosterId, { type: 'RequestSwap', data }, { idempotencyKey, expectedVersion });
  }

  @Mutation(() => DutyRosterModel, { description: 'Approves or denies a swap (not by the person who asked)' })
  async decideDutySwap(@Args('input') input: DecideDutySwapInput, @Context() ctx: GatewayContext): Promise<DutyRosterModel> {
    const { idempotencyKey, expectedVersion, rosterId, ...data } = input;
    return this.run(ctx, rosterId, { type: 'DecideSwap', data }, { idempotencyKey, expectedVersion });
  }

  @Mutation(() => DutyRosterModel)
  async recordDutyPresence(@Args('input') input: RecordDutyPresenceInput, @Context() ctx: GatewayContext): Promise<DutyRosterModel> {
    const { idempotencyKey, expectedVersion, rosterId, ...data } = input;
    return this.run(ctx, rosterId, { type: 'RecordPresence', data }, { idempotencyKey, expectedVersion });
  }

  @Mutation(() => DutyRosterModel, { description: 'Hands over to a later shift; the pending items stay open until it confirms' })
  async handOverDuty(@Args('input') input: HandOverDutyInput, @Context() ctx: GatewayContext): Promise<DutyRosterModel> {
    const { idempotencyKey, expectedVersion, rosterId, ...data } = input;
    return this.run(ctx, rosterId, { type: 'HandOver', data }, { idempotencyKey, expectedVersion });
  }

  @Mutation(() => DutyRosterModel, { description: 'The incoming shift confirms a handover' })
  async confirmHandover(@Args('input') input: ConfirmHandoverInput, @Context() ctx: GatewayContext): Promise<DutyRosterModel> {
    const { idempotencyKey, expectedVersion, rosterId, ...data } = input;
    return this.run(ctx, rosterId, { type: 'ConfirmHandover', data }, { idempotencyKey, expectedVersion });
  }

  private async run(ctx: GatewayContext, id: string, command: RosterCommand, options: StreamCommandOptions): Promise<DutyRosterModel> {
    const { state } = await this.rosters.execute(ctx.principal, ctx.request, id, command, options);
    return toDutyRosterModel(state, mayReadPersonalData(ctx.principal));
  }
}
