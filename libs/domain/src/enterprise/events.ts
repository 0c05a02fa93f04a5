import type { Actor } from '../shared/metadata';
import type { SiteVerification } from '../shared/site-verification';
import type { EnterpriseCommand, RiskColour } from './commands';
import type { KeyPart } from './state';

export type EnterpriseEventBody =
  | { type: 'EnterpriseRegistered'; data: Extract<EnterpriseCommand, { type: 'RegisterEnterprise' }>['data'] }
  | { type: 'KeyUnitDesignated'; data: { riskColour: RiskColour; basis: string } }
  | { type: 'KeyUnitRiskChanged'; data: { from: RiskColour; riskColour: RiskColour; basis: string } }
  | { type: 'KeyUnitRevoked'; data: { reason: string } }
  | { type: 'KeyPartAdded'; data: Omit<KeyPart, 'addedAt'> }
  | { type: 'KeyPartReassigned'; data: { partId: string; responsibleName: string; responsiblePhone: string | null } }
  | { type: 'KeyPartRemoved'; data: { partId: string; reason: string } }
  | { type: 'EnterpriseVerifiedOnSite'; data: SiteVerification & { keyPartId: string | null } };

export interface EnterpriseEvent {
  type: EnterpriseEventBody['type'];
  data: EnterpriseEventBody['data'];
  version: number;
  metadata: { occurredAt: string; recordedAt: string; actor: Actor };
}
