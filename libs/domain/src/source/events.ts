import type { Actor } from '../shared/metadata';
import type { SiteVerification } from '../shared/site-verification';
import type { ResponsibleRole, SourceCommand } from './commands';
import type { ChemicalAmount, GradeResult } from './grading';

export type SourceEventBody =
  | { type: 'MajorHazardSourceRegistered'; data: Extract<SourceCommand, { type: 'RegisterMajorHazardSource' }>['data'] }
  | {
      type: 'MajorHazardSourceAssessed';
      data: {
        standard: string;
        population500m: number;
        chemicals: ChemicalAmount[];
        result: Omit<GradeResult, 'terms'>;
        terms: GradeResult['terms'];
        trigger: string | null;
        reassessBy: string;
      };
    }
  | { type: 'ResponsiblePersonAssigned'; data: { role: ResponsibleRole; name: string; phone: string | null } }
  | { type: 'ResponsiblePersonRelieved'; data: { role: ResponsibleRole; name: string; reason: string } }
  | { type: 'PatrolRecorded'; data: { role: ResponsibleRole; person: string; note: string } }
  | { type: 'PatrolOverdue'; data: { role: ResponsibleRole; person: string; since: string; reason: string } }
  | { type: 'SourceVerifiedOnSite'; data: SiteVerification };

export interface SourceEvent {
  type: SourceEventBody['type'];
  data: SourceEventBody['data'];
  version: number;
  metadata: { occurredAt: string; recordedAt: string; actor: Actor };
}
