import { Field, InputType } from '@nestjs/graphql';
import type { HazardLevel, Sector } from '@hazard/domain';
import { HazardLevelEnum, SectorEnum } from '../../common/enums';
import { RectificationOrderInput } from '../../hazards/dto/report-hazard.input';

@InputType('HazardFindingInput', { description: 'A hazard found on a patrol, a site verification or an inspection: it becomes a hazard in the same step' })
export class HazardFindingInput {
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => HazardLevelEnum) level!: HazardLevel;
  @Field(() => SectorEnum, { nullable: true, description: 'Default: the sector of what was examined' }) sector?: Sector | null;
  @Field(() => String, { nullable: true }) judgementBasis?: string | null;
  @Field(() => RectificationOrderInput, { nullable: true, description: 'The order issued on the spot: its deadline becomes the hazard’s' }) rectificationOrder?: RectificationOrderInput | null;
}
