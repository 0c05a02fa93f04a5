import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { RiskColour, Sector, SiteResult } from '@hazard/domain';
import { SectorEnum } from '../../common/enums';
import { DateTimeScalar } from '../../common/scalars';
import { HazardFindingInput } from '../../findings/dto/hazard-finding.input';
import { SiteVerifierInput } from '../../sources/dto/site-verifier.input';
import { SiteResultEnum } from '../../sources/models/source.enums';
import { RiskColourEnum } from '../models/enterprise.enums';

/** Fields every command on an enterprise carries. */
@InputType({ isAbstract: true })
export abstract class EnterpriseCommandInput {
  @Field(() => ID, { description: '统一社会信用代码 (GB 32100-2015): the enterprise’s id in the register' }) creditCode!: string;
  @Field(() => String, { nullable: true, description: 'A retried command with the same key applies once' }) idempotencyKey?: string | null;
  @Field(() => Int, { nullable: true, description: 'Refuse with VERSION_CONFLICT unless the enterprise is at this version' }) expectedVersion?: number | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it happened in the world, if earlier than now' }) occurredAt?: string | null;
}

@InputType()
export class RegisterEnterpriseInput extends EnterpriseCommandInput {
  @Field() name!: string;
  @Field() regionCode!: string;
  @Field(() => SectorEnum) sector!: Sector;
  @Field({ description: 'The department that supervises it' }) departmentCode!: string;
  @Field() address!: string;
}

@InputType()
export class DesignateKeyUnitInput extends EnterpriseCommandInput {
  @Field(() => RiskColourEnum) riskColour!: RiskColour;
  @Field({ description: 'Why it is listed (or re-coloured): the analysis behind it' }) basis!: string;
}

@InputType()
export class RevokeKeyUnitInput extends EnterpriseCommandInput {
  @Field() reason!: string;
}

@InputType()
export class AddKeyPartInput extends EnterpriseCommandInput {
  @Field(() => ID) partId!: string;
  @Field() name!: string;
  @Field() location!: string;
  @Field() responsibleName!: string;
  @Field(() => String, { nullable: true }) responsiblePhone?: string | null;
}

@InputType()
export class ReassignKeyPartInput extends EnterpriseCommandInput {
  @Field(() => ID) partId!: string;
  @Field() responsibleName!: string;
  @Field(() => String, { nullable: true }) responsiblePhone?: string | null;
}

@InputType()
export class RemoveKeyPartInput extends EnterpriseCommandInput {
  @Field(() => ID) partId!: string;
  @Field() reason!: string;
}

@InputType()
export class VerifyEnterpriseOnSiteInput extends EnterpriseCommandInput {
  @Field(() => ID, { nullable: true, description: 'A key part; null verifies the key unit itself' }) keyPartId?: string | null;
  @Field(() => [SiteVerifierInput], { description: 'At least two different people' }) verifiers!: SiteVerifierInput[];
  @Field(() => SiteResultEnum) result!: SiteResult;
  @Field(() => [String], { nullable: true, description: 'What differs from the register (required when INCONSISTENT)' }) discrepancies?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'SHA-256 of photos and documents' }) evidenceHashes?: string[] | null;
  @Field(() => [HazardFindingInput], { nullable: true, description: 'Hazards found on site; each starts a hazard workflow' }) findings?: HazardFindingInput[] | null;
}
