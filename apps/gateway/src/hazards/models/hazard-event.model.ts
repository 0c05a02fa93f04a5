import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Role } from '@hazard/domain';
import { RoleEnum } from '../../common/enums';
import { DateTimeScalar, JSONScalar } from '../../common/scalars';

@ObjectType('HazardEvent', { description: 'One fact in a hazard’s hash-chained history.' })
export class HazardEventModel {
  @Field(() => ID) hazardId!: string;
  @Field(() => Int) version!: number;
  @Field() type!: string;
  @Field(() => DateTimeScalar, { description: 'When it happened in the world' }) occurredAt!: string;
  @Field(() => DateTimeScalar, { description: 'When the system accepted it' }) recordedAt!: string;
  @Field({ description: 'Subject (sub) of whoever caused it' }) actor!: string;
  @Field() actorName!: string;
  @Field(() => [RoleEnum]) actorRoles!: Role[];
  @Field(() => JSONScalar) data!: unknown;
  @Field(() => JSONScalar, { description: 'Command id, request id, client address, user agent' }) metadata!: unknown;
  @Field(() => ID) eventId!: string;
  @Field() commandId!: string;
  @Field() prevHash!: string;
  @Field() hash!: string;
}
