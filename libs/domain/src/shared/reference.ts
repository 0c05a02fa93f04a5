export const HAZARD_STATUSES = ['FOUND', 'LISTED', 'SUPERVISED', 'SUSPENDED', 'RECTIFIED', 'CANCELLED'] as const;
export type HazardStatus = (typeof HAZARD_STATUSES)[number];

export const OPEN_STATUSES: readonly HazardStatus[] = ['FOUND', 'LISTED', 'SUPERVISED', 'SUSPENDED'];
export const isOpenStatus = (status: HazardStatus): boolean => OPEN_STATUSES.includes(status);

export const HAZARD_LEVELS = ['GENERAL', 'MAJOR'] as const;
export type HazardLevel = (typeof HAZARD_LEVELS)[number];

export const SECTORS = [
  'HAZARDOUS_CHEMICALS',
  'FIRE',
  'ROAD_TRAFFIC',
  'CONSTRUCTION',
  'URBAN_GAS',
  'HAZARDOUS_WASTE',
  'TRANSPORT',
  'NON_COAL_MINES',
  'SPECIAL_EQUIPMENT',
  'OTHER',
  // Panjin's own, beside the notice's nine (README, Reporting units): the Liaohe oilfield, industry and trade, fishing vessels.
  'OILFIELD',
  'INDUSTRY_TRADE',
  'FISHING_VESSELS',
] as const;
export type Sector = (typeof SECTORS)[number];

export const DISCOVERY_SOURCES = [
  'ENTERPRISE_SELF_INSPECTION',
  'DEPARTMENT_INSPECTION',
  'COVERT_INSPECTION',
  'SUPERVISION_CHECK',
  'PUBLIC_REPORT',
] as const;
export type DiscoverySource = (typeof DISCOVERY_SOURCES)[number];

export const LISTING_LEVELS = ['COUNTY', 'CITY', 'PROVINCE'] as const;
export type ListingLevel = (typeof LISTING_LEVELS)[number];

export const SUSPENSION_SCOPES = ['PARTIAL', 'FULL'] as const;
export type SuspensionScope = (typeof SUSPENSION_SCOPES)[number];

export const ENFORCEMENT_KINDS = ['WARNING', 'FINE', 'SUSPENSION_FOR_RECTIFICATION', 'CLOSURE'] as const;
export type EnforcementKind = (typeof ENFORCEMENT_KINDS)[number];

/**
 * The roles a token may carry. The first four are officials, scoped by regions × departments; `ENTERPRISE` is an
 * enterprise's safety manager, scoped by its unified social credit code (README, Security model).
 */
export const ROLES = ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE', 'AUDITOR', 'ENTERPRISE'] as const;
export type Role = (typeof ROLES)[number];

/** The department that supervises a sector unless the report names another one. */
export const DEFAULT_DEPARTMENT_BY_SECTOR: Readonly<Record<Sector, string>> = {
  HAZARDOUS_CHEMICALS: 'EMERGENCY',
  NON_COAL_MINES: 'EMERGENCY',
  OTHER: 'EMERGENCY',
  CONSTRUCTION: 'HOUSING',
  URBAN_GAS: 'HOUSING',
  TRANSPORT: 'TRANSPORT',
  FIRE: 'FIRE',
  SPECIAL_EQUIPMENT: 'MARKET',
  HAZARDOUS_WASTE: 'ECOLOGY',
  ROAD_TRAFFIC: 'TRAFFIC_POLICE',
  OILFIELD: 'EMERGENCY',
  INDUSTRY_TRADE: 'EMERGENCY',
  FISHING_VESSELS: 'AGRICULTURE',
};

export const SECTOR_LABELS: Readonly<Record<Sector, string>> = {
  HAZARDOUS_CHEMICALS: '危化品',
  FIRE: '消防',
  ROAD_TRAFFIC: '道路交通',
  CONSTRUCTION: '建筑施工',
  URBAN_GAS: '城镇燃气',
  HAZARDOUS_WASTE: '危险废物',
  TRANSPORT: '交通运输',
  NON_COAL_MINES: '非煤矿山',
  SPECIAL_EQUIPMENT: '特种设备',
  OTHER: '其他',
  OILFIELD: '油田',
  INDUSTRY_TRADE: '工贸',
  FISHING_VESSELS: '渔业船舶',
};
