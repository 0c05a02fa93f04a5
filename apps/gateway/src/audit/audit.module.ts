import { Module } from '@nestjs/common';
import { HazardsModule } from '../hazards/hazards.module';
import { AuditResolver } from './audit.resolver';

@Module({ imports: [HazardsModule], providers: [AuditResolver] })
export class AuditModule {}
