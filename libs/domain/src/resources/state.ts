import type { Condition, TeamType } from './commands';

export interface StockLine {
  code: string;
  name: string;
  unit: string;
  quantity: number;
  condition: Condition;
  expiresOn: string | null;
}

export interface ResourceState {
  id: string;
  version: number;
  kind: 'TEAM' | 'DEPOT';
  name: string;
  regionCode: string;
  departmentCode: string;
  base: string;
  /** Teams. */
  teamType: TeamType | null;
  headcount: number;
  onDuty: number;
  leader: string | null;
  dutyPhone: string | null;
  specialties: string[];
  lastDrillOn: string | null;
  /** Teams carry equipment; depots hold supplies: both as stock lines by code. */
  stock: StockLine[];
}

/** A stock line that can be used today (Beijing date): good, not expired, not empty. */
export const lineReady = (line: StockLine, today: string): boolean => line.condition === 'GOOD' && line.quantity > 0 && (line.expiresOn === null || line.expiresOn >= today);

/** Ready: a team with people on duty and a drill within the last year; a depot with at least one usable line. */
export function resourceReady(state: ResourceState, today: string): boolean {
  if (state.kind === 'DEPOT') return state.stock.some((l) => lineReady(l, today));
  if (state.onDuty === 0 || !state.lastDrillOn) return false;
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  return state.lastDrillOn >= yearAgo;
}
