import { Field, ObjectType } from '@nestjs/graphql';
import type { SiteResult } from '@hazard/domain';
import { DateTimeScalar } from '../../common/scalars';
import { SiteResultEnum } from './source.enums';

/** A site verification of a register entry: a major hazard source, a key unit or one of its key parts. */
@ObjectType('SiteVerification', { description: '现场核查' })
export class SiteVerificationModel {
  @Field(() => DateTimeScalar) at!: string;
  @Field(() => SiteResultEnum) result!: SiteResult;
  @Field(() => [String]) verifiers!: string[];
  @Field(() => [String]) discrepancies!: string[];
  @Field(() => [String]) evidenceHashes!: string[];
}
