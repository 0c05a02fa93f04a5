import { Module } from '@nestjs/common';
import { AdministrationResolver } from './administration.resolver';
import { CalendarService } from './calendar.service';
import { DepartmentsResolver } from './departments.resolver';
import { DepartmentsService } from './departments.service';
import { PoliciesService } from './policies.service';
import { WebhooksService } from './webhooks.service';

@Module({ providers: [AdministrationResolver, PoliciesService, CalendarService, WebhooksService, DepartmentsResolver, DepartmentsService] })
export class AdministrationModule {}
