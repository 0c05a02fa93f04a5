import { Module } from '@nestjs/common';
import { GradingResolver } from './grading.resolver';
import { RegisterResolver } from './register.resolver';
import { RegisterService } from './register.service';

@Module({ providers: [GradingResolver, RegisterResolver, RegisterService] })
export class RegisterModule {}
