import type { GradeResult } from '@hazard/domain';
import type { MajorHazardGradeModel } from './models/major-hazard-grade.model';

export const toMajorHazardGradeModel = (grade: GradeResult & { standard: string }): MajorHazardGradeModel => ({ ...grade });
