import { registerEnumType } from '@nestjs/graphql';
import {
  DISCOVERY_SOURCES,
  ENFORCEMENT_KINDS,
  HAZARD_LEVELS,
  HAZARD_STATUSES,
  LISTING_LEVELS,
  ROLES,
  SECTORS,
  SUSPENSION_SCOPES,
} from '../../../../libs/domain/src';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const HazardStatusEnum = asEnum(HAZARD_STATUSES);
export const HazardLevelEnum = asEnum(HAZARD_LEVELS);
export const SectorEnum = asEnum(SECTORS);
export const DiscoverySourceEnum = asEnum(DISCOVERY_SOURCES);
export const ListingLevelEnum = asEnum(LISTING_LEVELS);
export const SuspensionScopeEnum = asEnum(SUSPENSION_SCOPES);
export const EnforcementKindEnum = asEnum(ENFORCEMENT_KINDS);
export const RoleEnum = asEnum(ROLES);

registerEnumType(HazardStatusEnum, { name: 'HazardStatus' });
registerEnumType(HazardLevelEnum, { name: 'HazardLevel' });
registerEnumType(SectorEnum, { name: 'Sector' });
registerEnumType(DiscoverySourceEnum, { name: 'DiscoverySource' });
registerEnumType(ListingLevelEnum, { name: 'ListingLevel' });
registerEnumType(SuspensionScopeEnum, { name: 'SuspensionScope' });
registerEnumType(EnforcementKindEnum, { name: 'EnforcementKind' });
registerEnumType(RoleEnum, { name: 'Role' });
