import { campaignDecider } from '../campaign/decide';
import { departmentDecider } from '../department/decide';
import { dutyLogDecider, rosterDecider } from '../duty/decide';
import { enterpriseDecider } from '../enterprise/decide';
import { hazardDecider } from '../hazard/decide';
import { COMMANDS_BY_ROLE, mayExecute } from '../hazard/permissions';
import { incidentDecider } from '../incident/decide';
import { reportingDutyDecider } from '../reporting/duty';
import { drawDecider, oversightDecider } from '../oversight/decide';
import { resourceDecider } from '../resources/decide';
import { sourceDecider } from '../source/decide';
import { T0, metaFor } from '../testing';
import type { Decider } from './aggregate';
import { DomainError } from './errors';
import { type Actor, SYSTEM_ACTOR } from './metadata';
import { COMMAND_PERMISSIONS, type CommandType, mayRunCommand } from './permissions';
import { ROLES, type Role } from './reference';

type AnyDecider = Decider<{ version: number }, { type: string }>;

/** Which decider judges each command (the first test holds this list to the table). */
const DECIDER_OF: Record<CommandType, AnyDecider> = Object.fromEntries(
  (
    [
      [hazardDecider, ['ReportHazard', 'ListHazard', 'SuperviseHazard', 'ReportProgress', 'SubmitRectification', 'VerifyRectification', 'RectifyOnSpot', 'RequestDeadlineExtension', 'DecideDeadlineExtension', 'SuspendOperations', 'RecordStandbyCheck', 'RecordEnforcement', 'CancelHazard', 'FireTimer', 'ResumeOperations', 'RotateStandbyMonitors', 'RequestRegrade', 'DecideRegrade', 'TransferHazard', 'AmendEnterprise', 'IssueSupervisionLetter', 'RecordInterview', 'RaiseListingLevel']],
      [incidentDecider, ['RecordIncident', 'FileIncidentReport', 'ReportCasualtyChange', 'CloseIncident', 'FireIncidentClock']],
      [sourceDecider, ['RegisterMajorHazardSource', 'AssessMajorHazardSource', 'AssignResponsiblePerson', 'RelieveResponsiblePerson', 'RecordPatrol', 'VerifySourceOnSite', 'RaisePatrolAlarm']],
      [enterpriseDecider, ['RegisterEnterprise', 'DesignateKeyUnit', 'RevokeKeyUnit', 'AddKeyPart', 'ReassignKeyPart', 'RemoveKeyPart', 'VerifyEnterpriseOnSite']],
      [oversightDecider, ['OpenSupervision', 'RecordSupervisionFinding', 'IssueSupervisionNotice', 'OpenInspection', 'RecordInspectionFinding']],
      [drawDecider, ['RecordRandomDraw']],
      [campaignDecider, ['CreateCampaign', 'RecordSpecialMeeting', 'AddSupervisionRound', 'AddListedHazard', 'OpenPenaltyCase']],
      [rosterDecider, ['PublishRoster', 'RequestSwap', 'DecideSwap', 'RecordPresence', 'HandOver', 'ConfirmHandover']],
      [dutyLogDecider, ['RecordDutyLogEntry', 'RecordNotification']],
      [resourceDecider, ['RegisterResource', 'ReportTeamStatus', 'RecordDrill', 'SetStock']],
      [departmentDecider, ['AddDepartment', 'RenameDepartment', 'ChangeDepartmentSectors', 'RetireDepartment']],
      [reportingDutyDecider, ['RemindReportDue', 'RaiseReportMissed', 'RecordReportSubmitted']],
    ] as [unknown, CommandType[]][]
  ).flatMap(([decider, types]) => types.map((type) => [type, decider as AnyDecider])),
) as Record<CommandType, AnyDecider>;

const TYPES = Object.keys(COMMAND_PERMISSIONS) as CommandType[];
const SYSTEM_COMMANDS: CommandType[] = ['FireTimer', 'FireIncidentClock', 'RaisePatrolAlarm', 'RemindReportDue', 'RaiseReportMissed', 'RecordReportSubmitted'];

/** Whether the decider refused the command for who gave it (anything else, e.g. the empty data, is not our business here). */
function forbidden(type: CommandType, actor: Actor): boolean {
  try {
    DECIDER_OF[type].decide(null, { type, data: {} } as never, metaFor(actor, T0));
    return false;
  } catch (error) {
    return error instanceof DomainError && error.code === 'FORBIDDEN';
  }
}

describe('one permission table for every command of every aggregate', () => {
  test('it names each command once, and each command has a decider', () => {
    expect(Object.keys(DECIDER_OF).sort()).toEqual([...TYPES].sort());
    expect(TYPES).toHaveLength(72);
  });

  test('the compiler refuses a table that leaves a command out', () => {
    // @ts-expect-error a command without a row is a type error
    const partial: typeof COMMAND_PERMISSIONS = { ReportHazard: ['INSPECTOR'] };
    expect(Object.keys(partial)).toHaveLength(1);
  });

  test('only the clocks and the patrol alarm belong to no role; auditors give no command at all', () => {
    expect(TYPES.filter((type) => COMMAND_PERMISSIONS[type].length === 0)).toEqual(SYSTEM_COMMANDS);
    expect(TYPES.filter((type) => mayRunCommand(['AUDITOR'], type))).toEqual([]);
  });

  test('the roles form a ladder: what an inspector may give, a supervisor may; what a supervisor may, the office may', () => {
    for (const type of TYPES) {
      if (mayRunCommand(['INSPECTOR'], type)) expect(mayRunCommand(['SUPERVISOR'], type)).toBe(true);
      if (mayRunCommand(['SUPERVISOR'], type)) expect(mayRunCommand(['COMMITTEE_OFFICE'], type)).toBe(true);
    }
  });

  test('a type no aggregate knows is nobody’s', () => {
    for (const type of ['Bogus', 'toString', '__proto__', 'constructor', '']) expect(mayRunCommand([...ROLES], type)).toBe(false);
  });

  const cases = TYPES.flatMap((type) => ROLES.map((role) => [type, role] as const));

  test.each(cases)('%s by %s: the decider refuses it exactly when the table does', (type, role: Role) => {
    expect(forbidden(type, { sub: `u-${role}`, name: role, roles: [role] })).toBe(!COMMAND_PERMISSIONS[type].includes(role));
  });

  test.each(SYSTEM_COMMANDS)('%s: the system may, a person without roles may not', (type) => {
    expect(forbidden(type, SYSTEM_ACTOR)).toBe(false);
    expect(forbidden(type, { sub: 'u-nobody', name: '无角色', roles: [] })).toBe(true);
  });

  test('the hazard reads its rows by role: COMMANDS_BY_ROLE and mayExecute', () => {
    expect(COMMANDS_BY_ROLE.AUDITOR).toEqual([]);
    expect(COMMANDS_BY_ROLE.COMMITTEE_OFFICE).toHaveLength(22);
    for (const role of ROLES) for (const type of COMMANDS_BY_ROLE[role]) expect(mayExecute([role], type)).toBe(true);
    expect(mayExecute(['INSPECTOR'], 'ListHazard')).toBe(false);
    expect(mayExecute(['SUPERVISOR'], 'CancelHazard')).toBe(false);
  });
});
