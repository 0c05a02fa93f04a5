import type { Sector } from '../shared/reference';

/** A reporting unit as it stands after its latest event (its stream is `department-<code>`). */
export interface DepartmentState {
  /** The code: a unit is its code, never given out twice. */
  id: string;
  version: number;
  code: string;
  name: string;
  /** The sectors it supervises; empty: it reports the hazards assigned to it by code. */
  sectors: Sector[];
  /** Whether each district has a counterpart unit (大洼区应急管理局); false for e.g. the power company. */
  hasDistrictUnits: boolean;
  active: boolean;
  /** Since when this version holds: the occurred time of its latest event. */
  validFrom: string;
}
