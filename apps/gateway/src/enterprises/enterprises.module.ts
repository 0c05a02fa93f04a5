import { Module } from '@nestjs/common';
import { FindingsModule } from '../findings/findings.module';
import { SourcesModule } from '../sources/sources.module';
import { EnterprisesResolver } from './enterprises.resolver';
import { EnterprisesService } from './enterprises.service';
import { RegisterExportController } from './register-export.controller';

@Module({ imports: [SourcesModule, FindingsModule], providers: [EnterprisesResolver, EnterprisesService], controllers: [RegisterExportController] })
export class EnterprisesModule {}
