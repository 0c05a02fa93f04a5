import { Field, InputType } from '@nestjs/graphql';
import type { Sector, HazardLevel } from '@hazard/domain';
import { HazardLevelEnum, SectorEnum } from '../../common/enums';

@InputType()
export class WebhookFilterInput {
  @Field(() => [String], { nullable: true }) regionCodes?: string[] | null;
  @Field(() => [String], { nullable: true }) departmentCodes?: string[] | null;
  @Field(() => [SectorEnum], { nullable: true }) sectors?: Sector[] | null;
  @Field(() => [HazardLevelEnum], { nullable: true }) levels?: HazardLevel[] | null;
  @Field(() => [String], { nullable: true }) eventTypes?: string[] | null;
}

@InputType()
export class CreateWebhookSubscriptionInput {
  @Field({ description: 'http(s) URL that receives the POSTs' }) url!: string;
  @Field({ description: 'Shared secret for the HMAC signature (at least 16 characters); never shown again' }) secret!: string;
  @Field(() => WebhookFilterInput, { nullable: true }) filter?: WebhookFilterInput | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}
