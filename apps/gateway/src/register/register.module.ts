import { Module } from '@nestjs/common';
import { HazardsModule } from '../hazards/hazards.module';
import { GradingResolver } from './grading.resolver';
import { RegisterResolver } from './register.resolver';
import { RegisterService } from './register.service';

@Module({ imports: [HazardsModule], providers: [GradingResolver, RegisterResolver, RegisterService] })
export class RegisterModule {}
