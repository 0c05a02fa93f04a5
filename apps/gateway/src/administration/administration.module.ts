import { Module } from '@nestjs/common';
import { AdministrationResolver } from './administration.resolver';
import { CalendarService } from './calendar.service';
import { PoliciesService } from './policies.service';
import { WebhooksService } from './webhooks.service';

@Module({ providers: [AdministrationResolver, PoliciesService, CalendarService, WebhooksService] })
export class AdministrationModule {}
