import type { Sector } from '../shared/reference';
import type { Casualties, IncidentLevel } from './commands';
import type { Obligation } from './events';
import type { IncidentReportingRules } from './rules';

export interface IncidentState {
  id: string;
  version: number;
  title: string;
  level: IncidentLevel;
  sector: Sector;
  regionCode: string;
  departmentCode: string;
  place: string;
  summary: string;
  occurredAt: string;
  receivedAt: string;
  casualties: Casualties;
  hazardId: string | null;
  majorHazardSourceId: string | null;
  rules: IncidentReportingRules;
  obligations: Obligation[];
  firedClocks: string[];
  closedAt: string | null;
}
