import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { mayReadPersonalData } from '../auth/authorize';
import type { GatewayContext } from '../auth/principal';
import { DateTimeScalar } from '../common/scalars';
import { RecordDutyLogEntryInput, RecordDutyNotificationInput } from './dto/duty-log.input';
import { toDutyLogEntryModel } from './duty-desk.mapper';
import { DutyLogService } from './duty-log.service';
import { DutyLogEntryModel } from './models/duty-log.model';

/** The duty log: calls and messages received, and whom the desk notified. */
@Resolver()
export class DutyLogResolver {
  constructor(private readonly log: DutyLogService) {}

  @Query(() => [DutyLogEntryModel], { description: 'The duty log in scope, newest first' })
  async dutyLog(@Args('since', { type: () => DateTimeScalar, nullable: true }) since: string | null, @Context() ctx: GatewayContext): Promise<DutyLogEntryModel[]> {
    return (await this.log.list(ctx.principal, since ? new Date(since) : null)).map((e) => toDutyLogEntryModel(e, mayReadPersonalData(ctx.principal)));
  }

  @Mutation(() => DutyLogEntryModel)
  async recordDutyLogEntry(@Args('input') input: RecordDutyLogEntryInput, @Context() ctx: GatewayContext): Promise<DutyLogEntryModel> {
    const { idempotencyKey, expectedVersion, casualties, ...data } = input;
    const c = { deaths: casualties?.deaths ?? 0, injuries: casualties?.injuries ?? 0, missing: casualties?.missing ?? 0 };
    const command = { type: 'RecordDutyLogEntry' as const, data: { ...data, casualties: c } as never };
    const { state } = await this.log.execute(ctx.principal, ctx.request, data.entryId, command, { idempotencyKey, expectedVersion });
    return toDutyLogEntryModel(state, mayReadPersonalData(ctx.principal));
  }

  @Mutation(() => DutyLogEntryModel, { description: 'Records whom the desk notified and when' })
  async recordDutyNotification(@Args('input') input: RecordDutyNotificationInput, @Context() ctx: GatewayContext): Promise<DutyLogEntryModel> {
    const { idempotencyKey, expectedVersion, entryId, ...data } = input;
    const { state } = await this.log.execute(ctx.principal, ctx.request, entryId, { type: 'RecordNotification', data }, { idempotencyKey, expectedVersion });
    return toDutyLogEntryModel(state, mayReadPersonalData(ctx.principal));
  }
}
