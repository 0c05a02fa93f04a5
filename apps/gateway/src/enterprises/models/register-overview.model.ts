import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Sector } from '@hazard/domain';
import { SectorEnum } from '../../common/enums';

@ObjectType('RiskColourCounts')
export class RiskColourCounts {
  @Field(() => Int) red!: number;
  @Field(() => Int) orange!: number;
  @Field(() => Int) yellow!: number;
  @Field(() => Int) blue!: number;
}

@ObjectType('RegisterOverviewRow', { description: 'What the register holds in one region × sector, and how much was verified on site' })
export class RegisterOverviewRowModel {
  @Field() regionCode!: string;
  @Field(() => SectorEnum) sector!: Sector;
  @Field(() => Int) enterprises!: number;
  @Field(() => Int) keyUnits!: number;
  @Field(() => RiskColourCounts) keyUnitsByColour!: RiskColourCounts;
  @Field(() => Int) keyUnitsVerifiedOnSite!: number;
  @Field(() => Int) keyParts!: number;
  @Field(() => Int) keyPartsVerifiedOnSite!: number;
  @Field(() => Int, { description: 'Assessed as major (S ≥ 1)' }) majorHazardSources!: number;
  @Field(() => [Int], { description: 'Counts of 一级, 二级, 三级, 四级' }) majorHazardSourcesByLevel!: number[];
  @Field(() => Int) majorHazardSourcesVerifiedOnSite!: number;
  @Field(() => Int, { description: 'Sources missing one of their three responsible persons' }) majorHazardSourcesWithVacantRoles!: number;
  @Field(() => Int, { description: 'Sources with a responsible person’s patrol overdue now (cadence in force, holidays included)' }) majorHazardSourcesWithOverduePatrols!: number;
}
