import { Field, InputType } from '@nestjs/graphql';
import type { RiskColour, Sector } from '@hazard/domain';
import { SectorEnum } from '../../common/enums';
import { RiskColourEnum } from '../models/enterprise.enums';

@InputType()
export class EnterpriseFilterInput {
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => String, { nullable: true }) departmentCode?: string | null;
  @Field(() => SectorEnum, { nullable: true }) sector?: Sector | null;
  @Field(() => Boolean, { nullable: true, description: 'Only key units (true) or only the others (false)' }) keyUnit?: boolean | null;
  @Field(() => RiskColourEnum, { nullable: true }) riskColour?: RiskColour | null;
  @Field(() => Boolean, { nullable: true, description: 'The unit itself verified on site (true) or never (false)' }) verifiedOnSite?: boolean | null;
}
