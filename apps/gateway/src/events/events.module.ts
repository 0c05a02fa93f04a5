import { Module } from '@nestjs/common';
import { HazardEventFeed } from './hazard-event-feed.service';
import { HazardEventsResolver } from './hazard-events.resolver';
import { ReportingEventsResolver } from './reporting-events.resolver';

@Module({ providers: [HazardEventFeed, HazardEventsResolver, ReportingEventsResolver] })
export class EventsModule {}
