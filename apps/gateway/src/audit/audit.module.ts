import { Module } from '@nestjs/common';
import { HazardsModule } from '../hazards/hazards.module';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Module({ imports: [HazardsModule], providers: [AuditResolver, AuditService] })
export class AuditModule {}
