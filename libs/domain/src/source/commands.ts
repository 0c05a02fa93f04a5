import type { SiteVerification } from '../shared/site-verification';
import type { ChemicalAmount, ChemicalReference } from './grading';

export const RESPONSIBLE_ROLES = ['PRINCIPAL', 'TECHNICAL', 'OPERATIONAL'] as const;
export type ResponsibleRole = (typeof RESPONSIBLE_ROLES)[number];
export const RESPONSIBLE_ROLE_LABELS: Record<ResponsibleRole, string> = { PRINCIPAL: '主要负责人', TECHNICAL: '技术负责人', OPERATIONAL: '操作负责人' };

export const UNIT_KINDS = ['PRODUCTION', 'STORAGE'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export type SourceCommand =
  | {
      type: 'RegisterMajorHazardSource';
      data: {
        sourceId: string;
        name: string;
        enterpriseName: string;
        enterpriseCreditCode?: string | null;
        unitKind: UnitKind;
        location: string;
        regionCode: string;
        departmentCode: string;
      };
    }
  | {
      type: 'AssessMajorHazardSource';
      data: { population500m: number; chemicals: ChemicalAmount[]; trigger?: string | null; standard: string; reference: ChemicalReference[] };
    }
  | { type: 'AssignResponsiblePerson'; data: { role: ResponsibleRole; name: string; phone?: string | null } }
  | { type: 'RelieveResponsiblePerson'; data: { role: ResponsibleRole; reason: string } }
  | { type: 'RecordPatrol'; data: { role: ResponsibleRole; note: string } }
  /** The system's alarm: a responsible person's patrol is overdue (reasons computed by the caller from the cadence in force). */
  | { type: 'RaisePatrolAlarm'; data: { role: ResponsibleRole; reason: string } }
  | { type: 'VerifySourceOnSite'; data: SiteVerification };
