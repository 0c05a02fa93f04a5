import { Module } from '@nestjs/common';
import { GradingResolver } from './grading.resolver';

@Module({ providers: [GradingResolver] })
export class RegisterModule {}
