import { registerEnumType } from '@nestjs/graphql';
import {
  DISCOVERY_SOURCES,
  ENFORCEMENT_KINDS,
  HAZARD_LEVELS,
  HAZARD_STATUSES,
  LISTING_LEVELS,
  ORIGIN_KINDS,
  ROLES,
  SECTORS,
  SUSPENSION_SCOPES,
} from '@hazard/domain';

/** A domain's list of values as the object `registerEnumType` takes (each value its own name). */
export const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const HazardStatusEnum = asEnum(HAZARD_STATUSES);
export const HazardLevelEnum = asEnum(HAZARD_LEVELS);
export const SectorEnum = asEnum(SECTORS);
export const DiscoverySourceEnum = asEnum(DISCOVERY_SOURCES);
export const ListingLevelEnum = asEnum(LISTING_LEVELS);
export const SuspensionScopeEnum = asEnum(SUSPENSION_SCOPES);
export const EnforcementKindEnum = asEnum(ENFORCEMENT_KINDS);
export const RoleEnum = asEnum(ROLES);
export const OriginKindEnum = asEnum(ORIGIN_KINDS);

registerEnumType(HazardStatusEnum, { name: 'HazardStatus' });
registerEnumType(HazardLevelEnum, { name: 'HazardLevel' });
registerEnumType(SectorEnum, { name: 'Sector' });
registerEnumType(DiscoverySourceEnum, { name: 'DiscoverySource' });
registerEnumType(ListingLevelEnum, { name: 'ListingLevel' });
registerEnumType(SuspensionScopeEnum, { name: 'SuspensionScope' });
registerEnumType(EnforcementKindEnum, { name: 'EnforcementKind' });
registerEnumType(OriginKindEnum, { name: 'OriginKind', description: 'The work whose finding started a hazard: inspection 行政检查, supervision 督查, patrol 包保巡查, site verification 现场核查, self-check 企业自查' });
registerEnumType(RoleEnum, { name: 'Role' });
