import { Module } from '@nestjs/common';
import { IncidentsModule } from '../incidents/incidents.module';
import { DutyLogResolver } from './duty-log.resolver';
import { DutyLogService } from './duty-log.service';
import { DutyRecordsService } from './duty-records.service';
import { DutySummaryResolver, ReportDutyResolver } from './duty-summary.resolver';
import { DutySummaryService } from './duty-summary.service';
import { EmergencyResourcesResolver } from './emergency-resources.resolver';
import { EmergencyResourcesService } from './emergency-resources.service';
import { RostersResolver } from './rosters.resolver';
import { RostersService } from './rosters.service';

/** The duty desk: rosters, the duty log, emergency resources and the summary the duty officer opens first (incidents are their own module). */
@Module({
  imports: [IncidentsModule],
  providers: [
    DutyRecordsService,
    RostersService,
    RostersResolver,
    DutyLogService,
    DutyLogResolver,
    EmergencyResourcesService,
    EmergencyResourcesResolver,
    DutySummaryService,
    DutySummaryResolver,
    ReportDutyResolver,
  ],
})
export class DutyDeskModule {}
