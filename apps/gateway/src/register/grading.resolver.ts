import { Inject } from '@nestjs/common';
import { Args, Context, Field, Float, InputType, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { gradeMajorHazard } from '../../../../libs/domain/src';
import { CURRENT_HAZARD_STANDARD, type Db, hazardousChemicals } from '../../../../libs/event-store/src';
import type { GatewayContext } from '../auth/principal';
import { DATABASE } from '../infrastructure/database.provider';

@InputType('HazardousChemicalAmountInput')
export class HazardousChemicalAmountInput {
  @Field(() => String, { nullable: true, description: 'Name as GB 18218-2018 writes it (or a common alias: 液氯, 液氨 …)' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'CAS number' }) cas?: string | null;
  @Field(() => Float, { description: 'Maximum quantity present in the unit, in tonnes' }) quantityTonnes!: number;
}

@InputType('MajorHazardGradeInput')
class MajorHazardGradeInput {
  @Field(() => Int, { description: 'People exposed outside the plant within 500 m (厂区外暴露人员)' }) population500m!: number;
  @Field(() => [HazardousChemicalAmountInput]) chemicals!: HazardousChemicalAmountInput[];
}

@ObjectType('MajorHazardGradeTerm')
export class MajorHazardGradeTermModel {
  @Field() name!: string;
  @Field(() => Float) quantityTonnes!: number;
  @Field(() => Float, { description: 'Critical quantity Q (t)' }) criticalQuantity!: number;
  @Field(() => Float, { description: 'Correction factor β' }) beta!: number;
  @Field(() => Float, { description: 'q / Q' }) ratio!: number;
}

@ObjectType('MajorHazardGrade', { description: 'GB 18218-2018: S = Σ q/Q (≥ 1 is major), R = α · Σ β·q/Q, level 1 (R ≥ 100) … 4 (R < 10)' })
class MajorHazardGradeModel {
  @Field() isMajor!: boolean;
  @Field(() => Float) s!: number;
  @Field(() => Float) alpha!: number;
  @Field(() => Float) r!: number;
  @Field(() => Int, { nullable: true, description: '1–4 (一级–四级); null when not a major hazard source' }) level!: number | null;
  @Field(() => [MajorHazardGradeTermModel]) terms!: MajorHazardGradeTermModel[];
  @Field({ description: 'The edition of the standard whose reference data was used' }) standard!: string;
}

/** The pure grading of GB 18218-2018 against the reference data: computes, records nothing. */
@Resolver()
export class GradingResolver {
  constructor(@Inject(DATABASE) private readonly db: Db) {}

  @Query(() => MajorHazardGradeModel)
  async majorHazardGrade(@Args('input') input: MajorHazardGradeInput, @Context() _ctx: GatewayContext): Promise<MajorHazardGradeModel> {
    const reference = await hazardousChemicals(this.db);
    return { ...gradeMajorHazard({ population500m: input.population500m, chemicals: input.chemicals.map((c) => ({ ...c })) }, reference), standard: CURRENT_HAZARD_STANDARD };
  }
}
