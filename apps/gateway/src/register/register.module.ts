import { Module } from '@nestjs/common';
import { HazardsModule } from '../hazards/hazards.module';
import { CampaignResolver } from './campaign.resolver';
import { CampaignService } from './campaign.service';
import { EnterpriseResolver } from './enterprise.resolver';
import { EnterpriseService } from './enterprise.service';
import { FindingsService } from './findings.service';
import { GradingResolver } from './grading.resolver';
import { OversightResolver } from './oversight.resolver';
import { OversightService } from './oversight.service';
import { RegisterResolver } from './register.resolver';
import { RegisterService } from './register.service';

@Module({ imports: [HazardsModule], providers: [GradingResolver, RegisterResolver, RegisterService, OversightResolver, OversightService, FindingsService, CampaignService, CampaignResolver, EnterpriseService, EnterpriseResolver] })
export class RegisterModule {}
