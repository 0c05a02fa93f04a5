import { Module } from '@nestjs/common';
import { HazardCommandsService } from './hazard-commands.service';
import { HazardQueriesService } from './hazard-queries.service';
import { HazardConnectionResolver, HazardsResolver } from './hazards.resolver';

@Module({ providers: [HazardsResolver, HazardConnectionResolver, HazardCommandsService, HazardQueriesService], exports: [HazardQueriesService, HazardCommandsService] })
export class HazardsModule {}
