import { Args, Context, Resolver, Subscription } from '@nestjs/graphql';
import type { GatewayContext } from '../auth/principal';
import { toHazardEventModel, viewFor } from '../hazards/hazard.mapper';
import { HazardFilter } from '../hazards/dto/hazard-filter.input';
import { HazardEventModel } from '../hazards/models/hazard-event.model';
import { HazardEventFeed, type HazardEventMessage, mayReceive } from './hazard-event-feed.service';

@Resolver(() => HazardEventModel)
export class HazardEventsResolver {
  constructor(private readonly feed: HazardEventFeed) {}

  @Subscription(() => HazardEventModel, {
    description:
      'Events of the hazards the caller may see, as they are recorded (graphql-ws; token in connectionParams.authorization). The filter is applied to the hazard as it stands when the event is delivered, so an event recorded just before a change that makes the hazard match may come too',
    filter: (message: HazardEventMessage, variables: { filter?: HazardFilter }, context: GatewayContext) => mayReceive(context.principal, message, variables.filter),
    resolve: (message: HazardEventMessage, _args: unknown, context: GatewayContext) => toHazardEventModel(message.event, viewFor(context.principal)),
  })
  hazardEvents(
    @Context() _ctx: GatewayContext,
    @Args('filter', { type: () => HazardFilter, nullable: true }) _filter?: HazardFilter,
  ) {
    return this.feed.iterator();
  }
}
