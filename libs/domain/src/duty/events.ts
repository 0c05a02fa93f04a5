import type { Actor } from '../shared/metadata';
import type { DutyLevel, DutyRole } from './commands';
import type { DutyLogEntry, Shift, Swap } from './state';

export type RosterEventBody =
  | {
      type: 'RosterPublished';
      data: { rosterId: string; level: DutyLevel; regionCode: string; departmentCode: string; requiredRoles: DutyRole[]; roleRulesVersion: number; shifts: Omit<Shift, 'presence'>[] };
    }
  | { type: 'SwapRequested'; data: Omit<Swap, 'status'> }
  | { type: 'SwapApproved'; data: { swapId: string } }
  | { type: 'SwapDenied'; data: { swapId: string } }
  | { type: 'PresenceRecorded'; data: { shift: string; role: DutyRole; status: 'ON_POST' | 'OFF_POST' } }
  | { type: 'HandedOver'; data: { handoverId: string; fromShift: string; toShift: string; pendingItems: string[]; notes: string | null } }
  | { type: 'HandoverConfirmed'; data: { handoverId: string } };

export interface RosterEvent {
  type: RosterEventBody['type'];
  data: RosterEventBody['data'];
  version: number;
  metadata: { occurredAt: string; recordedAt: string; actor: Actor };
}

export type DutyLogEventBody =
  | { type: 'DutyLogEntryRecorded'; data: Omit<DutyLogEntry, 'version' | 'notified'> }
  | { type: 'NotificationRecorded'; data: { whom: string; at: string } };
