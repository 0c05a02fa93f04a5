import type { Sector } from '../shared/reference';
import type { IncidentReportingRules } from './rules';

export const INCIDENT_LEVELS = ['ORDINARY', 'LARGER', 'MAJOR', 'ESPECIALLY_MAJOR'] as const;
export type IncidentLevel = (typeof INCIDENT_LEVELS)[number];
export const INCIDENT_LEVEL_LABELS: Record<IncidentLevel, string> = { ORDINARY: '一般事故', LARGER: '较大事故', MAJOR: '重大事故', ESPECIALLY_MAJOR: '特别重大事故' };

export const REPORT_KINDS = ['UNIT_REPORT', 'PHONE_FLASH', 'WRITTEN_FIRST', 'PASS_ON', 'FOLLOW_UP', 'FINAL', 'SUPPLEMENTARY'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface Casualties {
  deaths: number;
  injuries: number;
  missing: number;
}

/** What is known of an incident when it is recorded: the command's, the event's and the state's common part. */
export interface IncidentFacts {
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
}

export type IncidentCommand =
  | {
      type: 'RecordIncident';
      data: IncidentFacts & {
        incidentId: string;
        hazardId?: string | null;
        majorHazardSourceId?: string | null;
        rules: IncidentReportingRules;
      };
    }
  | { type: 'FileIncidentReport'; data: { key: string; summary: string; recipient: string } }
  | { type: 'ReportCasualtyChange'; data: Casualties & { note: string } }
  | { type: 'FireIncidentClock'; data: { key: string } }
  | { type: 'CloseIncident'; data: { reason: string } };
