import type { ResourceState, StockLine } from './state';

export type ResourceEventBody =
  | { type: 'ResourceRegistered'; data: Omit<ResourceState, 'id' | 'version' | 'onDuty' | 'lastDrillOn' | 'stock'> & { resourceId: string } }
  | { type: 'TeamStatusReported'; data: { onDuty: number; headcount: number } }
  | { type: 'DrillRecorded'; data: { heldOn: string; note: string } }
  | { type: 'StockSet'; data: StockLine & { reason: string } };
