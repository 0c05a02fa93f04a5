import { Args, Context, Resolver, Subscription } from '@nestjs/graphql';
import { mayRead } from '../../../../libs/domain/src';
import type { GatewayContext } from '../auth/principal';
import { isOverdue, toHazardEventModel, viewFor } from '../hazards/hazard.mapper';
import { HazardFilter } from '../hazards/dto/hazard-filter.input';
import { HazardEventModel } from '../hazards/models/hazard-event.model';
import { HazardEventFeed, type HazardEventMessage } from './hazard-event-feed.service';

export function matchesFilter({ hazard }: HazardEventMessage, filter: HazardFilter | null | undefined): boolean {
  if (!filter) return true;
  if (filter.status?.length && !filter.status.includes(hazard.status)) return false;
  if (filter.level && filter.level !== hazard.level) return false;
  if (filter.sector && filter.sector !== hazard.sector) return false;
  if (filter.regionCode && filter.regionCode !== hazard.regionCode) return false;
  if (filter.departmentCode && filter.departmentCode !== hazard.departmentCode) return false;
  if (filter.overdue !== undefined && filter.overdue !== null && filter.overdue !== isOverdue(hazard, new Date())) return false;
  if (typeof filter.pendingVerification === 'boolean' && filter.pendingVerification !== hazard.pendingVerification) return false;
  if (typeof filter.extensionRequested === 'boolean' && filter.extensionRequested !== (hazard.extensionRequest !== null && hazard.extensionRequest !== undefined)) return false;
  if (filter.search) {
    const needle = filter.search.toLowerCase();
    if (![hazard.title, hazard.enterpriseName, hazard.code].some((s) => s.toLowerCase().includes(needle))) return false;
  }
  return true;
}

@Resolver(() => HazardEventModel)
export class HazardEventsResolver {
  constructor(private readonly feed: HazardEventFeed) {}

  @Subscription(() => HazardEventModel, {
    description:
      'Events of the hazards the caller may see, as they are recorded (graphql-ws; token in connectionParams.authorization). The filter is applied to the hazard as it stands when the event is delivered, so an event recorded just before a change that makes the hazard match may come too',
    filter: (message: HazardEventMessage, variables: { filter?: HazardFilter }, context: GatewayContext) =>
      mayRead(context.principal.roles, context.principal, message.hazard.regionCode, message.hazard.departmentCode) &&
      matchesFilter(message, variables.filter),
    resolve: (message: HazardEventMessage, _args: unknown, context: GatewayContext) => toHazardEventModel(message.event, viewFor(context.principal)),
  })
  hazardEvents(
    @Context() _ctx: GatewayContext,
    @Args('filter', { type: () => HazardFilter, nullable: true }) _filter?: HazardFilter,
  ) {
    return this.feed.iterator();
  }
}
