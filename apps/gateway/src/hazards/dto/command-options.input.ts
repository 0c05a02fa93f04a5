import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DateTimeScalar } from '../../common/scalars';

/** Fields every command on an existing hazard carries. */
@InputType({ isAbstract: true })
export abstract class HazardCommandInput {
  @Field(() => ID) hazardId!: string;
  @Field(() => String, { nullable: true, description: 'A retried command with the same key applies once' })
  idempotencyKey?: string | null;
  @Field(() => Int, { nullable: true, description: 'Refuse with VERSION_CONFLICT unless the hazard is at this version' })
  expectedVersion?: number | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it happened in the world, if earlier than now' })
  occurredAt?: string | null;
}
