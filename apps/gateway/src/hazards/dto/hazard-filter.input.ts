import { Field, InputType } from '@nestjs/graphql';
import type { HazardLevel, HazardStatus, OriginKind, Sector } from '@hazard/domain';
import { HazardLevelEnum, HazardStatusEnum, OriginKindEnum, SectorEnum } from '../../common/enums';

@InputType()
export class HazardFilter {
  @Field(() => [HazardStatusEnum], { nullable: true }) status?: HazardStatus[] | null;
  @Field(() => HazardLevelEnum, { nullable: true }) level?: HazardLevel | null;
  @Field(() => SectorEnum, { nullable: true }) sector?: Sector | null;
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => String, { nullable: true }) departmentCode?: string | null;
  @Field(() => Boolean, { nullable: true }) overdue?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Text in the title, enterprise name or code' }) search?: string | null;
  @Field(() => OriginKindEnum, { nullable: true, description: 'Only hazards started from this kind of finding' }) originKind?: OriginKind | null;
  @Field(() => String, { nullable: true, description: 'Only hazards concerning this major hazard source' }) majorHazardSourceId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'A submitted rectification waits for verification (or not)' }) pendingVerification?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'A deadline extension request waits for a decision (or not)' }) extensionRequested?: boolean | null;
}
