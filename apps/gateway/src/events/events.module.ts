import { Module } from '@nestjs/common';
import { HazardEventFeed } from './hazard-event-feed.service';
import { HazardEventsResolver } from './hazard-events.resolver';

@Module({ providers: [HazardEventFeed, HazardEventsResolver] })
export class EventsModule {}
