import type { SiteVerification } from '../shared/site-verification';
import type { ResponsibleRole, UnitKind } from './commands';
import type { SourceEventBody } from './events';

export interface SourceState {
  id: string;
  version: number;
  name: string;
  enterpriseName: string;
  enterpriseCreditCode: string | null;
  unitKind: UnitKind;
  location: string;
  regionCode: string;
  departmentCode: string;
  registeredAt: string;
  assessment: (Extract<SourceEventBody, { type: 'MajorHazardSourceAssessed' }>['data'] & { at: string }) | null;
  assessments: number;
  responsible: Partial<Record<ResponsibleRole, { name: string; phone: string | null; since: string }>>;
  lastPatrol: Partial<Record<ResponsibleRole, string>>;
  /** Per role, the patrol basis (last patrol or assignment) an alarm was raised for: one alarm per missed patrol. */
  patrolAlarms?: Partial<Record<ResponsibleRole, string>>;
  /** The latest site verification (现场核查), absent before the first. */
  siteVerification?: SiteVerification & { at: string };
  siteVerifications?: number;
}
