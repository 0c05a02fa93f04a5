import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from '../enums';
import { DateTimeScalar, JSONScalar } from '../scalars';

/** One event of a record that is not a hazard (a register entry, an inspection, an incident …). */
@ObjectType('RegisterEvent')
export class RegisterEventModel {
  @Field(() => ID) streamId!: string;
  @Field(() => Int) version!: number;
  @Field() type!: string;
  @Field(() => DateTimeScalar) occurredAt!: string;
  @Field(() => DateTimeScalar) recordedAt!: string;
  @Field() actor!: string;
  @Field() actorName!: string;
  @Field(() => [RoleEnum]) actorRoles!: string[];
  @Field(() => JSONScalar) data!: unknown;
  @Field() commandId!: string;
  @Field() prevHash!: string;
  @Field() hash!: string;
}
