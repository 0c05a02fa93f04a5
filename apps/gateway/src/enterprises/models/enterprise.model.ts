import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { EnterpriseState, RiskColour, Sector } from '@hazard/domain';
import { SectorEnum } from '../../common/enums';
import { RegisterEventModel } from '../../common/models/register-event.model';
import { DateTimeScalar } from '../../common/scalars';
import { HazardModel } from '../../hazards/models/hazard.model';
import { SiteVerificationModel } from '../../sources/models/site-verification.model';
import { RiskColourEnum } from './enterprise.enums';

@ObjectType('KeyUnit', { description: '重点单位' })
export class KeyUnitModel {
  @Field(() => RiskColourEnum) riskColour!: RiskColour;
  @Field() riskColourLabel!: string;
  @Field() basis!: string;
  @Field(() => DateTimeScalar) since!: string;
  @Field(() => DateTimeScalar, { description: 'When the current colour was given' }) colourSince!: string;
}

@ObjectType('KeyPart', { description: '重点部位' })
export class KeyPartModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() location!: string;
  @Field() responsibleName!: string;
  @Field(() => String, { nullable: true, description: 'Masked for roles that do not need it' }) responsiblePhone!: string | null;
  @Field(() => DateTimeScalar) addedAt!: string;
  @Field(() => SiteVerificationModel, { nullable: true }) siteVerification!: SiteVerificationModel | null;
}

@ObjectType('Enterprise', { description: 'An enterprise in the register: a key unit when it has a risk colour' })
export class EnterpriseModel {
  @Field(() => ID, { description: 'The unified social credit code' }) id!: string;
  @Field() creditCode!: string;
  @Field(() => Int) version!: number;
  @Field() name!: string;
  @Field() regionCode!: string;
  @Field(() => SectorEnum) sector!: Sector;
  @Field() departmentCode!: string;
  @Field() address!: string;
  @Field(() => DateTimeScalar) registeredAt!: string;
  @Field(() => KeyUnitModel, { nullable: true, description: 'Null unless listed as a key unit' }) keyUnit!: KeyUnitModel | null;
  @Field(() => [KeyPartModel]) keyParts!: KeyPartModel[];
  @Field(() => SiteVerificationModel, { nullable: true, description: 'The latest site verification of the unit itself' }) siteVerification!: SiteVerificationModel | null;
  @Field(() => [RegisterEventModel], { nullable: true, description: 'Every event (only when fetched by id)' }) history!: RegisterEventModel[] | null;
  /** Kept for the `majorHazardSources` field. */
  state!: EnterpriseState;
}

@ObjectType('EnterpriseVerificationPayload')
export class EnterpriseVerificationPayload {
  @Field(() => EnterpriseModel) enterprise!: EnterpriseModel;
  @Field(() => [HazardModel], { description: 'The hazards the findings started, in the order given' }) hazards!: HazardModel[];
}
