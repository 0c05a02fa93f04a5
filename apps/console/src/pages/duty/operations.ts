import { graphql } from '../../gql';

/** The duty desk's operations (README "Duty desk"); the server scopes every answer by region × department. */

export const DutyNames = graphql(`
  query DutyNames { regions { code name } departments { code name } }
`);

export const DutyDeskQuery = graphql(`
  query DutyDesk($at: DateTime!) {
    dutySummary(at: $at) {
      at
      date
      dutyLeaders
      openHandoverItems
      teams
      teamsReady
      depots
      depotsReady
      peopleOnDuty
      stockExpiringSoon
    }
    dutyRosters(at: $at) {
      id
      level
      regionCode
      departmentCode
      shifts { key date name startsAt endsAt assignments { role name phone presence } }
    }
    incidents(filter: { open: true }) {
      id
      title
      level
      regionCode
      reports { key kind dueAt filedAt late warnedAt missedAt }
    }
  }
`);

export const DutyResourcesQuery = graphql(`
  query DutyResources($filter: EmergencyResourceFilter) {
    emergencyResources(filter: $filter) {
      id
      kind
      name
      regionCode
      departmentCode
      base
      teamType
      headcount
      onDuty
      leader
      dutyPhone
      lastDrillOn
      ready
      stock { code name quantity unit condition expiresOn ready }
    }
  }
`);

export const DutyRostersQuery = graphql(`
  query DutyRosters {
    dutyRoleRules { version source city district }
    dutyRosters {
      id
      version
      level
      regionCode
      departmentCode
      requiredRoles
      openHandoverItems
      shifts { key date name startsAt endsAt assignments { role name phone presence } }
      swaps { id shift role fromName toName reason status }
      handovers { id at fromShift toShift pendingItems notes confirmedAt confirmedBy }
    }
  }
`);

export const PublishRosterMutation = graphql(`
  mutation DutyPublishRoster($input: PublishRosterInput!) { publishRoster(input: $input) { id version } }
`);

export const RequestSwapMutation = graphql(`
  mutation DutyRequestSwap($input: RequestDutySwapInput!) { requestDutySwap(input: $input) { id version } }
`);

export const DecideSwapMutation = graphql(`
  mutation DutyDecideSwap($input: DecideDutySwapInput!) { decideDutySwap(input: $input) { id version } }
`);

export const PresenceMutation = graphql(`
  mutation DutyRecordPresence($input: RecordDutyPresenceInput!) { recordDutyPresence(input: $input) { id version } }
`);

export const HandOverMutation = graphql(`
  mutation DutyHandOver($input: HandOverDutyInput!) { handOverDuty(input: $input) { id version } }
`);

export const ConfirmHandoverMutation = graphql(`
  mutation DutyConfirmHandover($input: ConfirmHandoverInput!) { confirmHandover(input: $input) { id version } }
`);

export const DutyLogQuery = graphql(`
  query DutyLog {
    dutyLog {
      id
      version
      regionCode
      departmentCode
      receivedAt
      channel
      reporter
      reporterPhone
      place
      summary
      casualties { deaths injuries missing }
      measures
      instructions
      incidentId
      notified { whom at by }
    }
  }
`);

export const LogEntryMutation = graphql(`
  mutation DutyRecordLogEntry($input: RecordDutyLogEntryInput!) { recordDutyLogEntry(input: $input) { id version } }
`);

export const NotificationMutation = graphql(`
  mutation DutyRecordNotification($input: RecordDutyNotificationInput!) { recordDutyNotification(input: $input) { id version } }
`);

export const IncidentsQuery = graphql(`
  query DutyIncidents($filter: IncidentFilter) {
    incidents(filter: $filter) {
      id
      version
      title
      level
      sector
      regionCode
      departmentCode
      place
      summary
      happenedAt
      receivedAt
      closedAt
      rulesVersion
      rulesSource
      casualties { deaths injuries missing }
      reports { key kind dueAt filedAt late warnedAt missedAt }
    }
  }
`);

export const RecordIncidentMutation = graphql(`
  mutation DutyRecordIncident($input: RecordIncidentInput!) { recordIncident(input: $input) { id version } }
`);

export const FileReportMutation = graphql(`
  mutation DutyFileIncidentReport($input: FileIncidentReportInput!) { fileIncidentReport(input: $input) { id version } }
`);

export const CasualtyChangeMutation = graphql(`
  mutation DutyReportCasualtyChange($input: ReportCasualtyChangeInput!) { reportCasualtyChange(input: $input) { id version } }
`);

export const CloseIncidentMutation = graphql(`
  mutation DutyCloseIncident($input: CloseIncidentInput!) { closeIncident(input: $input) { id version } }
`);
