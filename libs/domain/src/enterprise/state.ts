import type { Sector } from '../shared/reference';
import type { SiteVerification } from '../shared/site-verification';
import type { RiskColour } from './commands';

export interface KeyPart {
  partId: string;
  name: string;
  location: string;
  responsibleName: string;
  responsiblePhone: string | null;
  addedAt: string;
}

export interface EnterpriseState {
  id: string;
  version: number;
  name: string;
  creditCode: string;
  regionCode: string;
  sector: Sector;
  departmentCode: string;
  address: string;
  registeredAt: string;
  keyUnit: { riskColour: RiskColour; basis: string; since: string; colourSince: string } | null;
  keyParts: KeyPart[];
  /** The latest site verification of the unit itself and of each key part (key: `unit` or the part id). */
  siteVerifications: Record<string, SiteVerification & { at: string }>;
}

/** The key of a site verification of the unit itself (a key part's is its id). */
export const UNIT_TARGET = 'unit';
