import type { Actor } from '../shared/metadata';
import type { Sector } from '../shared/reference';

export type DepartmentEventBody =
  | { type: 'DepartmentAdded'; data: { code: string; name: string; sectors: Sector[]; hasDistrictUnits: boolean } }
  | { type: 'DepartmentRenamed'; data: { name: string; previousName: string; reason: string | null } }
  | { type: 'DepartmentSectorsChanged'; data: { sectors: Sector[]; previousSectors: Sector[]; reason: string | null } }
  | { type: 'DepartmentRetired'; data: { reason: string } };

export type DepartmentEventType = DepartmentEventBody['type'];
export const DEPARTMENT_EVENT_TYPES: readonly DepartmentEventType[] = ['DepartmentAdded', 'DepartmentRenamed', 'DepartmentSectorsChanged', 'DepartmentRetired'];

export interface DepartmentEvent {
  type: DepartmentEventType;
  data: DepartmentEventBody['data'];
  version: number;
  metadata: { occurredAt: string; recordedAt: string; actor: Actor };
}
