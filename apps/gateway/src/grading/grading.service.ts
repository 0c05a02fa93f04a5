import { Inject, Injectable } from '@nestjs/common';
import { type ChemicalReference, type GradeInput, type GradeResult, gradeMajorHazard } from '@hazard/domain';
import type { Db } from '@hazard/event-store';
import { CURRENT_HAZARD_STANDARD, hazardousChemicals } from '@hazard/administration';
import { DATABASE } from '../infrastructure/database.provider';

/** The pure grading of GB 18218-2018 against the reference data of the edition in force: computes, records nothing. */
@Injectable()
export class GradingService {
  constructor(@Inject(DATABASE) private readonly db: Db) {}

  /** The reference data of the edition in force: what the calculator offers and what grading uses. */
  async chemicals(): Promise<(ChemicalReference & { standard: string })[]> {
    return (await hazardousChemicals(this.db)).map((c) => ({ ...c, standard: CURRENT_HAZARD_STANDARD }));
  }

  async grade(input: GradeInput): Promise<GradeResult & { standard: string }> {
    const reference = await hazardousChemicals(this.db);
    return { ...gradeMajorHazard(input, reference), standard: CURRENT_HAZARD_STANDARD };
  }
}
