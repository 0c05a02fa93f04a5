import { Module } from '@nestjs/common';
import { DutyResolver, ReportDutyResolver } from './duty.resolver';
import { DutyService } from './duty.service';
import { IncidentResolver } from './incident.resolver';
import { IncidentService } from './incident.service';

@Module({ providers: [IncidentService, IncidentResolver, DutyService, DutyResolver, ReportDutyResolver] })
export class DutyModule {}
