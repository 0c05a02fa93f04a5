import { Field, InputType, Int } from '@nestjs/graphql';

/** Fields every command on a duty desk record (roster, duty log entry, emergency resource) carries. */
@InputType({ isAbstract: true })
export abstract class DutyCommandInput {
  @Field(() => String, { nullable: true, description: 'A retried command with the same key applies once' }) idempotencyKey?: string | null;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
}
