import { badInput } from '../shared/errors';
import type { StockLine } from './state';

/** A supply code of GB/T 38565-2020: 7 digits, the first 1–3. */
export const GBT38565 = /^[1-3]\d{6}$/;

export function supplyCode(field: string, value: unknown): string {
  if (typeof value !== 'string' || !GBT38565.test(value)) throw badInput(field, 'is not a GB/T 38565-2020 code: 7 digits, the first 1–3');
  return value;
}

export const TEAM_TYPES = ['FIRE_RESCUE', 'HAZARDOUS_CHEMICALS', 'MINE', 'MEDICAL', 'ENGINEERING', 'FLOOD', 'VOLUNTEER', 'OTHER'] as const;
export type TeamType = (typeof TEAM_TYPES)[number];
export const CONDITIONS = ['GOOD', 'NEEDS_REPAIR', 'UNUSABLE'] as const;
export type Condition = (typeof CONDITIONS)[number];

export type ResourceCommand =
  | {
      type: 'RegisterResource';
      data: {
        resourceId: string;
        kind: 'TEAM' | 'DEPOT';
        name: string;
        regionCode: string;
        departmentCode: string;
        base: string;
        teamType?: TeamType | null;
        headcount?: number | null;
        leader?: string | null;
        dutyPhone?: string | null;
        specialties?: string[] | null;
      };
    }
  | { type: 'ReportTeamStatus'; data: { onDuty: number; headcount?: number | null } }
  | { type: 'RecordDrill'; data: { heldOn: string; note: string } }
  | { type: 'SetStock'; data: StockLine & { reason: string } };
