import type { HazardCommandType } from './commands';
import type { Role } from './reference';

const INSPECTOR_COMMANDS: readonly HazardCommandType[] = [
  'ReportHazard',
  'ReportProgress',
  'SubmitRectification',
  'RectifyOnSpot',
  'RecordStandbyCheck',
  'RequestDeadlineExtension',
];
const SUPERVISOR_COMMANDS: readonly HazardCommandType[] = [
  ...INSPECTOR_COMMANDS,
  'ListHazard',
  'SuperviseHazard',
  'VerifyRectification',
  'DecideDeadlineExtension',
  'SuspendOperations',
  'RecordEnforcement',
];
const COMMITTEE_OFFICE_COMMANDS: readonly HazardCommandType[] = [...SUPERVISOR_COMMANDS, 'CancelHazard'];

/** The default permission table (README, Security model): each role adds to the one before it; auditors change nothing. */
export const COMMANDS_BY_ROLE: Readonly<Record<Role, readonly HazardCommandType[]>> = {
  INSPECTOR: INSPECTOR_COMMANDS,
  SUPERVISOR: SUPERVISOR_COMMANDS,
  COMMITTEE_OFFICE: COMMITTEE_OFFICE_COMMANDS,
  AUDITOR: [],
};

export const mayExecute = (roles: readonly Role[], command: HazardCommandType): boolean =>
  roles.some((role) => COMMANDS_BY_ROLE[role]?.includes(command));

export interface Scope {
  regions: readonly string[];
  departments: readonly string[];
}

export const WILDCARD = '*';

export const scopeCovers = (scope: Scope, regionCode: string, departmentCode: string): boolean =>
  (scope.regions.includes(WILDCARD) || scope.regions.includes(regionCode)) &&
  (scope.departments.includes(WILDCARD) || scope.departments.includes(departmentCode));

/** Auditors read every hazard; everyone else reads inside their regions × departments. */
export const mayRead = (roles: readonly Role[], scope: Scope, regionCode: string, departmentCode: string): boolean =>
  roles.includes('AUDITOR') || (roles.length > 0 && scopeCovers(scope, regionCode, departmentCode));

/** Operations outside the hazard lifecycle, and who may perform them. */
export const ADMIN_PERMISSIONS = {
  readPolicies: ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE', 'AUDITOR'],
  managePolicies: ['COMMITTEE_OFFICE'],
  readCalendar: ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE', 'AUDITOR'],
  manageCalendar: ['COMMITTEE_OFFICE'],
  readWebhooks: ['COMMITTEE_OFFICE', 'AUDITOR'],
  manageWebhooks: ['COMMITTEE_OFFICE'],
  /** Phone numbers of responsible persons and standby monitors; others see them masked. */
  readPersonalData: ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE'],
  /** A department's daily and period reports (department scope applies). */
  readReports: ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE', 'AUDITOR'],
  submitReports: ['SUPERVISOR', 'COMMITTEE_OFFICE'],
  /** Who has reported today, and the city-wide report. */
  overseeReports: ['COMMITTEE_OFFICE', 'AUDITOR'],
  /** Taking in a department's existing hazard list (each row then needs the right to report, or to list). */
  importHazards: ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE'],
  /** Listing checkpoints and proofs, making a checkpoint now (it changes no hazard). */
  audit: ['AUDITOR', 'COMMITTEE_OFFICE'],
  /** Legal enforcement bodies and their published inspection item lists. */
  manageEnforcementBodies: ['COMMITTEE_OFFICE'],
} as const satisfies Record<string, readonly Role[]>;

export type AdminOperation = keyof typeof ADMIN_PERMISSIONS;

export const mayPerform = (roles: readonly Role[], operation: AdminOperation): boolean =>
  roles.some((role) => (ADMIN_PERMISSIONS[operation] as readonly Role[]).includes(role));
