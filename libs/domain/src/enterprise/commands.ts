import type { SiteVerification } from '../shared/site-verification';

export const RISK_COLOURS = ['RED', 'ORANGE', 'YELLOW', 'BLUE'] as const;
export type RiskColour = (typeof RISK_COLOURS)[number];
/** 红 重大风险, 橙 较大风险, 黄 一般风险, 蓝 低风险. */
export const RISK_COLOUR_LABELS: Record<RiskColour, string> = { RED: '红（重大风险）', ORANGE: '橙（较大风险）', YELLOW: '黄（一般风险）', BLUE: '蓝（低风险）' };

export type EnterpriseCommand =
  | { type: 'RegisterEnterprise'; data: { creditCode: string; name: string; regionCode: string; sector: string; departmentCode: string; address: string } }
  /** Lists the enterprise as a key unit, or changes its colour (rolling analysis); the basis is always given. */
  | { type: 'DesignateKeyUnit'; data: { riskColour: RiskColour; basis: string } }
  | { type: 'RevokeKeyUnit'; data: { reason: string } }
  | { type: 'AddKeyPart'; data: { partId: string; name: string; location: string; responsibleName: string; responsiblePhone?: string | null } }
  | { type: 'ReassignKeyPart'; data: { partId: string; responsibleName: string; responsiblePhone?: string | null } }
  | { type: 'RemoveKeyPart'; data: { partId: string; reason: string } }
  /** Of the key unit itself (keyPartId null) or of one of its key parts. */
  | { type: 'VerifyEnterpriseOnSite'; data: SiteVerification & { keyPartId?: string | null } };
