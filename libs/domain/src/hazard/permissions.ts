import { COMMAND_PERMISSIONS } from '../shared/permissions';
import type { Role } from '../shared/reference';
import { HAZARD_COMMAND_TYPES, type HazardCommandType } from './commands';

/** The hazard commands a role may give, read off COMMAND_PERMISSIONS. */
const commandsOf = (role: Role): readonly HazardCommandType[] => HAZARD_COMMAND_TYPES.filter((type) => COMMAND_PERMISSIONS[type].includes(role));

/** The default permission table (README, Security model) by role: each official role adds to the one before it; auditors change nothing; an enterprise reports on its own hazards. */
export const COMMANDS_BY_ROLE: Readonly<Record<Role, readonly HazardCommandType[]>> = {
  INSPECTOR: commandsOf('INSPECTOR'),
  SUPERVISOR: commandsOf('SUPERVISOR'),
  COMMITTEE_OFFICE: commandsOf('COMMITTEE_OFFICE'),
  AUDITOR: commandsOf('AUDITOR'),
  ENTERPRISE: commandsOf('ENTERPRISE'),
};

export const mayExecute = (roles: readonly Role[], command: HazardCommandType): boolean =>
  roles.some((role) => COMMANDS_BY_ROLE[role]?.includes(command));
