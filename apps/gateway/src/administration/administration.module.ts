import { Module } from '@nestjs/common';
import { AdministrationResolver } from './administration.resolver';

@Module({ providers: [AdministrationResolver] })
export class AdministrationModule {}
