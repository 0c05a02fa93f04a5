import type { CampaignCommand } from '../campaign/commands';
import type { DepartmentCommand } from '../department/commands';
import type { DutyLogCommand, RosterCommand } from '../duty/commands';
import type { EnterpriseCommand } from '../enterprise/commands';
import type { AnyCommand } from '../hazard/commands';
import type { IncidentCommand } from '../incident/commands';
import type { DrawCommand, OversightCommand } from '../oversight/commands';
import type { ResourceCommand } from '../resources/commands';
import type { SourceCommand } from '../source/commands';
import type { ReportingDutyCommand } from '../reporting/duty';
import { DomainError } from './errors';
import type { CommandMetadata } from './metadata';
import type { Role } from './reference';
import { COMMITTEE_OFFICE_ONLY, EVERY_ROLE, INSPECTOR_OR_ABOVE, INSPECTOR_OR_ABOVE_AND_ENTERPRISE, OVERSEERS, SUPERVISOR_OR_ABOVE, SYSTEM_ONLY } from './roles';

/** The type of every command of every aggregate, the system's own included. */
export type CommandType =
  | AnyCommand['type']
  | IncidentCommand['type']
  | SourceCommand['type']
  | EnterpriseCommand['type']
  | OversightCommand['type']
  | DrawCommand['type']
  | CampaignCommand['type']
  | RosterCommand['type']
  | DutyLogCommand['type']
  | ResourceCommand['type']
  | DepartmentCommand['type']
  | ReportingDutyCommand['type'];

/**
 * Who may give each command, every aggregate in one table: a command added to an aggregate without
 * a row here does not compile. The deciders refuse with FORBIDDEN what it does not allow (hazards
 * through COMMANDS_BY_ROLE); SYSTEM_ONLY rows are the system's clocks and alarms, which the deciders
 * check by subject instead (assertSystemActor).
 */
