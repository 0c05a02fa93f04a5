import { Field, InputType } from '@nestjs/graphql';
import type { DiscoverySource, HazardLevel, OriginKind, RectificationOrder, Sector } from '@hazard/domain';
import { DiscoverySourceEnum, HazardLevelEnum, OriginKindEnum, SectorEnum } from '../../common/enums';
import { DateTimeScalar } from '../../common/scalars';

@InputType({ description: 'The finding that started the hazard and the register entry it concerns' })
export class HazardOriginInput {
  @Field(() => OriginKindEnum) kind!: OriginKind;
  @Field(() => String, { nullable: true, description: 'The finding’s record (inspection number, patrol event …)' }) reference?: string | null;
  @Field(() => String, { nullable: true }) majorHazardSourceId?: string | null;
}

@InputType({ description: 'A rectification order (责令限期整改指令书) issued with the finding' })
export class RectificationOrderInput {
  @Field(() => String, { nullable: true, description: 'The order’s document number' }) documentNumber?: string | null;
  @Field(() => DateTimeScalar, { description: 'Becomes the hazard’s deadline; a listing or supervision may shorten it, only an extension lengthens it' }) deadline!: string;
}

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
  @Field(() => HazardOriginInput, { nullable: true, description: 'Where it came from, when a finding of the register’s work started it' })
  origin?: HazardOriginInput | null;
  @Field(() => RectificationOrderInput, { nullable: true }) rectificationOrder?: RectificationOrderInput | null;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

/** The order issued with a finding, as the hazard report carries it (absent when none was issued). */
export const rectificationOrderOf = (f: { rectificationOrder?: RectificationOrderInput | null }): { rectificationOrder?: RectificationOrder } =>
  f.rectificationOrder ? { rectificationOrder: { documentNumber: f.rectificationOrder.documentNumber ?? null, deadline: f.rectificationOrder.deadline } } : {};
