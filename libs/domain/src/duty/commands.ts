import type { DutyRoleRules } from './rules';
import type { DutyLogEntry } from './state';

export const DUTY_ROLES = ['DUTY_LEADER', 'SHIFT_HEAD', 'DISPATCHER', 'INFORMATION_OFFICER', 'TECHNICAL_SUPPORT'] as const;
export type DutyRole = (typeof DUTY_ROLES)[number];
export const DUTY_ROLE_LABELS: Record<DutyRole, string> = {
  DUTY_LEADER: '带班领导',
  SHIFT_HEAD: '值班长',
  DISPATCHER: '调度员',
  INFORMATION_OFFICER: '信息员',
  TECHNICAL_SUPPORT: '技术保障',
};

export const DUTY_LEVELS = ['CITY', 'DISTRICT'] as const;
export type DutyLevel = (typeof DUTY_LEVELS)[number];
/** The roles every shift of a level must fill: versioned data the office saves, each version naming its source. */
export interface DutyPerson {
  name: string;
  phone: string | null;
}

export type RosterCommand =
  | {
      type: 'PublishRoster';
      data: {
        rosterId: string;
        level: DutyLevel;
        regionCode: string;
        departmentCode: string;
        requiredRoles?: DutyRole[] | null;
        /** The roles per level in force, resolved by the adapter from data (never by the caller). */
        roleRules?: DutyRoleRules | null;
        shifts: { date: string; name: string; startsAt: string; endsAt: string; assignments: { role: DutyRole; name: string; phone?: string | null }[] }[];
      };
    }
  | { type: 'RequestSwap'; data: { swapId: string; shift: string; role: DutyRole; toName: string; toPhone?: string | null; reason: string } }
  | { type: 'DecideSwap'; data: { swapId: string; approved: boolean } }
  | { type: 'RecordPresence'; data: { shift: string; role: DutyRole; status: 'ON_POST' | 'OFF_POST' } }
  | { type: 'HandOver'; data: { handoverId: string; fromShift: string; toShift: string; pendingItems: string[]; notes?: string | null } }
  | { type: 'ConfirmHandover'; data: { handoverId: string } };

export const DUTY_CHANNELS = ['PHONE', 'RADIO', 'FAX', 'MESSAGE', 'SYSTEM', 'IN_PERSON'] as const;
export type DutyChannel = (typeof DUTY_CHANNELS)[number];

export type DutyLogCommand =
  | { type: 'RecordDutyLogEntry'; data: Omit<DutyLogEntry, 'id' | 'version' | 'notified'> & { entryId: string } }
  | { type: 'RecordNotification'; data: { whom: string; at: string } };
