import { Module } from '@nestjs/common';
import { HazardsModule } from '../hazards/hazards.module';
import { FindingsService } from './findings.service';

/** Findings of patrols, site verifications and inspections that become hazards in the same step (no API of their own). */
@Module({ imports: [HazardsModule], providers: [FindingsService], exports: [FindingsService] })
export class FindingsModule {}
