import { Module } from '@nestjs/common';
import { HazardsModule } from '../hazards/hazards.module';
import { ImportService } from './import.service';
import { ReportsController } from './reports.controller';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({ imports: [HazardsModule], providers: [ReportsService, ReportsResolver, ImportService], controllers: [ReportsController], exports: [ReportsService] })
export class ReportsModule {}
