import { Module } from '@nestjs/common';
import { DutyResolver } from './duty.resolver';
import { DutyService } from './duty.service';
import { IncidentResolver } from './incident.resolver';
import { IncidentService } from './incident.service';

@Module({ providers: [IncidentService, IncidentResolver, DutyService, DutyResolver] })
export class DutyModule {}
