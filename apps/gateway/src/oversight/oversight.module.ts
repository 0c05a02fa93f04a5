import { Module } from '@nestjs/common';
import { FindingsModule } from '../findings/findings.module';
import { OversightResolver } from './oversight.resolver';
import { OversightService } from './oversight.service';

@Module({ imports: [FindingsModule], providers: [OversightResolver, OversightService], exports: [OversightService] })
export class OversightModule {}
