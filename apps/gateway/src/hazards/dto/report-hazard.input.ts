import { Field, InputType } from '@nestjs/graphql';
import type { DiscoverySource, HazardLevel, Sector } from '../../../../../libs/domain/src';
import { DiscoverySourceEnum, HazardLevelEnum, SectorEnum } from '../../common/enums';
import { DateTimeScalar } from '../../common/scalars';

@InputType()
export class ReportHazardInput {
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => HazardLevelEnum) level!: HazardLevel;
  @Field(() => SectorEnum) sector!: Sector;
  @Field() regionCode!: string;
  @Field() departmentCode!: string;
  @Field() enterpriseName!: string;
  @Field(() => String, { nullable: true, description: 'Unified social credit code (GB 32100-2015)' })
  enterpriseCreditCode?: string | null;
  @Field(() => String, { nullable: true }) location?: string | null;
  @Field(() => String, { nullable: true, description: 'Standard, clause and version the judgement rests on' })
  judgementBasis?: string | null;
  @Field(() => DiscoverySourceEnum) source!: DiscoverySource;
  @Field(() => DateTimeScalar, { nullable: true }) foundAt?: string | null;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}