export const COMMAND_PERMISSIONS: Readonly<Record<CommandType, readonly Role[]>> = {
  // Hazards: the README's permission table.
  ReportHazard: INSPECTOR_OR_ABOVE,
  ListHazard: SUPERVISOR_OR_ABOVE,
  SuperviseHazard: SUPERVISOR_OR_ABOVE,
  ReportProgress: INSPECTOR_OR_ABOVE_AND_ENTERPRISE,
  SubmitRectification: INSPECTOR_OR_ABOVE_AND_ENTERPRISE,
  VerifyRectification: SUPERVISOR_OR_ABOVE,
  RectifyOnSpot: INSPECTOR_OR_ABOVE,
  RequestDeadlineExtension: INSPECTOR_OR_ABOVE,
  DecideDeadlineExtension: SUPERVISOR_OR_ABOVE,
  SuspendOperations: SUPERVISOR_OR_ABOVE,
  RecordStandbyCheck: INSPECTOR_OR_ABOVE_AND_ENTERPRISE,
  RecordEnforcement: SUPERVISOR_OR_ABOVE,
  CancelHazard: COMMITTEE_OFFICE_ONLY,
  // The closed loop (README "The closed loop"): resumption reviewed, the roster rotated, records corrected.
  ResumeOperations: SUPERVISOR_OR_ABOVE,
  RotateStandbyMonitors: SUPERVISOR_OR_ABOVE,
  RequestRegrade: SUPERVISOR_OR_ABOVE,
  DecideRegrade: SUPERVISOR_OR_ABOVE,
  TransferHazard: SUPERVISOR_OR_ABOVE,
  AmendEnterprise: SUPERVISOR_OR_ABOVE,
  IssueSupervisionLetter: SUPERVISOR_OR_ABOVE,
  RecordInterview: SUPERVISOR_OR_ABOVE,
  RaiseListingLevel: SUPERVISOR_OR_ABOVE,
  FireTimer: SYSTEM_ONLY,
  // Incidents: the duty desk's supervisors and the office.
  RecordIncident: SUPERVISOR_OR_ABOVE,
  FileIncidentReport: SUPERVISOR_OR_ABOVE,
  ReportCasualtyChange: SUPERVISOR_OR_ABOVE,
  CloseIncident: SUPERVISOR_OR_ABOVE,
  FireIncidentClock: SYSTEM_ONLY,
  // Major hazard sources: the register is kept by supervisors; patrols and site verifications are field work.
  RegisterMajorHazardSource: SUPERVISOR_OR_ABOVE,
  AssessMajorHazardSource: SUPERVISOR_OR_ABOVE,
  AssignResponsiblePerson: SUPERVISOR_OR_ABOVE,
  RelieveResponsiblePerson: SUPERVISOR_OR_ABOVE,
  RecordPatrol: INSPECTOR_OR_ABOVE,
  VerifySourceOnSite: INSPECTOR_OR_ABOVE,
  RaisePatrolAlarm: SYSTEM_ONLY,
  // Enterprises: likewise.
  RegisterEnterprise: SUPERVISOR_OR_ABOVE,
  DesignateKeyUnit: SUPERVISOR_OR_ABOVE,
  RevokeKeyUnit: SUPERVISOR_OR_ABOVE,
  AddKeyPart: SUPERVISOR_OR_ABOVE,
  ReassignKeyPart: SUPERVISOR_OR_ABOVE,
  RemoveKeyPart: SUPERVISOR_OR_ABOVE,
  VerifyEnterpriseOnSite: INSPECTOR_OR_ABOVE,
  // Oversight: the office supervises districts and departments; enforcement bodies (supervisors) inspect and draw.
  OpenSupervision: COMMITTEE_OFFICE_ONLY,
  RecordSupervisionFinding: COMMITTEE_OFFICE_ONLY,
  IssueSupervisionNotice: COMMITTEE_OFFICE_ONLY,
  OpenInspection: SUPERVISOR_OR_ABOVE,
  RecordInspectionFinding: SUPERVISOR_OR_ABOVE,
  RecordRandomDraw: SUPERVISOR_OR_ABOVE,
  // Campaigns: the office's.
  CreateCampaign: COMMITTEE_OFFICE_ONLY,
  RecordSpecialMeeting: COMMITTEE_OFFICE_ONLY,
  AddSupervisionRound: COMMITTEE_OFFICE_ONLY,
  AddListedHazard: COMMITTEE_OFFICE_ONLY,
  OpenPenaltyCase: COMMITTEE_OFFICE_ONLY,
  // The duty desk: rosters and the duty log.
  PublishRoster: SUPERVISOR_OR_ABOVE,
  RequestSwap: SUPERVISOR_OR_ABOVE,
  DecideSwap: SUPERVISOR_OR_ABOVE,
  RecordPresence: SUPERVISOR_OR_ABOVE,
  HandOver: SUPERVISOR_OR_ABOVE,
  ConfirmHandover: SUPERVISOR_OR_ABOVE,
  RecordDutyLogEntry: SUPERVISOR_OR_ABOVE,
  RecordNotification: SUPERVISOR_OR_ABOVE,
  // Emergency resources.
  RegisterResource: SUPERVISOR_OR_ABOVE,
  ReportTeamStatus: SUPERVISOR_OR_ABOVE,
  RecordDrill: SUPERVISOR_OR_ABOVE,
  SetStock: SUPERVISOR_OR_ABOVE,
  // Reporting units: the committee office keeps its member units (README, Reporting units).
  AddDepartment: COMMITTEE_OFFICE_ONLY,
  RenameDepartment: COMMITTEE_OFFICE_ONLY,
  ChangeDepartmentSectors: COMMITTEE_OFFICE_ONLY,
  RetireDepartment: COMMITTEE_OFFICE_ONLY,
  // The reporting chain: the report workflow records reminders, alarms and submissions.
  RemindReportDue: SYSTEM_ONLY,
  RaiseReportMissed: SYSTEM_ONLY,
  RecordReportSubmitted: SYSTEM_ONLY,
};

/** Whether any of the roles may give the command. A type no aggregate knows is nobody's (commands arrive as data). */
export function mayRunCommand(roles: readonly Role[], type: string): boolean {
  const allowed = Object.prototype.hasOwnProperty.call(COMMAND_PERMISSIONS, type) ? COMMAND_PERMISSIONS[type as CommandType] : SYSTEM_ONLY;
  return roles.some((role) => allowed.includes(role));
}

