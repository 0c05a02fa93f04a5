import { Field, Float, InputType, Int } from '@nestjs/graphql';

@InputType('HazardousChemicalAmountInput')
export class HazardousChemicalAmountInput {
  @Field(() => String, { nullable: true, description: 'Name as GB 18218-2018 writes it (or a common alias: 液氯, 液氨 …)' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'CAS number' }) cas?: string | null;
  @Field(() => Float, { description: 'Maximum quantity present in the unit, in tonnes' }) quantityTonnes!: number;
}

@InputType('MajorHazardGradeInput')
export class MajorHazardGradeInput {
  @Field(() => Int, { description: 'People exposed outside the plant within 500 m (厂区外暴露人员)' }) population500m!: number;
  @Field(() => [HazardousChemicalAmountInput]) chemicals!: HazardousChemicalAmountInput[];
}
