import type { IncidentFacts } from './commands';
import type { Obligation } from './events';
import type { IncidentReportingRules } from './rules';

export interface IncidentState extends IncidentFacts {
  id: string;
  version: number;
  hazardId: string | null;
  majorHazardSourceId: string | null;
  rules: IncidentReportingRules;
  obligations: Obligation[];
  firedClocks: string[];
  closedAt: string | null;
}