/** Refuses, as the record deciders word it, a command none of the actor's roles may give. */
export function assertMayRunCommand(meta: CommandMetadata, type: string): void {
  if (!mayRunCommand(meta.actor.roles, type)) throw new DomainError('FORBIDDEN', `your roles do not allow ${type}`);
}

export interface Scope {
  regions: readonly string[];
  departments: readonly string[];
  /** An enterprise's scope (role ENTERPRISE): its unified social credit code, instead of regions × departments, which it has none of. */
  creditCode?: string | null;
}

export const WILDCARD = '*';

export const scopeCovers = (scope: Scope, regionCode: string, departmentCode: string): boolean =>
  (scope.regions.includes(WILDCARD) || scope.regions.includes(regionCode)) &&
  (scope.departments.includes(WILDCARD) || scope.departments.includes(departmentCode));

/** The hazard fields a scope is checked against. */
export interface ScopedHazard {
  regionCode: string;
  departmentCode: string;
  enterpriseCreditCode?: string | null;
}

/** Whether a caller acts on a hazard: an enterprise on its own (by credit code), an official inside their regions × departments. */
export const scopeCoversHazard = (roles: readonly Role[], scope: Scope, hazard: ScopedHazard): boolean =>
  roles.includes('ENTERPRISE')
    ? typeof scope.creditCode === 'string' && scope.creditCode.length > 0 && hazard.enterpriseCreditCode === scope.creditCode
    : scopeCovers(scope, hazard.regionCode, hazard.departmentCode);

/** Auditors read every hazard; an enterprise its own; officials those inside their regions × departments. */
export const mayReadHazard = (roles: readonly Role[], scope: Scope, hazard: ScopedHazard): boolean =>
  roles.includes('AUDITOR') || (roles.length > 0 && scopeCoversHazard(roles, scope, hazard));

/** Auditors read every record; everyone else reads inside their regions × departments (an enterprise has none). */
export const mayRead = (roles: readonly Role[], scope: Scope, regionCode: string, departmentCode: string): boolean =>
  roles.includes('AUDITOR') || (roles.length > 0 && scopeCovers(scope, regionCode, departmentCode));

/** Operations outside the aggregates' commands, and who may perform them. */
export const ADMIN_PERMISSIONS = {
  readPolicies: EVERY_ROLE,
  managePolicies: COMMITTEE_OFFICE_ONLY,
  readCalendar: EVERY_ROLE,
  manageCalendar: COMMITTEE_OFFICE_ONLY,
  readWebhooks: OVERSEERS,
  manageWebhooks: COMMITTEE_OFFICE_ONLY,
  /** Phone numbers of responsible persons and standby monitors; others see them masked. */
  readPersonalData: INSPECTOR_OR_ABOVE,
  /** A department's daily and period reports (department scope applies). */
  readReports: EVERY_ROLE,
  submitReports: SUPERVISOR_OR_ABOVE,
  /** Who has reported today, and the city-wide report. */
  overseeReports: OVERSEERS,
  /** Reporting obligations (the notices that set who reports by when): everyone reads, the office records versions. */
  readObligations: EVERY_ROLE,
  manageObligations: COMMITTEE_OFFICE_ONLY,
  /** Evidence files (photos, documents) sent with a submission, a standby check or a site verification. */
  uploadEvidence: INSPECTOR_OR_ABOVE_AND_ENTERPRISE,
  /** Taking in a department's existing hazard list (each row then needs the right to report, or to list). */
  importHazards: INSPECTOR_OR_ABOVE,
  /** Listing checkpoints and proofs, making a checkpoint now (it changes no hazard). */
  audit: OVERSEERS,
  /** Legal enforcement bodies and their published inspection item lists. */
  manageEnforcementBodies: COMMITTEE_OFFICE_ONLY,
} as const satisfies Record<string, readonly Role[]>;

export type AdminOperation = keyof typeof ADMIN_PERMISSIONS;

export const mayPerform = (roles: readonly Role[], operation: AdminOperation): boolean =>
  roles.some((role) => (ADMIN_PERMISSIONS[operation] as readonly Role[]).includes(role));
