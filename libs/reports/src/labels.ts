import type { DiscoverySource, HazardLevel, HazardStatus, ListingLevel } from '@hazard/domain';

export const LEVEL_LABELS: Record<HazardLevel, string> = { GENERAL: '一般', MAJOR: '重大' };

export const SOURCE_LABELS: Record<DiscoverySource, string> = {
  ENTERPRISE_SELF_INSPECTION: '企业自查',
  DEPARTMENT_INSPECTION: '部门检查',
  COVERT_INSPECTION: '暗访',
  SUPERVISION_CHECK: '督查检查',
  PUBLIC_REPORT: '群众举报',
};

export const LISTING_LABELS: Record<ListingLevel, string> = { COUNTY: '县级', CITY: '市级', PROVINCE: '省级' };

export const STATUS_LABELS: Record<HazardStatus, string> = {
  FOUND: '已发现待挂牌',
  LISTED: '已挂牌待督办',
  SUPERVISED: '督办整改中',
  SUSPENDED: '停产停工整改中',
  RECTIFIED: '已整改销号',
  CANCELLED: '已撤销',
};
