import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { GatewayContext } from '../auth/principal';
import { MajorHazardGradeInput } from './dto/major-hazard-grade.input';
import { toMajorHazardGradeModel } from './grading.mapper';
import { GradingService } from './grading.service';
import { HazardousChemicalModel, MajorHazardGradeModel } from './models/major-hazard-grade.model';

/** Grading by GB 18218-2018: computes, records nothing. */
@Resolver()
export class GradingResolver {
  constructor(private readonly grading: GradingService) {}

  @Query(() => MajorHazardGradeModel)
  async majorHazardGrade(@Args('input') input: MajorHazardGradeInput, @Context() _ctx: GatewayContext): Promise<MajorHazardGradeModel> {
    return toMajorHazardGradeModel(await this.grading.grade({ population500m: input.population500m, chemicals: input.chemicals.map((c) => ({ ...c })) }));
  }

  @Query(() => [HazardousChemicalModel], { description: 'The chemicals of GB 18218 the grading knows, with their critical quantities and correction factors' })
  async hazardousChemicals(@Context() _ctx: GatewayContext): Promise<HazardousChemicalModel[]> {
    return this.grading.chemicals();
  }
}
