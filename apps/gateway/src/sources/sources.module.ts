import { Module } from '@nestjs/common';
import { FindingsModule } from '../findings/findings.module';
import { SourcesResolver } from './sources.resolver';
import { SourcesService } from './sources.service';

@Module({ imports: [FindingsModule], providers: [SourcesResolver, SourcesService], exports: [SourcesService] })
export class SourcesModule {}
