import type { Actor } from '../shared/metadata';
import type { Casualties, IncidentCommand, ReportKind } from './commands';

export interface Obligation {
  key: string;
  kind: ReportKind;
  dueAt: string;
  filedAt: string | null;
  late: boolean;
  warnedAt: string | null;
  missedAt: string | null;
}

export type IncidentEventBody =
  | { type: 'IncidentRecorded'; data: Omit<Extract<IncidentCommand, { type: 'RecordIncident' }>['data'], 'hazardId' | 'majorHazardSourceId'> & { hazardId: string | null; majorHazardSourceId: string | null; obligations: Obligation[] } }
  | { type: 'IncidentReportFiled'; data: { key: string; summary: string; recipient: string; late: boolean } }
  | { type: 'CasualtiesChanged'; data: Casualties & { note: string; day: number; withinWindow: boolean; windowDays: number } }
  | { type: 'SupplementaryReportOpened'; data: { key: string; dueAt: string } }
  | { type: 'IncidentReportDueSoon'; data: { key: string; clock: string; dueAt: string } }
  | { type: 'IncidentReportOverdue'; data: { key: string; clock: string; dueAt: string; escalatedTo: string } }
  | { type: 'IncidentClosed'; data: { reason: string; openObligations: string[] } };

export interface IncidentEvent {
  type: IncidentEventBody['type'];
  data: IncidentEventBody['data'];
  version: number;
  metadata: { occurredAt: string; recordedAt: string; actor: Actor };
}
