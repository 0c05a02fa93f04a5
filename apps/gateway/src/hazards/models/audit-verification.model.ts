import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditVerification', { description: 'Whether a hazard’s recorded history is intact.' })
export class AuditVerification {
  @Field() ok!: boolean;
  @Field(() => Int) eventCount!: number;
  @Field(() => Int, { nullable: true, description: 'The first version whose hash or link does not verify' })
  firstBadVersion!: number | null;
  @Field(() => String, { nullable: true }) headHash!: string | null;
  @Field() matchesReadModel!: boolean;
  @Field({ description: 'What was found, for people' }) reason!: string;
}
