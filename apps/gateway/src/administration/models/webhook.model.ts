import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Sector, HazardLevel } from '@hazard/domain';
import { HazardLevelEnum, SectorEnum } from '../../common/enums';
import { DateTimeScalar } from '../../common/scalars';

@ObjectType('WebhookFilter')
export class WebhookFilterModel {
  @Field(() => [String], { nullable: true }) regionCodes?: string[];
  @Field(() => [String], { nullable: true }) departmentCodes?: string[];
  @Field(() => [SectorEnum], { nullable: true }) sectors?: Sector[];
  @Field(() => [HazardLevelEnum], { nullable: true }) levels?: HazardLevel[];
  @Field(() => [String], { nullable: true, description: 'Event types, e.g. Escalated, DeadlineMissed' }) eventTypes?: string[];
}

@ObjectType('WebhookSubscription', { description: 'Deliveries are POSTed as JSON, signed in x-hazard-signature: t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">' })
export class WebhookSubscriptionModel {
  @Field(() => ID) id!: string;
  @Field() url!: string;
  @Field(() => WebhookFilterModel) filter!: WebhookFilterModel;
  @Field() active!: boolean;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field() createdBy!: string;
  @Field(() => DateTimeScalar) createdAt!: Date;
}

@ObjectType('WebhookDeliveryAttempt')
export class WebhookDeliveryAttemptModel {
  @Field(() => ID) subscriptionId!: string;
  @Field(() => ID) eventId!: string;
  @Field(() => Int) attempt!: number;
  @Field(() => Int, { nullable: true }) statusCode!: number | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field() succeeded!: boolean;
  @Field(() => Int) durationMs!: number;
  @Field(() => DateTimeScalar, { nullable: true }) attemptedAt?: Date;
}
