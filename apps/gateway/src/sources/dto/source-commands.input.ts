import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { ResponsibleRole, SiteResult, UnitKind } from '@hazard/domain';
import { DateTimeScalar } from '../../common/scalars';
import { HazardFindingInput } from '../../findings/dto/hazard-finding.input';
import { HazardousChemicalAmountInput } from '../../grading/dto/major-hazard-grade.input';
import { ResponsibleRoleEnum, SiteResultEnum, UnitKindEnum } from '../models/source.enums';
import { SiteVerifierInput } from './site-verifier.input';

/** Fields every command on a major hazard source carries. */
@InputType({ isAbstract: true })
export abstract class SourceCommandInput {
  @Field(() => ID) sourceId!: string;
  @Field(() => String, { nullable: true, description: 'A retried command with the same key applies once' }) idempotencyKey?: string | null;
  @Field(() => Int, { nullable: true, description: 'Refuse with VERSION_CONFLICT unless the source is at this version' }) expectedVersion?: number | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it happened in the world, if earlier than now' }) occurredAt?: string | null;
}

@InputType()
export class RegisterMajorHazardSourceInput extends SourceCommandInput {
  @Field() name!: string;
  @Field() enterpriseName!: string;
  @Field(() => String, { nullable: true, description: '统一社会信用代码' }) enterpriseCreditCode?: string | null;
  @Field(() => UnitKindEnum) unitKind!: UnitKind;
  @Field() location!: string;
  @Field() regionCode!: string;
  @Field() departmentCode!: string;
}

@InputType()
export class AssessMajorHazardSourceInput extends SourceCommandInput {
  @Field(() => Int, { description: 'People exposed outside the plant within 500 m' }) population500m!: number;
  @Field(() => [HazardousChemicalAmountInput], { description: 'Design maximum quantities present in the unit' }) chemicals!: HazardousChemicalAmountInput[];
  @Field(() => String, { nullable: true, description: 'Why it is re-assessed now (a listed trigger), if not the 3-year cycle' }) trigger?: string | null;
}

@InputType()
export class AssignResponsiblePersonInput extends SourceCommandInput {
  @Field(() => ResponsibleRoleEnum) role!: ResponsibleRole;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@InputType()
export class RelieveResponsiblePersonInput extends SourceCommandInput {
  @Field(() => ResponsibleRoleEnum) role!: ResponsibleRole;
  @Field() reason!: string;
}

@InputType()
export class RecordPatrolInput extends SourceCommandInput {
  @Field(() => ResponsibleRoleEnum, { description: 'Whose patrol (包保检查) this is' }) role!: ResponsibleRole;
  @Field() note!: string;
  @Field(() => [HazardFindingInput], { nullable: true, description: 'Hazards found; each starts a hazard workflow (retry with the same idempotencyKey: each applies once)' })
  findings?: HazardFindingInput[] | null;
}

@InputType()
export class VerifySourceOnSiteInput extends SourceCommandInput {
  @Field(() => [SiteVerifierInput], { description: 'At least two different people' }) verifiers!: SiteVerifierInput[];
  @Field(() => SiteResultEnum) result!: SiteResult;
  @Field(() => [String], { nullable: true, description: 'What differs from the register (required when INCONSISTENT)' }) discrepancies?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'SHA-256 of photos and documents' }) evidenceHashes?: string[] | null;
  @Field(() => [HazardFindingInput], { nullable: true, description: 'Hazards found on site; each starts a hazard workflow' }) findings?: HazardFindingInput[] | null;
}
