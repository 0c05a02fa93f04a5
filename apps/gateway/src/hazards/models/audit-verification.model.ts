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
  @Field(() => [String], { description: 'Each finding on its own' }) reasons!: string[];
  @Field(() => String, { nullable: true, description: 'The signed checkpoint the record was compared with' }) checkpointId!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'null when no checkpoint covers this hazard yet' }) matchesCheckpoint!: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'null when the workflow could not be asked (closed long ago)' })
  matchesWorkflow!: boolean | null;
}
