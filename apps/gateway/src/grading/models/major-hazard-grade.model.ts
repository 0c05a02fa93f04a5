import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MajorHazardGradeTerm')
export class MajorHazardGradeTermModel {
  @Field() name!: string;
  @Field(() => Float) quantityTonnes!: number;
  @Field(() => Float, { description: 'Critical quantity Q (t)' }) criticalQuantity!: number;
  @Field(() => Float, { description: 'Correction factor β' }) beta!: number;
  @Field(() => Float, { description: 'q / Q' }) ratio!: number;
}

@ObjectType('MajorHazardGrade', { description: 'GB 18218-2018: S = Σ q/Q (≥ 1 is major), R = α · Σ β·q/Q, level 1 (R ≥ 100) … 4 (R < 10)' })
export class MajorHazardGradeModel {
  @Field() isMajor!: boolean;
  @Field(() => Float) s!: number;
  @Field(() => Float) alpha!: number;
  @Field(() => Float) r!: number;
  @Field(() => Int, { nullable: true, description: '1–4 (一级–四级); null when not a major hazard source' }) level!: number | null;
  @Field(() => [MajorHazardGradeTermModel]) terms!: MajorHazardGradeTermModel[];
  @Field({ description: 'The edition of the standard whose reference data was used' }) standard!: string;
}

@ObjectType('HazardousChemical', { description: 'A chemical of the standard’s reference data: its critical quantity and correction factor' })
export class HazardousChemicalModel {
  @Field({ description: 'The name the standard uses' }) name!: string;
  @Field(() => String, { nullable: true }) cas!: string | null;
  @Field(() => [String], { description: 'Common names matched too (液氯, 液氨 …)' }) aliases!: string[];
  @Field(() => Float, { description: 'Critical quantity Q (t), 表1 or 表2' }) criticalQuantity!: number;
  @Field(() => Float, { description: 'Correction factor β, 表3 or 表4' }) beta!: number;
  @Field({ description: 'The edition of the standard' }) standard!: string;
}
