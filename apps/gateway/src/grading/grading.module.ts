import { Module } from '@nestjs/common';
import { GradingResolver } from './grading.resolver';
import { GradingService } from './grading.service';

@Module({ providers: [GradingResolver, GradingService] })
export class GradingModule {}
