import { Module } from '@nestjs/common';
import { OversightModule } from '../oversight/oversight.module';
import { SourcesModule } from '../sources/sources.module';
import { CampaignsResolver } from './campaigns.resolver';
import { CampaignsService } from './campaigns.service';

@Module({ imports: [OversightModule, SourcesModule], providers: [CampaignsResolver, CampaignsService] })
export class CampaignsModule {}
