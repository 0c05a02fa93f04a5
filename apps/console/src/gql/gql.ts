/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditHistory($id: ID!) {\n    hazardHistory(id: $id) {\n      eventId\n      version\n      type\n      actor\n      actorName\n      occurredAt\n      recordedAt\n      hash\n    }\n  }\n": typeof types.AuditHistoryDocument,
    "\n  query AuditAsOf($id: ID!, $at: DateTime!, $basis: AsOfBasis) {\n    hazardAsOf(id: $id, at: $at, basis: $basis) {\n      code\n      status\n      level\n      deadline\n      escalationLevel\n      version\n    }\n  }\n": typeof types.AuditAsOfDocument,
    "\n  fragment HazardDetailFields on Hazard {\n    id\n    code\n    title\n    description\n    status\n    level\n    sector\n    source\n    regionCode\n    departmentCode\n    enterpriseName\n    enterpriseCreditCode\n    location\n    judgementBasis\n    foundAt\n    reportedAt\n    reportedBy { sub name }\n    deadline\n    originalDeadline\n    overdue\n    escalationLevel\n    pendingVerification\n    progressPercent\n    rejectionCount\n    extensionsApproved\n    rectifiedAt\n    cancelReason\n    updatedAt\n    version\n    nextClock { kind dueAt level }\n    listing { listingLevel supervisingUnit documentNumber signer listedAt listedBy { sub name } policyId }\n    plan { responsibleUnit responsiblePerson responsiblePhone measures fundingAmount fundingSource contingencyPlan }\n    suspension { scope reason checkInterval suspendedAt lastCheckAt checkCount productionObservedCount monitors { name phone account } }\n    submission { summary evidenceHashes onSpot submittedAt submittedBy { sub name } }\n    extensionRequest { requestedDeadline reason requestedAt requestedBy { sub name } }\n    regradeRequest { to reason requestedAt requestedBy { sub name } }\n    escalations { level at notify reason }\n    enforcementActions { kind amount at decisionNumber }\n    evidence { sha256 mediaType fileName takenAt latitude longitude uploadedByName url }\n  }\n": typeof types.HazardDetailFieldsFragmentDoc,
    "\n  query HazardDetail($id: ID!) {\n    hazard(id: $id) {\n      ...HazardDetailFields\n      history {\n        eventId\n        version\n        type\n        actor\n        actorName\n        actorRoles\n        occurredAt\n        recordedAt\n        data\n        hash\n      }\n    }\n  }\n": typeof types.HazardDetailDocument,
    "\n  mutation CommandListHazard($input: ListHazardInput!) { listHazard(input: $input) { hazard { ...HazardDetailFields } } }\n": typeof types.CommandListHazardDocument,
    "\n  mutation CommandSuperviseHazard($input: SuperviseHazardInput!) { superviseHazard(input: $input) { hazard { ...HazardDetailFields } } }\n": typeof types.CommandSuperviseHazardDocument,
    "\n  mutation CommandReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { hazard { ...HazardDetailFields } } }\n": typeof types.CommandReportProgressDocument,
    "\n  mutation CommandSubmitRectification($input: SubmitRectificationInput!) { submitRectification(input: $input) { hazard { ...HazardDetailFields } } }\n": typeof types.CommandSubmitRectificationDocument,
    "\n  mutation CommandVerifyRectification($input: VerifyRectificationInput!) { verifyRectification(input: $input) { hazard { ...HazardDetailFields } } }\n": typeof types.CommandVerifyRectificationDocument,
    "\n  mutation CommandRectifyOnSpot($input: RectifyOnSpotInput!) { rectifyOnSpot(input: $input) { hazard { ...HazardDetailFields } } }\n": typeof types.CommandRectifyOnSpotDocument,
    "\n  mutation CommandRequestDeadlineExtension($input: RequestDeadlineExtensionInput!) { requestDeadlineExtension(input: $input) { hazard { ...HazardDetailFields } } }\n": typeof types.CommandRequestDeadlineExtensionDocument,
    "\n  mutation CommandDecideDeadlineExtension($input: DecideDeadlineExtensionInput!) { decideDeadlineExtension(input: $input) { hazard { ...HazardDetailFields } } }\n": typeof types.CommandDecideDeadlineExtensionDocument,
    "\n  mutation CommandSuspendOperations($input: SuspendOperationsInput!) { suspendOperations(input: $input) { hazard { ...HazardDetailFields } } }\n": typeof types.CommandSuspendOperationsDocument,
    "\n  mutation CommandRecordStandbyCheck($input: RecordStandbyCheckInput!) { recordStandbyCheck(input: $input) { hazard { ...HazardDetailFields } } }\n": typeof types.CommandRecordStandbyCheckDocument,
    "\n  mutation CommandRecordEnforcement($input: RecordEnforcementInput!) { recordEnforcement(input: $input) { hazard { ...HazardDetailFields } } }\n": typeof types.CommandRecordEnforcementDocument,
    "\n  mutation CommandCancelHazard($input: CancelHazardInput!) { cancelHazard(input: $input) { hazard { ...HazardDetailFields } } }\n": typeof types.CommandCancelHazardDocument,
    "\n  mutation CommandResumeOperations($input: ResumeOperationsInput!) { resumeOperations(input: $input) { hazard { ...HazardDetailFields } } }\n": typeof types.CommandResumeOperationsDocument,
    "\n  mutation CommandRotateStandbyMonitors($input: RotateStandbyMonitorsInput!) { rotateStandbyMonitors(input: $input) { hazard { ...HazardDetailFields } } }\n": typeof types.CommandRotateStandbyMonitorsDocument,
    "\n  mutation CommandRequestRegrade($input: RequestRegradeInput!) { requestRegrade(input: $input) { hazard { ...HazardDetailFields } } }\n": typeof types.CommandRequestRegradeDocument,
    "\n  mutation CommandDecideRegrade($input: DecideRegradeInput!) { decideRegrade(input: $input) { hazard { ...HazardDetailFields } } }\n": typeof types.CommandDecideRegradeDocument,
    "\n  mutation CommandTransferHazard($input: TransferHazardInput!) { transferHazard(input: $input) { hazard { ...HazardDetailFields } } }\n": typeof types.CommandTransferHazardDocument,
    "\n  mutation CommandAmendEnterprise($input: AmendEnterpriseInput!) { amendEnterprise(input: $input) { hazard { ...HazardDetailFields } } }\n": typeof types.CommandAmendEnterpriseDocument,
    "\n  mutation CommandIssueSupervisionLetter($input: IssueSupervisionLetterInput!) { issueSupervisionLetter(input: $input) { hazard { ...HazardDetailFields } } }\n": typeof types.CommandIssueSupervisionLetterDocument,
    "\n  mutation CommandRecordInterview($input: RecordInterviewInput!) { recordInterview(input: $input) { hazard { ...HazardDetailFields } } }\n": typeof types.CommandRecordInterviewDocument,
    "\n  mutation CommandRaiseListingLevel($input: RaiseListingLevelInput!) { raiseListingLevel(input: $input) { hazard { ...HazardDetailFields } } }\n": typeof types.CommandRaiseListingLevelDocument,
    "\n  query HazardRegionNames { regions { code name } departments { code name } }\n": typeof types.HazardRegionNamesDocument,
    "\n  subscription LiveHazardEvent {\n    hazardEvents {\n      hazardId\n      version\n      type\n      occurredAt\n      recordedAt\n      actor\n    }\n  }\n": typeof types.LiveHazardEventDocument,
    "\n  mutation CommandReportHazard($input: ReportHazardInput!) { reportHazard(input: $input) { hazard { id code } } }\n": typeof types.CommandReportHazardDocument,
    "\n  query AuditHazard($id: ID!) {\n    hazard(id: $id) {\n      id\n      code\n      title\n      enterpriseName\n      status\n      level\n      version\n    }\n  }\n": typeof types.AuditHazardDocument,
    "\n  query AuditVerify($id: ID!) {\n    verifyHazardHistory(id: $id) {\n      ok\n      eventCount\n      firstBadVersion\n      headHash\n      matchesReadModel\n      matchesCheckpoint\n      matchesWorkflow\n      checkpointId\n      reason\n      reasons\n    }\n  }\n": typeof types.AuditVerifyDocument,
    "\n  query AuditLookup($search: String!) {\n    hazards(filter: { search: $search }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          title\n          enterpriseName\n        }\n      }\n    }\n  }\n": typeof types.AuditLookupDocument,
    "\n  query AuditBundle($id: ID!) {\n    hazardAuditBundle(id: $id)\n  }\n": typeof types.AuditBundleDocument,
    "\n  query ReportDepartments {\n    departments {\n      code\n      name\n    }\n  }\n": typeof types.ReportDepartmentsDocument,
    "\n  query ReportDaily($date: String!, $departmentCode: String!) {\n    dailyReport(date: $date, departmentCode: $departmentCode) {\n      date\n      departmentCode\n      departmentName\n      status\n      cutoff\n      contentHash\n      xlsxSha256\n      submittedAt\n      submittedBy\n      late\n      escalatedAt\n      previousReportDate\n      xlsxUrl\n      csvUrls\n      attachment1 {\n        ...ReportHazardRowFields\n      }\n      attachment2 {\n        ...ReportHazardRowFields\n      }\n      attachment3 {\n        byRegion {\n          ...ReportStatisticsRowFields\n        }\n        bySector {\n          ...ReportStatisticsRowFields\n        }\n        total {\n          ...ReportStatisticsRowFields\n        }\n      }\n    }\n  }\n  fragment ReportHazardRowFields on ReportHazardRow {\n    hazardId\n    seq\n    code\n    region\n    sector\n    enterpriseName\n    level\n    foundDate\n    deadline\n    status\n    overdue\n    completedDate\n    verification\n    closedDate\n    newlyRectified\n  }\n  fragment ReportStatisticsRowFields on ReportStatisticsRow {\n    label\n    foundGeneral\n    foundMajor\n    bySelfInspection\n    byDepartment\n    byCovert\n    byOther\n    rectifiedGeneral\n    rectifiedMajor\n    rectificationRate\n    onTimeRate\n    openNotDue\n    openOverdue\n    listedCounty\n    listedCity\n    listedProvince\n    listedClosed\n    suspended\n    suspendedWithMonitors\n    fines\n    fineAmount\n    suspensionsForRectification\n    closures\n    newToday\n    closedToday\n    cumulative\n  }\n": typeof types.ReportDailyDocument,
    "\n  mutation ReportSubmitDaily($input: SubmitDailyReportInput!) {\n    submitDailyReport(input: $input) {\n      date\n      departmentCode\n      status\n      submittedAt\n      contentHash\n      late\n    }\n  }\n": typeof types.ReportSubmitDailyDocument,
    "\n  query ReportSubmissions($date: String!) {\n    reportSubmissions(date: $date) {\n      departmentCode\n      departmentName\n      status\n      submittedAt\n      submittedBy\n      late\n      escalatedAt\n      contentHash\n    }\n  }\n": typeof types.ReportSubmissionsDocument,
    "\n  query InboxCounts {\n    toList: hazards(filter: { status: [FOUND], level: MAJOR }, first: 5) { totalCount edges { node { id code title deadline } } }\n    toSupervise: hazards(filter: { status: [LISTED] }, first: 5) { totalCount edges { node { id code title deadline } } }\n    toRectify: hazards(filter: { status: [SUPERVISED, SUSPENDED], pendingVerification: false }, first: 5) { totalCount edges { node { id code title deadline } } }\n    toVerify: hazards(filter: { pendingVerification: true }, first: 100) {\n      totalCount\n      edges { node { id code title deadline submission { submittedBy { sub } } } }\n    }\n    extensions: hazards(filter: { extensionRequested: true }, first: 100) {\n      totalCount\n      edges { node { id code title deadline extensionRequest { requestedBy { sub } } } }\n    }\n    overdue: hazards(filter: { overdue: true }, first: 5) { totalCount edges { node { id code title deadline } } }\n    standby: hazards(filter: { status: [SUSPENDED] }, first: 5) { totalCount edges { node { id code title deadline } } }\n  }\n": typeof types.InboxCountsDocument,
    "\n  query OverdueHazards($after: String) {\n    hazards(filter: { overdue: true }, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          code\n          title\n          enterpriseName\n          regionCode\n          level\n          sector\n          deadline\n          escalationLevel\n          status\n        }\n      }\n    }\n  }\n": typeof types.OverdueHazardsDocument,
    "\n  query OverdueRegions {\n    regions {\n      code\n      name\n      kind\n    }\n  }\n": typeof types.OverdueRegionsDocument,
    "\n  query DutyNames { regions { code name } departments { code name } }\n": typeof types.DutyNamesDocument,
    "\n  query DutyDesk($at: DateTime!) {\n    dutySummary(at: $at) {\n      at\n      date\n      dutyLeaders\n      openHandoverItems\n      teams\n      teamsReady\n      depots\n      depotsReady\n      peopleOnDuty\n      stockExpiringSoon\n    }\n    dutyRosters(at: $at) {\n      id\n      level\n      regionCode\n      departmentCode\n      shifts { key date name startsAt endsAt assignments { role name phone presence } }\n    }\n    incidents(filter: { open: true }) {\n      id\n      title\n      level\n      regionCode\n      reports { key kind dueAt filedAt late warnedAt missedAt }\n    }\n  }\n": typeof types.DutyDeskDocument,
    "\n  query DutyResources($filter: EmergencyResourceFilter) {\n    emergencyResources(filter: $filter) {\n      id\n      kind\n      name\n      regionCode\n      departmentCode\n      base\n      teamType\n      headcount\n      onDuty\n      leader\n      dutyPhone\n      lastDrillOn\n      ready\n      stock { code name quantity unit condition expiresOn ready }\n    }\n  }\n": typeof types.DutyResourcesDocument,
    "\n  query DutyRosters {\n    dutyRoleRules { version source city district }\n    dutyRosters {\n      id\n      version\n      level\n      regionCode\n      departmentCode\n      requiredRoles\n      openHandoverItems\n      shifts { key date name startsAt endsAt assignments { role name phone presence } }\n      swaps { id shift role fromName toName reason status }\n      handovers { id at fromShift toShift pendingItems notes confirmedAt confirmedBy }\n    }\n  }\n": typeof types.DutyRostersDocument,
    "\n  mutation DutyPublishRoster($input: PublishRosterInput!) { publishRoster(input: $input) { id version } }\n": typeof types.DutyPublishRosterDocument,
    "\n  mutation DutyRequestSwap($input: RequestDutySwapInput!) { requestDutySwap(input: $input) { id version } }\n": typeof types.DutyRequestSwapDocument,
    "\n  mutation DutyDecideSwap($input: DecideDutySwapInput!) { decideDutySwap(input: $input) { id version } }\n": typeof types.DutyDecideSwapDocument,
    "\n  mutation DutyRecordPresence($input: RecordDutyPresenceInput!) { recordDutyPresence(input: $input) { id version } }\n": typeof types.DutyRecordPresenceDocument,
    "\n  mutation DutyHandOver($input: HandOverDutyInput!) { handOverDuty(input: $input) { id version } }\n": typeof types.DutyHandOverDocument,
    "\n  mutation DutyConfirmHandover($input: ConfirmHandoverInput!) { confirmHandover(input: $input) { id version } }\n": typeof types.DutyConfirmHandoverDocument,
    "\n  query DutyLog {\n    dutyLog {\n      id\n      version\n      regionCode\n      departmentCode\n      receivedAt\n      channel\n      reporter\n      reporterPhone\n      place\n      summary\n      casualties { deaths injuries missing }\n      measures\n      instructions\n      incidentId\n      notified { whom at by }\n    }\n  }\n": typeof types.DutyLogDocument,
    "\n  mutation DutyRecordLogEntry($input: RecordDutyLogEntryInput!) { recordDutyLogEntry(input: $input) { id version } }\n": typeof types.DutyRecordLogEntryDocument,
    "\n  mutation DutyRecordNotification($input: RecordDutyNotificationInput!) { recordDutyNotification(input: $input) { id version } }\n": typeof types.DutyRecordNotificationDocument,
    "\n  query DutyIncidents($filter: IncidentFilter) {\n    incidents(filter: $filter) {\n      id\n      version\n      title\n      level\n      sector\n      regionCode\n      departmentCode\n      place\n      summary\n      happenedAt\n      receivedAt\n      closedAt\n      rulesVersion\n      rulesSource\n      casualties { deaths injuries missing }\n      reports { key kind dueAt filedAt late warnedAt missedAt }\n    }\n  }\n": typeof types.DutyIncidentsDocument,
    "\n  mutation DutyRecordIncident($input: RecordIncidentInput!) { recordIncident(input: $input) { id version } }\n": typeof types.DutyRecordIncidentDocument,
    "\n  mutation DutyFileIncidentReport($input: FileIncidentReportInput!) { fileIncidentReport(input: $input) { id version } }\n": typeof types.DutyFileIncidentReportDocument,
    "\n  mutation DutyReportCasualtyChange($input: ReportCasualtyChangeInput!) { reportCasualtyChange(input: $input) { id version } }\n": typeof types.DutyReportCasualtyChangeDocument,
    "\n  mutation DutyCloseIncident($input: CloseIncidentInput!) { closeIncident(input: $input) { id version } }\n": typeof types.DutyCloseIncidentDocument,
    "\n  query HazardListPage($filter: HazardFilter, $first: Int, $after: String, $offset: Int, $withCount: Boolean!) {\n    hazards(filter: $filter, first: $first, after: $after, offset: $offset) {\n      totalCount @include(if: $withCount)\n      totalCountCapped @include(if: $withCount)\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id code title level status enterpriseName regionCode deadline overdue escalationLevel foundAt version } }\n    }\n  }\n": typeof types.HazardListPageDocument,
    "\n  query HazardListRegions { regions { code name } departments { code name } }\n": typeof types.HazardListRegionsDocument,
    "\n  query HazardListRow($id: ID!) { hazard(id: $id) { id code title level status enterpriseName regionCode deadline overdue escalationLevel foundAt version } }\n": typeof types.HazardListRowDocument,
    "\n  query OversightCampaigns {\n    campaigns {\n      id\n      name\n      from\n      to\n      regions\n      sectors\n      measures { specialMeeting supervisionRounds listedMajorHazards penaltyCases }\n    }\n  }\n": typeof types.OversightCampaignsDocument,
    "\n  query OversightCampaignProgress($id: ID!) {\n    campaignProgress(id: $id) {\n      campaign {\n        id\n        version\n        name\n        from\n        to\n        regions\n        sectors\n        teams { name leader leaderLed members experts }\n        measures { specialMeeting supervisionRounds listedMajorHazards penaltyCases }\n        meetings { heldOn chairedBy decisions heldBy { kind code } }\n        supervisionRounds\n        listedHazards\n        penaltyCases\n      }\n      meetings\n      supervisionRounds\n      leaderLedRounds\n      covertRounds\n      supervisionFindings\n      listedMajorHazards\n      listedMajorHazardsRectified\n      penaltyCases\n      hazardsFound\n      hazardsRectified\n      rectificationRate\n      coverage { regionCode sector found major rectified }\n      uncovered { regionCode sector }\n      units { kind code meetingHeld supervisionRounds listedMajorHazards listedMajorHazardsRectified penaltyCases hazardsFound hazardsRectified }\n    }\n  }\n": typeof types.OversightCampaignProgressDocument,
    "\n  query Oversights($kind: String) {\n    oversights(kind: $kind) {\n      id\n      version\n      kind\n      title\n      openedAt\n      targetKind\n      targetCode\n      targetName\n      method\n      leaderLed\n      leader\n      enterpriseName\n      enterpriseCreditCode\n      bodyName\n      item { code name }\n      inspectors { name certificateNo }\n      approvalDocument\n      findings { at description kind }\n      notices { at kind documentNumber note }\n    }\n  }\n": typeof types.OversightsDocument,
    "\n  query OversightInspectionHazards {\n    hazards(filter: { originKind: INSPECTION }, first: 100) { edges { node { id code title level origin { reference } } } }\n  }\n": typeof types.OversightInspectionHazardsDocument,
    "\n  query OversightListedMajorHazards {\n    hazards(filter: { level: MAJOR, status: [LISTED, SUPERVISED, SUSPENDED] }, first: 100) { edges { node { id code title regionCode } } }\n  }\n": typeof types.OversightListedMajorHazardsDocument,
    "\n  query OversightEnforcementBodies { enforcementBodies { code name departmentCode items { code name } } }\n": typeof types.OversightEnforcementBodiesDocument,
    "\n  mutation OversightCreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { id version } }\n": typeof types.OversightCreateCampaignDocument,
    "\n  mutation OversightRecordMeeting($input: RecordSpecialMeetingInput!) { recordSpecialMeeting(input: $input) { id version } }\n": typeof types.OversightRecordMeetingDocument,
    "\n  mutation OversightAddRound($input: AddSupervisionRoundInput!) { addSupervisionRound(input: $input) { id version } }\n": typeof types.OversightAddRoundDocument,
    "\n  mutation OversightAddListed($input: AddListedHazardInput!) { addListedHazard(input: $input) { id version } }\n": typeof types.OversightAddListedDocument,
    "\n  mutation OversightOpenCase($input: OpenPenaltyCaseInput!) { openPenaltyCase(input: $input) { id version } }\n": typeof types.OversightOpenCaseDocument,
    "\n  mutation OversightOpenSupervision($input: OpenSupervisionInput!) { openSupervision(input: $input) { id version } }\n": typeof types.OversightOpenSupervisionDocument,
    "\n  mutation OversightSupervisionFinding($input: RecordSupervisionFindingInput!) { recordSupervisionFinding(input: $input) { id version } }\n": typeof types.OversightSupervisionFindingDocument,
    "\n  mutation OversightNotice($input: IssueSupervisionNoticeInput!) { issueSupervisionNotice(input: $input) { id version } }\n": typeof types.OversightNoticeDocument,
    "\n  mutation OversightOpenInspection($input: OpenInspectionInput!) { openInspection(input: $input) { id version } }\n": typeof types.OversightOpenInspectionDocument,
    "\n  mutation OversightInspectionFinding($input: RecordInspectionFindingInput!) { recordInspectionFinding(input: $input) { inspection { id version } hazard { id code } } }\n": typeof types.OversightInspectionFindingDocument,
    "\n  query RegisterOverview($regionCode: String) {\n    registerOverview(regionCode: $regionCode) {\n      regionCode\n      sector\n      enterprises\n      keyUnits\n      keyUnitsByColour { red orange yellow blue }\n      keyUnitsVerifiedOnSite\n      keyParts\n      keyPartsVerifiedOnSite\n      majorHazardSources\n      majorHazardSourcesByLevel\n      majorHazardSourcesVerifiedOnSite\n      majorHazardSourcesWithOverduePatrols\n      majorHazardSourcesWithVacantRoles\n    }\n  }\n": typeof types.RegisterOverviewDocument,
    "\n  query RegisterEnterprises($filter: EnterpriseFilterInput) {\n    enterprises(filter: $filter) {\n      id\n      creditCode\n      version\n      name\n      regionCode\n      departmentCode\n      sector\n      address\n      keyUnit { riskColour riskColourLabel basis since }\n      keyParts { id name location responsibleName responsiblePhone siteVerification { at result } }\n      majorHazardSources { id name }\n      siteVerification { at result verifiers discrepancies evidenceHashes }\n    }\n  }\n": typeof types.RegisterEnterprisesDocument,
    "\n  query RegisterSources($filter: MajorHazardSourceFilter) {\n    majorHazardSources(filter: $filter) {\n      id\n      version\n      name\n      enterpriseName\n      enterpriseCreditCode\n      unitKind\n      location\n      regionCode\n      departmentCode\n      assessment { isMajor level r population500m assessedAt reassessBy }\n      reassessmentDue\n      responsiblePersons { role roleLabel name phone lastPatrolAt patrolOverdue patrolOverdueReason }\n      vacantRoles\n      overduePatrols\n      siteVerification { at result verifiers discrepancies evidenceHashes }\n    }\n  }\n": typeof types.RegisterSourcesDocument,
    "\n  query RegisterGrade($input: MajorHazardGradeInput!) {\n    majorHazardGrade(input: $input) {\n      standard\n      isMajor\n      level\n      r\n      s\n      alpha\n      terms { name quantityTonnes criticalQuantity beta ratio }\n    }\n  }\n": typeof types.RegisterGradeDocument,
    "\n  mutation RegisterRecordPatrol($input: RecordPatrolInput!) {\n    recordPatrol(input: $input) { source { id version overduePatrols } hazards { id code } }\n  }\n": typeof types.RegisterRecordPatrolDocument,
    "\n  mutation RegisterVerifySource($input: VerifySourceOnSiteInput!) {\n    verifySourceOnSite(input: $input) { source { id version } hazards { id code } }\n  }\n": typeof types.RegisterVerifySourceDocument,
    "\n  mutation RegisterVerifyEnterprise($input: VerifyEnterpriseOnSiteInput!) {\n    verifyEnterpriseOnSite(input: $input) { enterprise { id version } hazards { id code } }\n  }\n": typeof types.RegisterVerifyEnterpriseDocument,
    "\n  query RegisterChemicals { hazardousChemicals { name cas aliases criticalQuantity beta standard } }\n": typeof types.RegisterChemicalsDocument,
    "\n  query RegisterCadence { patrolCadence { version source savedAt rules { role everyDays beforeHolidaysWithinDays beforeMajorEventsWithinDays } } }\n": typeof types.RegisterCadenceDocument,
    "\n  mutation RegisterEnterprise($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id creditCode version } }\n": typeof types.RegisterEnterpriseDocument,
    "\n  mutation RegisterDesignateKeyUnit($input: DesignateKeyUnitInput!) { designateKeyUnit(input: $input) { id version keyUnit { riskColour } } }\n": typeof types.RegisterDesignateKeyUnitDocument,
    "\n  mutation RegisterAddKeyPart($input: AddKeyPartInput!) { addKeyPart(input: $input) { id version } }\n": typeof types.RegisterAddKeyPartDocument,
    "\n  mutation RegisterSource($input: RegisterMajorHazardSourceInput!) { registerMajorHazardSource(input: $input) { id version } }\n": typeof types.RegisterSourceDocument,
    "\n  mutation RegisterAssessSource($input: AssessMajorHazardSourceInput!) { assessMajorHazardSource(input: $input) { id version assessment { level isMajor r } } }\n": typeof types.RegisterAssessSourceDocument,
    "\n  mutation RegisterAssignPerson($input: AssignResponsiblePersonInput!) { assignResponsiblePerson(input: $input) { id version vacantRoles } }\n": typeof types.RegisterAssignPersonDocument,
    "\n  query PeriodReport($from: String!, $to: String!, $departmentCode: String!, $regionCode: String) {\n    periodReport(from: $from, to: $to, departmentCode: $departmentCode, regionCode: $regionCode) {\n      kind\n      from\n      to\n      departmentCode\n      departmentName\n      regionCode\n      unitName\n      tier\n      status\n      cutoff\n      contentHash\n      xlsxSha256\n      xlsxUrl\n      csvUrls\n      dueAt\n      late\n      submittedAt\n      submittedBy\n      documentNumber\n      receipt { number submittedAt submittedBy late dueAt documentNumber contentHash }\n      attachment1 { ...ReportHazardRowFields }\n      attachment2 { ...ReportHazardRowFields }\n      attachment3 {\n        byRegion { ...ReportStatisticsRowFields }\n        bySector { ...ReportStatisticsRowFields }\n        total { ...ReportStatisticsRowFields }\n      }\n    }\n  }\n": typeof types.PeriodReportDocument,
    "\n  mutation SubmitPeriodReport($input: SubmitPeriodReportInput!) {\n    submitPeriodReport(input: $input) {\n      from\n      to\n      status\n      contentHash\n      receipt { number submittedAt late }\n    }\n  }\n": typeof types.SubmitPeriodReportDocument,
};
const documents: Documents = {
    "\n  query AuditHistory($id: ID!) {\n    hazardHistory(id: $id) {\n      eventId\n      version\n      type\n      actor\n      actorName\n      occurredAt\n      recordedAt\n      hash\n    }\n  }\n": types.AuditHistoryDocument,
    "\n  query AuditAsOf($id: ID!, $at: DateTime!, $basis: AsOfBasis) {\n    hazardAsOf(id: $id, at: $at, basis: $basis) {\n      code\n      status\n      level\n      deadline\n      escalationLevel\n      version\n    }\n  }\n": types.AuditAsOfDocument,
    "\n  fragment HazardDetailFields on Hazard {\n    id\n    code\n    title\n    description\n    status\n    level\n    sector\n    source\n    regionCode\n    departmentCode\n    enterpriseName\n    enterpriseCreditCode\n    location\n    judgementBasis\n    foundAt\n    reportedAt\n    reportedBy { sub name }\n    deadline\n    originalDeadline\n    overdue\n    escalationLevel\n    pendingVerification\n    progressPercent\n    rejectionCount\n    extensionsApproved\n    rectifiedAt\n    cancelReason\n    updatedAt\n    version\n    nextClock { kind dueAt level }\n    listing { listingLevel supervisingUnit documentNumber signer listedAt listedBy { sub name } policyId }\n    plan { responsibleUnit responsiblePerson responsiblePhone measures fundingAmount fundingSource contingencyPlan }\n    suspension { scope reason checkInterval suspendedAt lastCheckAt checkCount productionObservedCount monitors { name phone account } }\n    submission { summary evidenceHashes onSpot submittedAt submittedBy { sub name } }\n    extensionRequest { requestedDeadline reason requestedAt requestedBy { sub name } }\n    regradeRequest { to reason requestedAt requestedBy { sub name } }\n    escalations { level at notify reason }\n    enforcementActions { kind amount at decisionNumber }\n    evidence { sha256 mediaType fileName takenAt latitude longitude uploadedByName url }\n  }\n": types.HazardDetailFieldsFragmentDoc,
    "\n  query HazardDetail($id: ID!) {\n    hazard(id: $id) {\n      ...HazardDetailFields\n      history {\n        eventId\n        version\n        type\n        actor\n        actorName\n        actorRoles\n        occurredAt\n        recordedAt\n        data\n        hash\n      }\n    }\n  }\n": types.HazardDetailDocument,
    "\n  mutation CommandListHazard($input: ListHazardInput!) { listHazard(input: $input) { hazard { ...HazardDetailFields } } }\n": types.CommandListHazardDocument,
    "\n  mutation CommandSuperviseHazard($input: SuperviseHazardInput!) { superviseHazard(input: $input) { hazard { ...HazardDetailFields } } }\n": types.CommandSuperviseHazardDocument,
    "\n  mutation CommandReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { hazard { ...HazardDetailFields } } }\n": types.CommandReportProgressDocument,
    "\n  mutation CommandSubmitRectification($input: SubmitRectificationInput!) { submitRectification(input: $input) { hazard { ...HazardDetailFields } } }\n": types.CommandSubmitRectificationDocument,
    "\n  mutation CommandVerifyRectification($input: VerifyRectificationInput!) { verifyRectification(input: $input) { hazard { ...HazardDetailFields } } }\n": types.CommandVerifyRectificationDocument,
    "\n  mutation CommandRectifyOnSpot($input: RectifyOnSpotInput!) { rectifyOnSpot(input: $input) { hazard { ...HazardDetailFields } } }\n": types.CommandRectifyOnSpotDocument,
    "\n  mutation CommandRequestDeadlineExtension($input: RequestDeadlineExtensionInput!) { requestDeadlineExtension(input: $input) { hazard { ...HazardDetailFields } } }\n": types.CommandRequestDeadlineExtensionDocument,
    "\n  mutation CommandDecideDeadlineExtension($input: DecideDeadlineExtensionInput!) { decideDeadlineExtension(input: $input) { hazard { ...HazardDetailFields } } }\n": types.CommandDecideDeadlineExtensionDocument,
    "\n  mutation CommandSuspendOperations($input: SuspendOperationsInput!) { suspendOperations(input: $input) { hazard { ...HazardDetailFields } } }\n": types.CommandSuspendOperationsDocument,
    "\n  mutation CommandRecordStandbyCheck($input: RecordStandbyCheckInput!) { recordStandbyCheck(input: $input) { hazard { ...HazardDetailFields } } }\n": types.CommandRecordStandbyCheckDocument,
    "\n  mutation CommandRecordEnforcement($input: RecordEnforcementInput!) { recordEnforcement(input: $input) { hazard { ...HazardDetailFields } } }\n": types.CommandRecordEnforcementDocument,
    "\n  mutation CommandCancelHazard($input: CancelHazardInput!) { cancelHazard(input: $input) { hazard { ...HazardDetailFields } } }\n": types.CommandCancelHazardDocument,
    "\n  mutation CommandResumeOperations($input: ResumeOperationsInput!) { resumeOperations(input: $input) { hazard { ...HazardDetailFields } } }\n": types.CommandResumeOperationsDocument,
    "\n  mutation CommandRotateStandbyMonitors($input: RotateStandbyMonitorsInput!) { rotateStandbyMonitors(input: $input) { hazard { ...HazardDetailFields } } }\n": types.CommandRotateStandbyMonitorsDocument,
    "\n  mutation CommandRequestRegrade($input: RequestRegradeInput!) { requestRegrade(input: $input) { hazard { ...HazardDetailFields } } }\n": types.CommandRequestRegradeDocument,
    "\n  mutation CommandDecideRegrade($input: DecideRegradeInput!) { decideRegrade(input: $input) { hazard { ...HazardDetailFields } } }\n": types.CommandDecideRegradeDocument,
    "\n  mutation CommandTransferHazard($input: TransferHazardInput!) { transferHazard(input: $input) { hazard { ...HazardDetailFields } } }\n": types.CommandTransferHazardDocument,
    "\n  mutation CommandAmendEnterprise($input: AmendEnterpriseInput!) { amendEnterprise(input: $input) { hazard { ...HazardDetailFields } } }\n": types.CommandAmendEnterpriseDocument,
    "\n  mutation CommandIssueSupervisionLetter($input: IssueSupervisionLetterInput!) { issueSupervisionLetter(input: $input) { hazard { ...HazardDetailFields } } }\n": types.CommandIssueSupervisionLetterDocument,
    "\n  mutation CommandRecordInterview($input: RecordInterviewInput!) { recordInterview(input: $input) { hazard { ...HazardDetailFields } } }\n": types.CommandRecordInterviewDocument,
    "\n  mutation CommandRaiseListingLevel($input: RaiseListingLevelInput!) { raiseListingLevel(input: $input) { hazard { ...HazardDetailFields } } }\n": types.CommandRaiseListingLevelDocument,
    "\n  query HazardRegionNames { regions { code name } departments { code name } }\n": types.HazardRegionNamesDocument,
    "\n  subscription LiveHazardEvent {\n    hazardEvents {\n      hazardId\n      version\n      type\n      occurredAt\n      recordedAt\n      actor\n    }\n  }\n": types.LiveHazardEventDocument,
    "\n  mutation CommandReportHazard($input: ReportHazardInput!) { reportHazard(input: $input) { hazard { id code } } }\n": types.CommandReportHazardDocument,
    "\n  query AuditHazard($id: ID!) {\n    hazard(id: $id) {\n      id\n      code\n      title\n      enterpriseName\n      status\n      level\n      version\n    }\n  }\n": types.AuditHazardDocument,
    "\n  query AuditVerify($id: ID!) {\n    verifyHazardHistory(id: $id) {\n      ok\n      eventCount\n      firstBadVersion\n      headHash\n      matchesReadModel\n      matchesCheckpoint\n      matchesWorkflow\n      checkpointId\n      reason\n      reasons\n    }\n  }\n": types.AuditVerifyDocument,
    "\n  query AuditLookup($search: String!) {\n    hazards(filter: { search: $search }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          title\n          enterpriseName\n        }\n      }\n    }\n  }\n": types.AuditLookupDocument,
    "\n  query AuditBundle($id: ID!) {\n    hazardAuditBundle(id: $id)\n  }\n": types.AuditBundleDocument,
    "\n  query ReportDepartments {\n    departments {\n      code\n      name\n    }\n  }\n": types.ReportDepartmentsDocument,
    "\n  query ReportDaily($date: String!, $departmentCode: String!) {\n    dailyReport(date: $date, departmentCode: $departmentCode) {\n      date\n      departmentCode\n      departmentName\n      status\n      cutoff\n      contentHash\n      xlsxSha256\n      submittedAt\n      submittedBy\n      late\n      escalatedAt\n      previousReportDate\n      xlsxUrl\n      csvUrls\n      attachment1 {\n        ...ReportHazardRowFields\n      }\n      attachment2 {\n        ...ReportHazardRowFields\n      }\n      attachment3 {\n        byRegion {\n          ...ReportStatisticsRowFields\n        }\n        bySector {\n          ...ReportStatisticsRowFields\n        }\n        total {\n          ...ReportStatisticsRowFields\n        }\n      }\n    }\n  }\n  fragment ReportHazardRowFields on ReportHazardRow {\n    hazardId\n    seq\n    code\n    region\n    sector\n    enterpriseName\n    level\n    foundDate\n    deadline\n    status\n    overdue\n    completedDate\n    verification\n    closedDate\n    newlyRectified\n  }\n  fragment ReportStatisticsRowFields on ReportStatisticsRow {\n    label\n    foundGeneral\n    foundMajor\n    bySelfInspection\n    byDepartment\n    byCovert\n    byOther\n    rectifiedGeneral\n    rectifiedMajor\n    rectificationRate\n    onTimeRate\n    openNotDue\n    openOverdue\n    listedCounty\n    listedCity\n    listedProvince\n    listedClosed\n    suspended\n    suspendedWithMonitors\n    fines\n    fineAmount\n    suspensionsForRectification\n    closures\n    newToday\n    closedToday\n    cumulative\n  }\n": types.ReportDailyDocument,
    "\n  mutation ReportSubmitDaily($input: SubmitDailyReportInput!) {\n    submitDailyReport(input: $input) {\n      date\n      departmentCode\n      status\n      submittedAt\n      contentHash\n      late\n    }\n  }\n": types.ReportSubmitDailyDocument,
    "\n  query ReportSubmissions($date: String!) {\n    reportSubmissions(date: $date) {\n      departmentCode\n      departmentName\n      status\n      submittedAt\n      submittedBy\n      late\n      escalatedAt\n      contentHash\n    }\n  }\n": types.ReportSubmissionsDocument,
    "\n  query InboxCounts {\n    toList: hazards(filter: { status: [FOUND], level: MAJOR }, first: 5) { totalCount edges { node { id code title deadline } } }\n    toSupervise: hazards(filter: { status: [LISTED] }, first: 5) { totalCount edges { node { id code title deadline } } }\n    toRectify: hazards(filter: { status: [SUPERVISED, SUSPENDED], pendingVerification: false }, first: 5) { totalCount edges { node { id code title deadline } } }\n    toVerify: hazards(filter: { pendingVerification: true }, first: 100) {\n      totalCount\n      edges { node { id code title deadline submission { submittedBy { sub } } } }\n    }\n    extensions: hazards(filter: { extensionRequested: true }, first: 100) {\n      totalCount\n      edges { node { id code title deadline extensionRequest { requestedBy { sub } } } }\n    }\n    overdue: hazards(filter: { overdue: true }, first: 5) { totalCount edges { node { id code title deadline } } }\n    standby: hazards(filter: { status: [SUSPENDED] }, first: 5) { totalCount edges { node { id code title deadline } } }\n  }\n": types.InboxCountsDocument,
    "\n  query OverdueHazards($after: String) {\n    hazards(filter: { overdue: true }, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          code\n          title\n          enterpriseName\n          regionCode\n          level\n          sector\n          deadline\n          escalationLevel\n          status\n        }\n      }\n    }\n  }\n": types.OverdueHazardsDocument,
    "\n  query OverdueRegions {\n    regions {\n      code\n      name\n      kind\n    }\n  }\n": types.OverdueRegionsDocument,
    "\n  query DutyNames { regions { code name } departments { code name } }\n": types.DutyNamesDocument,
    "\n  query DutyDesk($at: DateTime!) {\n    dutySummary(at: $at) {\n      at\n      date\n      dutyLeaders\n      openHandoverItems\n      teams\n      teamsReady\n      depots\n      depotsReady\n      peopleOnDuty\n      stockExpiringSoon\n    }\n    dutyRosters(at: $at) {\n      id\n      level\n      regionCode\n      departmentCode\n      shifts { key date name startsAt endsAt assignments { role name phone presence } }\n    }\n    incidents(filter: { open: true }) {\n      id\n      title\n      level\n      regionCode\n      reports { key kind dueAt filedAt late warnedAt missedAt }\n    }\n  }\n": types.DutyDeskDocument,
    "\n  query DutyResources($filter: EmergencyResourceFilter) {\n    emergencyResources(filter: $filter) {\n      id\n      kind\n      name\n      regionCode\n      departmentCode\n      base\n      teamType\n      headcount\n      onDuty\n      leader\n      dutyPhone\n      lastDrillOn\n      ready\n      stock { code name quantity unit condition expiresOn ready }\n    }\n  }\n": types.DutyResourcesDocument,
    "\n  query DutyRosters {\n    dutyRoleRules { version source city district }\n    dutyRosters {\n      id\n      version\n      level\n      regionCode\n      departmentCode\n      requiredRoles\n      openHandoverItems\n      shifts { key date name startsAt endsAt assignments { role name phone presence } }\n      swaps { id shift role fromName toName reason status }\n      handovers { id at fromShift toShift pendingItems notes confirmedAt confirmedBy }\n    }\n  }\n": types.DutyRostersDocument,
    "\n  mutation DutyPublishRoster($input: PublishRosterInput!) { publishRoster(input: $input) { id version } }\n": types.DutyPublishRosterDocument,
    "\n  mutation DutyRequestSwap($input: RequestDutySwapInput!) { requestDutySwap(input: $input) { id version } }\n": types.DutyRequestSwapDocument,
    "\n  mutation DutyDecideSwap($input: DecideDutySwapInput!) { decideDutySwap(input: $input) { id version } }\n": types.DutyDecideSwapDocument,
    "\n  mutation DutyRecordPresence($input: RecordDutyPresenceInput!) { recordDutyPresence(input: $input) { id version } }\n": types.DutyRecordPresenceDocument,
    "\n  mutation DutyHandOver($input: HandOverDutyInput!) { handOverDuty(input: $input) { id version } }\n": types.DutyHandOverDocument,
    "\n  mutation DutyConfirmHandover($input: ConfirmHandoverInput!) { confirmHandover(input: $input) { id version } }\n": types.DutyConfirmHandoverDocument,
    "\n  query DutyLog {\n    dutyLog {\n      id\n      version\n      regionCode\n      departmentCode\n      receivedAt\n      channel\n      reporter\n      reporterPhone\n      place\n      summary\n      casualties { deaths injuries missing }\n      measures\n      instructions\n      incidentId\n      notified { whom at by }\n    }\n  }\n": types.DutyLogDocument,
    "\n  mutation DutyRecordLogEntry($input: RecordDutyLogEntryInput!) { recordDutyLogEntry(input: $input) { id version } }\n": types.DutyRecordLogEntryDocument,
    "\n  mutation DutyRecordNotification($input: RecordDutyNotificationInput!) { recordDutyNotification(input: $input) { id version } }\n": types.DutyRecordNotificationDocument,
    "\n  query DutyIncidents($filter: IncidentFilter) {\n    incidents(filter: $filter) {\n      id\n      version\n      title\n      level\n      sector\n      regionCode\n      departmentCode\n      place\n      summary\n      happenedAt\n      receivedAt\n      closedAt\n      rulesVersion\n      rulesSource\n      casualties { deaths injuries missing }\n      reports { key kind dueAt filedAt late warnedAt missedAt }\n    }\n  }\n": types.DutyIncidentsDocument,
    "\n  mutation DutyRecordIncident($input: RecordIncidentInput!) { recordIncident(input: $input) { id version } }\n": types.DutyRecordIncidentDocument,
    "\n  mutation DutyFileIncidentReport($input: FileIncidentReportInput!) { fileIncidentReport(input: $input) { id version } }\n": types.DutyFileIncidentReportDocument,
    "\n  mutation DutyReportCasualtyChange($input: ReportCasualtyChangeInput!) { reportCasualtyChange(input: $input) { id version } }\n": types.DutyReportCasualtyChangeDocument,
    "\n  mutation DutyCloseIncident($input: CloseIncidentInput!) { closeIncident(input: $input) { id version } }\n": types.DutyCloseIncidentDocument,
    "\n  query HazardListPage($filter: HazardFilter, $first: Int, $after: String, $offset: Int, $withCount: Boolean!) {\n    hazards(filter: $filter, first: $first, after: $after, offset: $offset) {\n      totalCount @include(if: $withCount)\n      totalCountCapped @include(if: $withCount)\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id code title level status enterpriseName regionCode deadline overdue escalationLevel foundAt version } }\n    }\n  }\n": types.HazardListPageDocument,
    "\n  query HazardListRegions { regions { code name } departments { code name } }\n": types.HazardListRegionsDocument,
    "\n  query HazardListRow($id: ID!) { hazard(id: $id) { id code title level status enterpriseName regionCode deadline overdue escalationLevel foundAt version } }\n": types.HazardListRowDocument,
    "\n  query OversightCampaigns {\n    campaigns {\n      id\n      name\n      from\n      to\n      regions\n      sectors\n      measures { specialMeeting supervisionRounds listedMajorHazards penaltyCases }\n    }\n  }\n": types.OversightCampaignsDocument,
    "\n  query OversightCampaignProgress($id: ID!) {\n    campaignProgress(id: $id) {\n      campaign {\n        id\n        version\n        name\n        from\n        to\n        regions\n        sectors\n        teams { name leader leaderLed members experts }\n        measures { specialMeeting supervisionRounds listedMajorHazards penaltyCases }\n        meetings { heldOn chairedBy decisions heldBy { kind code } }\n        supervisionRounds\n        listedHazards\n        penaltyCases\n      }\n      meetings\n      supervisionRounds\n      leaderLedRounds\n      covertRounds\n      supervisionFindings\n      listedMajorHazards\n      listedMajorHazardsRectified\n      penaltyCases\n      hazardsFound\n      hazardsRectified\n      rectificationRate\n      coverage { regionCode sector found major rectified }\n      uncovered { regionCode sector }\n      units { kind code meetingHeld supervisionRounds listedMajorHazards listedMajorHazardsRectified penaltyCases hazardsFound hazardsRectified }\n    }\n  }\n": types.OversightCampaignProgressDocument,
    "\n  query Oversights($kind: String) {\n    oversights(kind: $kind) {\n      id\n      version\n      kind\n      title\n      openedAt\n      targetKind\n      targetCode\n      targetName\n      method\n      leaderLed\n      leader\n      enterpriseName\n      enterpriseCreditCode\n      bodyName\n      item { code name }\n      inspectors { name certificateNo }\n      approvalDocument\n      findings { at description kind }\n      notices { at kind documentNumber note }\n    }\n  }\n": types.OversightsDocument,
    "\n  query OversightInspectionHazards {\n    hazards(filter: { originKind: INSPECTION }, first: 100) { edges { node { id code title level origin { reference } } } }\n  }\n": types.OversightInspectionHazardsDocument,
    "\n  query OversightListedMajorHazards {\n    hazards(filter: { level: MAJOR, status: [LISTED, SUPERVISED, SUSPENDED] }, first: 100) { edges { node { id code title regionCode } } }\n  }\n": types.OversightListedMajorHazardsDocument,
    "\n  query OversightEnforcementBodies { enforcementBodies { code name departmentCode items { code name } } }\n": types.OversightEnforcementBodiesDocument,
    "\n  mutation OversightCreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { id version } }\n": types.OversightCreateCampaignDocument,
    "\n  mutation OversightRecordMeeting($input: RecordSpecialMeetingInput!) { recordSpecialMeeting(input: $input) { id version } }\n": types.OversightRecordMeetingDocument,
    "\n  mutation OversightAddRound($input: AddSupervisionRoundInput!) { addSupervisionRound(input: $input) { id version } }\n": types.OversightAddRoundDocument,
    "\n  mutation OversightAddListed($input: AddListedHazardInput!) { addListedHazard(input: $input) { id version } }\n": types.OversightAddListedDocument,
    "\n  mutation OversightOpenCase($input: OpenPenaltyCaseInput!) { openPenaltyCase(input: $input) { id version } }\n": types.OversightOpenCaseDocument,
    "\n  mutation OversightOpenSupervision($input: OpenSupervisionInput!) { openSupervision(input: $input) { id version } }\n": types.OversightOpenSupervisionDocument,
    "\n  mutation OversightSupervisionFinding($input: RecordSupervisionFindingInput!) { recordSupervisionFinding(input: $input) { id version } }\n": types.OversightSupervisionFindingDocument,
    "\n  mutation OversightNotice($input: IssueSupervisionNoticeInput!) { issueSupervisionNotice(input: $input) { id version } }\n": types.OversightNoticeDocument,
    "\n  mutation OversightOpenInspection($input: OpenInspectionInput!) { openInspection(input: $input) { id version } }\n": types.OversightOpenInspectionDocument,
    "\n  mutation OversightInspectionFinding($input: RecordInspectionFindingInput!) { recordInspectionFinding(input: $input) { inspection { id version } hazard { id code } } }\n": types.OversightInspectionFindingDocument,
    "\n  query RegisterOverview($regionCode: String) {\n    registerOverview(regionCode: $regionCode) {\n      regionCode\n      sector\n      enterprises\n      keyUnits\n      keyUnitsByColour { red orange yellow blue }\n      keyUnitsVerifiedOnSite\n      keyParts\n      keyPartsVerifiedOnSite\n      majorHazardSources\n      majorHazardSourcesByLevel\n      majorHazardSourcesVerifiedOnSite\n      majorHazardSourcesWithOverduePatrols\n      majorHazardSourcesWithVacantRoles\n    }\n  }\n": types.RegisterOverviewDocument,
    "\n  query RegisterEnterprises($filter: EnterpriseFilterInput) {\n    enterprises(filter: $filter) {\n      id\n      creditCode\n      version\n      name\n      regionCode\n      departmentCode\n      sector\n      address\n      keyUnit { riskColour riskColourLabel basis since }\n      keyParts { id name location responsibleName responsiblePhone siteVerification { at result } }\n      majorHazardSources { id name }\n      siteVerification { at result verifiers discrepancies evidenceHashes }\n    }\n  }\n": types.RegisterEnterprisesDocument,
    "\n  query RegisterSources($filter: MajorHazardSourceFilter) {\n    majorHazardSources(filter: $filter) {\n      id\n      version\n      name\n      enterpriseName\n      enterpriseCreditCode\n      unitKind\n      location\n      regionCode\n      departmentCode\n      assessment { isMajor level r population500m assessedAt reassessBy }\n      reassessmentDue\n      responsiblePersons { role roleLabel name phone lastPatrolAt patrolOverdue patrolOverdueReason }\n      vacantRoles\n      overduePatrols\n      siteVerification { at result verifiers discrepancies evidenceHashes }\n    }\n  }\n": types.RegisterSourcesDocument,
    "\n  query RegisterGrade($input: MajorHazardGradeInput!) {\n    majorHazardGrade(input: $input) {\n      standard\n      isMajor\n      level\n      r\n      s\n      alpha\n      terms { name quantityTonnes criticalQuantity beta ratio }\n    }\n  }\n": types.RegisterGradeDocument,
    "\n  mutation RegisterRecordPatrol($input: RecordPatrolInput!) {\n    recordPatrol(input: $input) { source { id version overduePatrols } hazards { id code } }\n  }\n": types.RegisterRecordPatrolDocument,
    "\n  mutation RegisterVerifySource($input: VerifySourceOnSiteInput!) {\n    verifySourceOnSite(input: $input) { source { id version } hazards { id code } }\n  }\n": types.RegisterVerifySourceDocument,
    "\n  mutation RegisterVerifyEnterprise($input: VerifyEnterpriseOnSiteInput!) {\n    verifyEnterpriseOnSite(input: $input) { enterprise { id version } hazards { id code } }\n  }\n": types.RegisterVerifyEnterpriseDocument,
    "\n  query RegisterChemicals { hazardousChemicals { name cas aliases criticalQuantity beta standard } }\n": types.RegisterChemicalsDocument,
    "\n  query RegisterCadence { patrolCadence { version source savedAt rules { role everyDays beforeHolidaysWithinDays beforeMajorEventsWithinDays } } }\n": types.RegisterCadenceDocument,
    "\n  mutation RegisterEnterprise($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id creditCode version } }\n": types.RegisterEnterpriseDocument,
    "\n  mutation RegisterDesignateKeyUnit($input: DesignateKeyUnitInput!) { designateKeyUnit(input: $input) { id version keyUnit { riskColour } } }\n": types.RegisterDesignateKeyUnitDocument,
    "\n  mutation RegisterAddKeyPart($input: AddKeyPartInput!) { addKeyPart(input: $input) { id version } }\n": types.RegisterAddKeyPartDocument,
    "\n  mutation RegisterSource($input: RegisterMajorHazardSourceInput!) { registerMajorHazardSource(input: $input) { id version } }\n": types.RegisterSourceDocument,
    "\n  mutation RegisterAssessSource($input: AssessMajorHazardSourceInput!) { assessMajorHazardSource(input: $input) { id version assessment { level isMajor r } } }\n": types.RegisterAssessSourceDocument,
    "\n  mutation RegisterAssignPerson($input: AssignResponsiblePersonInput!) { assignResponsiblePerson(input: $input) { id version vacantRoles } }\n": types.RegisterAssignPersonDocument,
    "\n  query PeriodReport($from: String!, $to: String!, $departmentCode: String!, $regionCode: String) {\n    periodReport(from: $from, to: $to, departmentCode: $departmentCode, regionCode: $regionCode) {\n      kind\n      from\n      to\n      departmentCode\n      departmentName\n      regionCode\n      unitName\n      tier\n      status\n      cutoff\n      contentHash\n      xlsxSha256\n      xlsxUrl\n      csvUrls\n      dueAt\n      late\n      submittedAt\n      submittedBy\n      documentNumber\n      receipt { number submittedAt submittedBy late dueAt documentNumber contentHash }\n      attachment1 { ...ReportHazardRowFields }\n      attachment2 { ...ReportHazardRowFields }\n      attachment3 {\n        byRegion { ...ReportStatisticsRowFields }\n        bySector { ...ReportStatisticsRowFields }\n        total { ...ReportStatisticsRowFields }\n      }\n    }\n  }\n": types.PeriodReportDocument,
    "\n  mutation SubmitPeriodReport($input: SubmitPeriodReportInput!) {\n    submitPeriodReport(input: $input) {\n      from\n      to\n      status\n      contentHash\n      receipt { number submittedAt late }\n    }\n  }\n": types.SubmitPeriodReportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditHistory($id: ID!) {\n    hazardHistory(id: $id) {\n      eventId\n      version\n      type\n      actor\n      actorName\n      occurredAt\n      recordedAt\n      hash\n    }\n  }\n"): (typeof documents)["\n  query AuditHistory($id: ID!) {\n    hazardHistory(id: $id) {\n      eventId\n      version\n      type\n      actor\n      actorName\n      occurredAt\n      recordedAt\n      hash\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditAsOf($id: ID!, $at: DateTime!, $basis: AsOfBasis) {\n    hazardAsOf(id: $id, at: $at, basis: $basis) {\n      code\n      status\n      level\n      deadline\n      escalationLevel\n      version\n    }\n  }\n"): (typeof documents)["\n  query AuditAsOf($id: ID!, $at: DateTime!, $basis: AsOfBasis) {\n    hazardAsOf(id: $id, at: $at, basis: $basis) {\n      code\n      status\n      level\n      deadline\n      escalationLevel\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HazardDetailFields on Hazard {\n    id\n    code\n    title\n    description\n    status\n    level\n    sector\n    source\n    regionCode\n    departmentCode\n    enterpriseName\n    enterpriseCreditCode\n    location\n    judgementBasis\n    foundAt\n    reportedAt\n    reportedBy { sub name }\n    deadline\n    originalDeadline\n    overdue\n    escalationLevel\n    pendingVerification\n    progressPercent\n    rejectionCount\n    extensionsApproved\n    rectifiedAt\n    cancelReason\n    updatedAt\n    version\n    nextClock { kind dueAt level }\n    listing { listingLevel supervisingUnit documentNumber signer listedAt listedBy { sub name } policyId }\n    plan { responsibleUnit responsiblePerson responsiblePhone measures fundingAmount fundingSource contingencyPlan }\n    suspension { scope reason checkInterval suspendedAt lastCheckAt checkCount productionObservedCount monitors { name phone account } }\n    submission { summary evidenceHashes onSpot submittedAt submittedBy { sub name } }\n    extensionRequest { requestedDeadline reason requestedAt requestedBy { sub name } }\n    regradeRequest { to reason requestedAt requestedBy { sub name } }\n    escalations { level at notify reason }\n    enforcementActions { kind amount at decisionNumber }\n    evidence { sha256 mediaType fileName takenAt latitude longitude uploadedByName url }\n  }\n"): (typeof documents)["\n  fragment HazardDetailFields on Hazard {\n    id\n    code\n    title\n    description\n    status\n    level\n    sector\n    source\n    regionCode\n    departmentCode\n    enterpriseName\n    enterpriseCreditCode\n    location\n    judgementBasis\n    foundAt\n    reportedAt\n    reportedBy { sub name }\n    deadline\n    originalDeadline\n    overdue\n    escalationLevel\n    pendingVerification\n    progressPercent\n    rejectionCount\n    extensionsApproved\n    rectifiedAt\n    cancelReason\n    updatedAt\n    version\n    nextClock { kind dueAt level }\n    listing { listingLevel supervisingUnit documentNumber signer listedAt listedBy { sub name } policyId }\n    plan { responsibleUnit responsiblePerson responsiblePhone measures fundingAmount fundingSource contingencyPlan }\n    suspension { scope reason checkInterval suspendedAt lastCheckAt checkCount productionObservedCount monitors { name phone account } }\n    submission { summary evidenceHashes onSpot submittedAt submittedBy { sub name } }\n    extensionRequest { requestedDeadline reason requestedAt requestedBy { sub name } }\n    regradeRequest { to reason requestedAt requestedBy { sub name } }\n    escalations { level at notify reason }\n    enforcementActions { kind amount at decisionNumber }\n    evidence { sha256 mediaType fileName takenAt latitude longitude uploadedByName url }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HazardDetail($id: ID!) {\n    hazard(id: $id) {\n      ...HazardDetailFields\n      history {\n        eventId\n        version\n        type\n        actor\n        actorName\n        actorRoles\n        occurredAt\n        recordedAt\n        data\n        hash\n      }\n    }\n  }\n"): (typeof documents)["\n  query HazardDetail($id: ID!) {\n    hazard(id: $id) {\n      ...HazardDetailFields\n      history {\n        eventId\n        version\n        type\n        actor\n        actorName\n        actorRoles\n        occurredAt\n        recordedAt\n        data\n        hash\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandListHazard($input: ListHazardInput!) { listHazard(input: $input) { hazard { ...HazardDetailFields } } }\n"): (typeof documents)["\n  mutation CommandListHazard($input: ListHazardInput!) { listHazard(input: $input) { hazard { ...HazardDetailFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandSuperviseHazard($input: SuperviseHazardInput!) { superviseHazard(input: $input) { hazard { ...HazardDetailFields } } }\n"): (typeof documents)["\n  mutation CommandSuperviseHazard($input: SuperviseHazardInput!) { superviseHazard(input: $input) { hazard { ...HazardDetailFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { hazard { ...HazardDetailFields } } }\n"): (typeof documents)["\n  mutation CommandReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { hazard { ...HazardDetailFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandSubmitRectification($input: SubmitRectificationInput!) { submitRectification(input: $input) { hazard { ...HazardDetailFields } } }\n"): (typeof documents)["\n  mutation CommandSubmitRectification($input: SubmitRectificationInput!) { submitRectification(input: $input) { hazard { ...HazardDetailFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandVerifyRectification($input: VerifyRectificationInput!) { verifyRectification(input: $input) { hazard { ...HazardDetailFields } } }\n"): (typeof documents)["\n  mutation CommandVerifyRectification($input: VerifyRectificationInput!) { verifyRectification(input: $input) { hazard { ...HazardDetailFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandRectifyOnSpot($input: RectifyOnSpotInput!) { rectifyOnSpot(input: $input) { hazard { ...HazardDetailFields } } }\n"): (typeof documents)["\n  mutation CommandRectifyOnSpot($input: RectifyOnSpotInput!) { rectifyOnSpot(input: $input) { hazard { ...HazardDetailFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandRequestDeadlineExtension($input: RequestDeadlineExtensionInput!) { requestDeadlineExtension(input: $input) { hazard { ...HazardDetailFields } } }\n"): (typeof documents)["\n  mutation CommandRequestDeadlineExtension($input: RequestDeadlineExtensionInput!) { requestDeadlineExtension(input: $input) { hazard { ...HazardDetailFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandDecideDeadlineExtension($input: DecideDeadlineExtensionInput!) { decideDeadlineExtension(input: $input) { hazard { ...HazardDetailFields } } }\n"): (typeof documents)["\n  mutation CommandDecideDeadlineExtension($input: DecideDeadlineExtensionInput!) { decideDeadlineExtension(input: $input) { hazard { ...HazardDetailFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandSuspendOperations($input: SuspendOperationsInput!) { suspendOperations(input: $input) { hazard { ...HazardDetailFields } } }\n"): (typeof documents)["\n  mutation CommandSuspendOperations($input: SuspendOperationsInput!) { suspendOperations(input: $input) { hazard { ...HazardDetailFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandRecordStandbyCheck($input: RecordStandbyCheckInput!) { recordStandbyCheck(input: $input) { hazard { ...HazardDetailFields } } }\n"): (typeof documents)["\n  mutation CommandRecordStandbyCheck($input: RecordStandbyCheckInput!) { recordStandbyCheck(input: $input) { hazard { ...HazardDetailFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandRecordEnforcement($input: RecordEnforcementInput!) { recordEnforcement(input: $input) { hazard { ...HazardDetailFields } } }\n"): (typeof documents)["\n  mutation CommandRecordEnforcement($input: RecordEnforcementInput!) { recordEnforcement(input: $input) { hazard { ...HazardDetailFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandCancelHazard($input: CancelHazardInput!) { cancelHazard(input: $input) { hazard { ...HazardDetailFields } } }\n"): (typeof documents)["\n  mutation CommandCancelHazard($input: CancelHazardInput!) { cancelHazard(input: $input) { hazard { ...HazardDetailFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandResumeOperations($input: ResumeOperationsInput!) { resumeOperations(input: $input) { hazard { ...HazardDetailFields } } }\n"): (typeof documents)["\n  mutation CommandResumeOperations($input: ResumeOperationsInput!) { resumeOperations(input: $input) { hazard { ...HazardDetailFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandRotateStandbyMonitors($input: RotateStandbyMonitorsInput!) { rotateStandbyMonitors(input: $input) { hazard { ...HazardDetailFields } } }\n"): (typeof documents)["\n  mutation CommandRotateStandbyMonitors($input: RotateStandbyMonitorsInput!) { rotateStandbyMonitors(input: $input) { hazard { ...HazardDetailFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandRequestRegrade($input: RequestRegradeInput!) { requestRegrade(input: $input) { hazard { ...HazardDetailFields } } }\n"): (typeof documents)["\n  mutation CommandRequestRegrade($input: RequestRegradeInput!) { requestRegrade(input: $input) { hazard { ...HazardDetailFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandDecideRegrade($input: DecideRegradeInput!) { decideRegrade(input: $input) { hazard { ...HazardDetailFields } } }\n"): (typeof documents)["\n  mutation CommandDecideRegrade($input: DecideRegradeInput!) { decideRegrade(input: $input) { hazard { ...HazardDetailFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandTransferHazard($input: TransferHazardInput!) { transferHazard(input: $input) { hazard { ...HazardDetailFields } } }\n"): (typeof documents)["\n  mutation CommandTransferHazard($input: TransferHazardInput!) { transferHazard(input: $input) { hazard { ...HazardDetailFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandAmendEnterprise($input: AmendEnterpriseInput!) { amendEnterprise(input: $input) { hazard { ...HazardDetailFields } } }\n"): (typeof documents)["\n  mutation CommandAmendEnterprise($input: AmendEnterpriseInput!) { amendEnterprise(input: $input) { hazard { ...HazardDetailFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandIssueSupervisionLetter($input: IssueSupervisionLetterInput!) { issueSupervisionLetter(input: $input) { hazard { ...HazardDetailFields } } }\n"): (typeof documents)["\n  mutation CommandIssueSupervisionLetter($input: IssueSupervisionLetterInput!) { issueSupervisionLetter(input: $input) { hazard { ...HazardDetailFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandRecordInterview($input: RecordInterviewInput!) { recordInterview(input: $input) { hazard { ...HazardDetailFields } } }\n"): (typeof documents)["\n  mutation CommandRecordInterview($input: RecordInterviewInput!) { recordInterview(input: $input) { hazard { ...HazardDetailFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandRaiseListingLevel($input: RaiseListingLevelInput!) { raiseListingLevel(input: $input) { hazard { ...HazardDetailFields } } }\n"): (typeof documents)["\n  mutation CommandRaiseListingLevel($input: RaiseListingLevelInput!) { raiseListingLevel(input: $input) { hazard { ...HazardDetailFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HazardRegionNames { regions { code name } departments { code name } }\n"): (typeof documents)["\n  query HazardRegionNames { regions { code name } departments { code name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveHazardEvent {\n    hazardEvents {\n      hazardId\n      version\n      type\n      occurredAt\n      recordedAt\n      actor\n    }\n  }\n"): (typeof documents)["\n  subscription LiveHazardEvent {\n    hazardEvents {\n      hazardId\n      version\n      type\n      occurredAt\n      recordedAt\n      actor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandReportHazard($input: ReportHazardInput!) { reportHazard(input: $input) { hazard { id code } } }\n"): (typeof documents)["\n  mutation CommandReportHazard($input: ReportHazardInput!) { reportHazard(input: $input) { hazard { id code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditHazard($id: ID!) {\n    hazard(id: $id) {\n      id\n      code\n      title\n      enterpriseName\n      status\n      level\n      version\n    }\n  }\n"): (typeof documents)["\n  query AuditHazard($id: ID!) {\n    hazard(id: $id) {\n      id\n      code\n      title\n      enterpriseName\n      status\n      level\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditVerify($id: ID!) {\n    verifyHazardHistory(id: $id) {\n      ok\n      eventCount\n      firstBadVersion\n      headHash\n      matchesReadModel\n      matchesCheckpoint\n      matchesWorkflow\n      checkpointId\n      reason\n      reasons\n    }\n  }\n"): (typeof documents)["\n  query AuditVerify($id: ID!) {\n    verifyHazardHistory(id: $id) {\n      ok\n      eventCount\n      firstBadVersion\n      headHash\n      matchesReadModel\n      matchesCheckpoint\n      matchesWorkflow\n      checkpointId\n      reason\n      reasons\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLookup($search: String!) {\n    hazards(filter: { search: $search }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          title\n          enterpriseName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLookup($search: String!) {\n    hazards(filter: { search: $search }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          title\n          enterpriseName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditBundle($id: ID!) {\n    hazardAuditBundle(id: $id)\n  }\n"): (typeof documents)["\n  query AuditBundle($id: ID!) {\n    hazardAuditBundle(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportDepartments {\n    departments {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query ReportDepartments {\n    departments {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportDaily($date: String!, $departmentCode: String!) {\n    dailyReport(date: $date, departmentCode: $departmentCode) {\n      date\n      departmentCode\n      departmentName\n      status\n      cutoff\n      contentHash\n      xlsxSha256\n      submittedAt\n      submittedBy\n      late\n      escalatedAt\n      previousReportDate\n      xlsxUrl\n      csvUrls\n      attachment1 {\n        ...ReportHazardRowFields\n      }\n      attachment2 {\n        ...ReportHazardRowFields\n      }\n      attachment3 {\n        byRegion {\n          ...ReportStatisticsRowFields\n        }\n        bySector {\n          ...ReportStatisticsRowFields\n        }\n        total {\n          ...ReportStatisticsRowFields\n        }\n      }\n    }\n  }\n  fragment ReportHazardRowFields on ReportHazardRow {\n    hazardId\n    seq\n    code\n    region\n    sector\n    enterpriseName\n    level\n    foundDate\n    deadline\n    status\n    overdue\n    completedDate\n    verification\n    closedDate\n    newlyRectified\n  }\n  fragment ReportStatisticsRowFields on ReportStatisticsRow {\n    label\n    foundGeneral\n    foundMajor\n    bySelfInspection\n    byDepartment\n    byCovert\n    byOther\n    rectifiedGeneral\n    rectifiedMajor\n    rectificationRate\n    onTimeRate\n    openNotDue\n    openOverdue\n    listedCounty\n    listedCity\n    listedProvince\n    listedClosed\n    suspended\n    suspendedWithMonitors\n    fines\n    fineAmount\n    suspensionsForRectification\n    closures\n    newToday\n    closedToday\n    cumulative\n  }\n"): (typeof documents)["\n  query ReportDaily($date: String!, $departmentCode: String!) {\n    dailyReport(date: $date, departmentCode: $departmentCode) {\n      date\n      departmentCode\n      departmentName\n      status\n      cutoff\n      contentHash\n      xlsxSha256\n      submittedAt\n      submittedBy\n      late\n      escalatedAt\n      previousReportDate\n      xlsxUrl\n      csvUrls\n      attachment1 {\n        ...ReportHazardRowFields\n      }\n      attachment2 {\n        ...ReportHazardRowFields\n      }\n      attachment3 {\n        byRegion {\n          ...ReportStatisticsRowFields\n        }\n        bySector {\n          ...ReportStatisticsRowFields\n        }\n        total {\n          ...ReportStatisticsRowFields\n        }\n      }\n    }\n  }\n  fragment ReportHazardRowFields on ReportHazardRow {\n    hazardId\n    seq\n    code\n    region\n    sector\n    enterpriseName\n    level\n    foundDate\n    deadline\n    status\n    overdue\n    completedDate\n    verification\n    closedDate\n    newlyRectified\n  }\n  fragment ReportStatisticsRowFields on ReportStatisticsRow {\n    label\n    foundGeneral\n    foundMajor\n    bySelfInspection\n    byDepartment\n    byCovert\n    byOther\n    rectifiedGeneral\n    rectifiedMajor\n    rectificationRate\n    onTimeRate\n    openNotDue\n    openOverdue\n    listedCounty\n    listedCity\n    listedProvince\n    listedClosed\n    suspended\n    suspendedWithMonitors\n    fines\n    fineAmount\n    suspensionsForRectification\n    closures\n    newToday\n    closedToday\n    cumulative\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportSubmitDaily($input: SubmitDailyReportInput!) {\n    submitDailyReport(input: $input) {\n      date\n      departmentCode\n      status\n      submittedAt\n      contentHash\n      late\n    }\n  }\n"): (typeof documents)["\n  mutation ReportSubmitDaily($input: SubmitDailyReportInput!) {\n    submitDailyReport(input: $input) {\n      date\n      departmentCode\n      status\n      submittedAt\n      contentHash\n      late\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportSubmissions($date: String!) {\n    reportSubmissions(date: $date) {\n      departmentCode\n      departmentName\n      status\n      submittedAt\n      submittedBy\n      late\n      escalatedAt\n      contentHash\n    }\n  }\n"): (typeof documents)["\n  query ReportSubmissions($date: String!) {\n    reportSubmissions(date: $date) {\n      departmentCode\n      departmentName\n      status\n      submittedAt\n      submittedBy\n      late\n      escalatedAt\n      contentHash\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxCounts {\n    toList: hazards(filter: { status: [FOUND], level: MAJOR }, first: 5) { totalCount edges { node { id code title deadline } } }\n    toSupervise: hazards(filter: { status: [LISTED] }, first: 5) { totalCount edges { node { id code title deadline } } }\n    toRectify: hazards(filter: { status: [SUPERVISED, SUSPENDED], pendingVerification: false }, first: 5) { totalCount edges { node { id code title deadline } } }\n    toVerify: hazards(filter: { pendingVerification: true }, first: 100) {\n      totalCount\n      edges { node { id code title deadline submission { submittedBy { sub } } } }\n    }\n    extensions: hazards(filter: { extensionRequested: true }, first: 100) {\n      totalCount\n      edges { node { id code title deadline extensionRequest { requestedBy { sub } } } }\n    }\n    overdue: hazards(filter: { overdue: true }, first: 5) { totalCount edges { node { id code title deadline } } }\n    standby: hazards(filter: { status: [SUSPENDED] }, first: 5) { totalCount edges { node { id code title deadline } } }\n  }\n"): (typeof documents)["\n  query InboxCounts {\n    toList: hazards(filter: { status: [FOUND], level: MAJOR }, first: 5) { totalCount edges { node { id code title deadline } } }\n    toSupervise: hazards(filter: { status: [LISTED] }, first: 5) { totalCount edges { node { id code title deadline } } }\n    toRectify: hazards(filter: { status: [SUPERVISED, SUSPENDED], pendingVerification: false }, first: 5) { totalCount edges { node { id code title deadline } } }\n    toVerify: hazards(filter: { pendingVerification: true }, first: 100) {\n      totalCount\n      edges { node { id code title deadline submission { submittedBy { sub } } } }\n    }\n    extensions: hazards(filter: { extensionRequested: true }, first: 100) {\n      totalCount\n      edges { node { id code title deadline extensionRequest { requestedBy { sub } } } }\n    }\n    overdue: hazards(filter: { overdue: true }, first: 5) { totalCount edges { node { id code title deadline } } }\n    standby: hazards(filter: { status: [SUSPENDED] }, first: 5) { totalCount edges { node { id code title deadline } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueHazards($after: String) {\n    hazards(filter: { overdue: true }, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          code\n          title\n          enterpriseName\n          regionCode\n          level\n          sector\n          deadline\n          escalationLevel\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverdueHazards($after: String) {\n    hazards(filter: { overdue: true }, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          code\n          title\n          enterpriseName\n          regionCode\n          level\n          sector\n          deadline\n          escalationLevel\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueRegions {\n    regions {\n      code\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query OverdueRegions {\n    regions {\n      code\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyNames { regions { code name } departments { code name } }\n"): (typeof documents)["\n  query DutyNames { regions { code name } departments { code name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyDesk($at: DateTime!) {\n    dutySummary(at: $at) {\n      at\n      date\n      dutyLeaders\n      openHandoverItems\n      teams\n      teamsReady\n      depots\n      depotsReady\n      peopleOnDuty\n      stockExpiringSoon\n    }\n    dutyRosters(at: $at) {\n      id\n      level\n      regionCode\n      departmentCode\n      shifts { key date name startsAt endsAt assignments { role name phone presence } }\n    }\n    incidents(filter: { open: true }) {\n      id\n      title\n      level\n      regionCode\n      reports { key kind dueAt filedAt late warnedAt missedAt }\n    }\n  }\n"): (typeof documents)["\n  query DutyDesk($at: DateTime!) {\n    dutySummary(at: $at) {\n      at\n      date\n      dutyLeaders\n      openHandoverItems\n      teams\n      teamsReady\n      depots\n      depotsReady\n      peopleOnDuty\n      stockExpiringSoon\n    }\n    dutyRosters(at: $at) {\n      id\n      level\n      regionCode\n      departmentCode\n      shifts { key date name startsAt endsAt assignments { role name phone presence } }\n    }\n    incidents(filter: { open: true }) {\n      id\n      title\n      level\n      regionCode\n      reports { key kind dueAt filedAt late warnedAt missedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyResources($filter: EmergencyResourceFilter) {\n    emergencyResources(filter: $filter) {\n      id\n      kind\n      name\n      regionCode\n      departmentCode\n      base\n      teamType\n      headcount\n      onDuty\n      leader\n      dutyPhone\n      lastDrillOn\n      ready\n      stock { code name quantity unit condition expiresOn ready }\n    }\n  }\n"): (typeof documents)["\n  query DutyResources($filter: EmergencyResourceFilter) {\n    emergencyResources(filter: $filter) {\n      id\n      kind\n      name\n      regionCode\n      departmentCode\n      base\n      teamType\n      headcount\n      onDuty\n      leader\n      dutyPhone\n      lastDrillOn\n      ready\n      stock { code name quantity unit condition expiresOn ready }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyRosters {\n    dutyRoleRules { version source city district }\n    dutyRosters {\n      id\n      version\n      level\n      regionCode\n      departmentCode\n      requiredRoles\n      openHandoverItems\n      shifts { key date name startsAt endsAt assignments { role name phone presence } }\n      swaps { id shift role fromName toName reason status }\n      handovers { id at fromShift toShift pendingItems notes confirmedAt confirmedBy }\n    }\n  }\n"): (typeof documents)["\n  query DutyRosters {\n    dutyRoleRules { version source city district }\n    dutyRosters {\n      id\n      version\n      level\n      regionCode\n      departmentCode\n      requiredRoles\n      openHandoverItems\n      shifts { key date name startsAt endsAt assignments { role name phone presence } }\n      swaps { id shift role fromName toName reason status }\n      handovers { id at fromShift toShift pendingItems notes confirmedAt confirmedBy }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyPublishRoster($input: PublishRosterInput!) { publishRoster(input: $input) { id version } }\n"): (typeof documents)["\n  mutation DutyPublishRoster($input: PublishRosterInput!) { publishRoster(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyRequestSwap($input: RequestDutySwapInput!) { requestDutySwap(input: $input) { id version } }\n"): (typeof documents)["\n  mutation DutyRequestSwap($input: RequestDutySwapInput!) { requestDutySwap(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyDecideSwap($input: DecideDutySwapInput!) { decideDutySwap(input: $input) { id version } }\n"): (typeof documents)["\n  mutation DutyDecideSwap($input: DecideDutySwapInput!) { decideDutySwap(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyRecordPresence($input: RecordDutyPresenceInput!) { recordDutyPresence(input: $input) { id version } }\n"): (typeof documents)["\n  mutation DutyRecordPresence($input: RecordDutyPresenceInput!) { recordDutyPresence(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyHandOver($input: HandOverDutyInput!) { handOverDuty(input: $input) { id version } }\n"): (typeof documents)["\n  mutation DutyHandOver($input: HandOverDutyInput!) { handOverDuty(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyConfirmHandover($input: ConfirmHandoverInput!) { confirmHandover(input: $input) { id version } }\n"): (typeof documents)["\n  mutation DutyConfirmHandover($input: ConfirmHandoverInput!) { confirmHandover(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyLog {\n    dutyLog {\n      id\n      version\n      regionCode\n      departmentCode\n      receivedAt\n      channel\n      reporter\n      reporterPhone\n      place\n      summary\n      casualties { deaths injuries missing }\n      measures\n      instructions\n      incidentId\n      notified { whom at by }\n    }\n  }\n"): (typeof documents)["\n  query DutyLog {\n    dutyLog {\n      id\n      version\n      regionCode\n      departmentCode\n      receivedAt\n      channel\n      reporter\n      reporterPhone\n      place\n      summary\n      casualties { deaths injuries missing }\n      measures\n      instructions\n      incidentId\n      notified { whom at by }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyRecordLogEntry($input: RecordDutyLogEntryInput!) { recordDutyLogEntry(input: $input) { id version } }\n"): (typeof documents)["\n  mutation DutyRecordLogEntry($input: RecordDutyLogEntryInput!) { recordDutyLogEntry(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyRecordNotification($input: RecordDutyNotificationInput!) { recordDutyNotification(input: $input) { id version } }\n"): (typeof documents)["\n  mutation DutyRecordNotification($input: RecordDutyNotificationInput!) { recordDutyNotification(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyIncidents($filter: IncidentFilter) {\n    incidents(filter: $filter) {\n      id\n      version\n      title\n      level\n      sector\n      regionCode\n      departmentCode\n      place\n      summary\n      happenedAt\n      receivedAt\n      closedAt\n      rulesVersion\n      rulesSource\n      casualties { deaths injuries missing }\n      reports { key kind dueAt filedAt late warnedAt missedAt }\n    }\n  }\n"): (typeof documents)["\n  query DutyIncidents($filter: IncidentFilter) {\n    incidents(filter: $filter) {\n      id\n      version\n      title\n      level\n      sector\n      regionCode\n      departmentCode\n      place\n      summary\n      happenedAt\n      receivedAt\n      closedAt\n      rulesVersion\n      rulesSource\n      casualties { deaths injuries missing }\n      reports { key kind dueAt filedAt late warnedAt missedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyRecordIncident($input: RecordIncidentInput!) { recordIncident(input: $input) { id version } }\n"): (typeof documents)["\n  mutation DutyRecordIncident($input: RecordIncidentInput!) { recordIncident(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyFileIncidentReport($input: FileIncidentReportInput!) { fileIncidentReport(input: $input) { id version } }\n"): (typeof documents)["\n  mutation DutyFileIncidentReport($input: FileIncidentReportInput!) { fileIncidentReport(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyReportCasualtyChange($input: ReportCasualtyChangeInput!) { reportCasualtyChange(input: $input) { id version } }\n"): (typeof documents)["\n  mutation DutyReportCasualtyChange($input: ReportCasualtyChangeInput!) { reportCasualtyChange(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyCloseIncident($input: CloseIncidentInput!) { closeIncident(input: $input) { id version } }\n"): (typeof documents)["\n  mutation DutyCloseIncident($input: CloseIncidentInput!) { closeIncident(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HazardListPage($filter: HazardFilter, $first: Int, $after: String, $offset: Int, $withCount: Boolean!) {\n    hazards(filter: $filter, first: $first, after: $after, offset: $offset) {\n      totalCount @include(if: $withCount)\n      totalCountCapped @include(if: $withCount)\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id code title level status enterpriseName regionCode deadline overdue escalationLevel foundAt version } }\n    }\n  }\n"): (typeof documents)["\n  query HazardListPage($filter: HazardFilter, $first: Int, $after: String, $offset: Int, $withCount: Boolean!) {\n    hazards(filter: $filter, first: $first, after: $after, offset: $offset) {\n      totalCount @include(if: $withCount)\n      totalCountCapped @include(if: $withCount)\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id code title level status enterpriseName regionCode deadline overdue escalationLevel foundAt version } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HazardListRegions { regions { code name } departments { code name } }\n"): (typeof documents)["\n  query HazardListRegions { regions { code name } departments { code name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HazardListRow($id: ID!) { hazard(id: $id) { id code title level status enterpriseName regionCode deadline overdue escalationLevel foundAt version } }\n"): (typeof documents)["\n  query HazardListRow($id: ID!) { hazard(id: $id) { id code title level status enterpriseName regionCode deadline overdue escalationLevel foundAt version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OversightCampaigns {\n    campaigns {\n      id\n      name\n      from\n      to\n      regions\n      sectors\n      measures { specialMeeting supervisionRounds listedMajorHazards penaltyCases }\n    }\n  }\n"): (typeof documents)["\n  query OversightCampaigns {\n    campaigns {\n      id\n      name\n      from\n      to\n      regions\n      sectors\n      measures { specialMeeting supervisionRounds listedMajorHazards penaltyCases }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OversightCampaignProgress($id: ID!) {\n    campaignProgress(id: $id) {\n      campaign {\n        id\n        version\n        name\n        from\n        to\n        regions\n        sectors\n        teams { name leader leaderLed members experts }\n        measures { specialMeeting supervisionRounds listedMajorHazards penaltyCases }\n        meetings { heldOn chairedBy decisions heldBy { kind code } }\n        supervisionRounds\n        listedHazards\n        penaltyCases\n      }\n      meetings\n      supervisionRounds\n      leaderLedRounds\n      covertRounds\n      supervisionFindings\n      listedMajorHazards\n      listedMajorHazardsRectified\n      penaltyCases\n      hazardsFound\n      hazardsRectified\n      rectificationRate\n      coverage { regionCode sector found major rectified }\n      uncovered { regionCode sector }\n      units { kind code meetingHeld supervisionRounds listedMajorHazards listedMajorHazardsRectified penaltyCases hazardsFound hazardsRectified }\n    }\n  }\n"): (typeof documents)["\n  query OversightCampaignProgress($id: ID!) {\n    campaignProgress(id: $id) {\n      campaign {\n        id\n        version\n        name\n        from\n        to\n        regions\n        sectors\n        teams { name leader leaderLed members experts }\n        measures { specialMeeting supervisionRounds listedMajorHazards penaltyCases }\n        meetings { heldOn chairedBy decisions heldBy { kind code } }\n        supervisionRounds\n        listedHazards\n        penaltyCases\n      }\n      meetings\n      supervisionRounds\n      leaderLedRounds\n      covertRounds\n      supervisionFindings\n      listedMajorHazards\n      listedMajorHazardsRectified\n      penaltyCases\n      hazardsFound\n      hazardsRectified\n      rectificationRate\n      coverage { regionCode sector found major rectified }\n      uncovered { regionCode sector }\n      units { kind code meetingHeld supervisionRounds listedMajorHazards listedMajorHazardsRectified penaltyCases hazardsFound hazardsRectified }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Oversights($kind: String) {\n    oversights(kind: $kind) {\n      id\n      version\n      kind\n      title\n      openedAt\n      targetKind\n      targetCode\n      targetName\n      method\n      leaderLed\n      leader\n      enterpriseName\n      enterpriseCreditCode\n      bodyName\n      item { code name }\n      inspectors { name certificateNo }\n      approvalDocument\n      findings { at description kind }\n      notices { at kind documentNumber note }\n    }\n  }\n"): (typeof documents)["\n  query Oversights($kind: String) {\n    oversights(kind: $kind) {\n      id\n      version\n      kind\n      title\n      openedAt\n      targetKind\n      targetCode\n      targetName\n      method\n      leaderLed\n      leader\n      enterpriseName\n      enterpriseCreditCode\n      bodyName\n      item { code name }\n      inspectors { name certificateNo }\n      approvalDocument\n      findings { at description kind }\n      notices { at kind documentNumber note }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OversightInspectionHazards {\n    hazards(filter: { originKind: INSPECTION }, first: 100) { edges { node { id code title level origin { reference } } } }\n  }\n"): (typeof documents)["\n  query OversightInspectionHazards {\n    hazards(filter: { originKind: INSPECTION }, first: 100) { edges { node { id code title level origin { reference } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OversightListedMajorHazards {\n    hazards(filter: { level: MAJOR, status: [LISTED, SUPERVISED, SUSPENDED] }, first: 100) { edges { node { id code title regionCode } } }\n  }\n"): (typeof documents)["\n  query OversightListedMajorHazards {\n    hazards(filter: { level: MAJOR, status: [LISTED, SUPERVISED, SUSPENDED] }, first: 100) { edges { node { id code title regionCode } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OversightEnforcementBodies { enforcementBodies { code name departmentCode items { code name } } }\n"): (typeof documents)["\n  query OversightEnforcementBodies { enforcementBodies { code name departmentCode items { code name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OversightCreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { id version } }\n"): (typeof documents)["\n  mutation OversightCreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OversightRecordMeeting($input: RecordSpecialMeetingInput!) { recordSpecialMeeting(input: $input) { id version } }\n"): (typeof documents)["\n  mutation OversightRecordMeeting($input: RecordSpecialMeetingInput!) { recordSpecialMeeting(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OversightAddRound($input: AddSupervisionRoundInput!) { addSupervisionRound(input: $input) { id version } }\n"): (typeof documents)["\n  mutation OversightAddRound($input: AddSupervisionRoundInput!) { addSupervisionRound(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OversightAddListed($input: AddListedHazardInput!) { addListedHazard(input: $input) { id version } }\n"): (typeof documents)["\n  mutation OversightAddListed($input: AddListedHazardInput!) { addListedHazard(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OversightOpenCase($input: OpenPenaltyCaseInput!) { openPenaltyCase(input: $input) { id version } }\n"): (typeof documents)["\n  mutation OversightOpenCase($input: OpenPenaltyCaseInput!) { openPenaltyCase(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OversightOpenSupervision($input: OpenSupervisionInput!) { openSupervision(input: $input) { id version } }\n"): (typeof documents)["\n  mutation OversightOpenSupervision($input: OpenSupervisionInput!) { openSupervision(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OversightSupervisionFinding($input: RecordSupervisionFindingInput!) { recordSupervisionFinding(input: $input) { id version } }\n"): (typeof documents)["\n  mutation OversightSupervisionFinding($input: RecordSupervisionFindingInput!) { recordSupervisionFinding(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OversightNotice($input: IssueSupervisionNoticeInput!) { issueSupervisionNotice(input: $input) { id version } }\n"): (typeof documents)["\n  mutation OversightNotice($input: IssueSupervisionNoticeInput!) { issueSupervisionNotice(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OversightOpenInspection($input: OpenInspectionInput!) { openInspection(input: $input) { id version } }\n"): (typeof documents)["\n  mutation OversightOpenInspection($input: OpenInspectionInput!) { openInspection(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OversightInspectionFinding($input: RecordInspectionFindingInput!) { recordInspectionFinding(input: $input) { inspection { id version } hazard { id code } } }\n"): (typeof documents)["\n  mutation OversightInspectionFinding($input: RecordInspectionFindingInput!) { recordInspectionFinding(input: $input) { inspection { id version } hazard { id code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterOverview($regionCode: String) {\n    registerOverview(regionCode: $regionCode) {\n      regionCode\n      sector\n      enterprises\n      keyUnits\n      keyUnitsByColour { red orange yellow blue }\n      keyUnitsVerifiedOnSite\n      keyParts\n      keyPartsVerifiedOnSite\n      majorHazardSources\n      majorHazardSourcesByLevel\n      majorHazardSourcesVerifiedOnSite\n      majorHazardSourcesWithOverduePatrols\n      majorHazardSourcesWithVacantRoles\n    }\n  }\n"): (typeof documents)["\n  query RegisterOverview($regionCode: String) {\n    registerOverview(regionCode: $regionCode) {\n      regionCode\n      sector\n      enterprises\n      keyUnits\n      keyUnitsByColour { red orange yellow blue }\n      keyUnitsVerifiedOnSite\n      keyParts\n      keyPartsVerifiedOnSite\n      majorHazardSources\n      majorHazardSourcesByLevel\n      majorHazardSourcesVerifiedOnSite\n      majorHazardSourcesWithOverduePatrols\n      majorHazardSourcesWithVacantRoles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterEnterprises($filter: EnterpriseFilterInput) {\n    enterprises(filter: $filter) {\n      id\n      creditCode\n      version\n      name\n      regionCode\n      departmentCode\n      sector\n      address\n      keyUnit { riskColour riskColourLabel basis since }\n      keyParts { id name location responsibleName responsiblePhone siteVerification { at result } }\n      majorHazardSources { id name }\n      siteVerification { at result verifiers discrepancies evidenceHashes }\n    }\n  }\n"): (typeof documents)["\n  query RegisterEnterprises($filter: EnterpriseFilterInput) {\n    enterprises(filter: $filter) {\n      id\n      creditCode\n      version\n      name\n      regionCode\n      departmentCode\n      sector\n      address\n      keyUnit { riskColour riskColourLabel basis since }\n      keyParts { id name location responsibleName responsiblePhone siteVerification { at result } }\n      majorHazardSources { id name }\n      siteVerification { at result verifiers discrepancies evidenceHashes }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterSources($filter: MajorHazardSourceFilter) {\n    majorHazardSources(filter: $filter) {\n      id\n      version\n      name\n      enterpriseName\n      enterpriseCreditCode\n      unitKind\n      location\n      regionCode\n      departmentCode\n      assessment { isMajor level r population500m assessedAt reassessBy }\n      reassessmentDue\n      responsiblePersons { role roleLabel name phone lastPatrolAt patrolOverdue patrolOverdueReason }\n      vacantRoles\n      overduePatrols\n      siteVerification { at result verifiers discrepancies evidenceHashes }\n    }\n  }\n"): (typeof documents)["\n  query RegisterSources($filter: MajorHazardSourceFilter) {\n    majorHazardSources(filter: $filter) {\n      id\n      version\n      name\n      enterpriseName\n      enterpriseCreditCode\n      unitKind\n      location\n      regionCode\n      departmentCode\n      assessment { isMajor level r population500m assessedAt reassessBy }\n      reassessmentDue\n      responsiblePersons { role roleLabel name phone lastPatrolAt patrolOverdue patrolOverdueReason }\n      vacantRoles\n      overduePatrols\n      siteVerification { at result verifiers discrepancies evidenceHashes }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterGrade($input: MajorHazardGradeInput!) {\n    majorHazardGrade(input: $input) {\n      standard\n      isMajor\n      level\n      r\n      s\n      alpha\n      terms { name quantityTonnes criticalQuantity beta ratio }\n    }\n  }\n"): (typeof documents)["\n  query RegisterGrade($input: MajorHazardGradeInput!) {\n    majorHazardGrade(input: $input) {\n      standard\n      isMajor\n      level\n      r\n      s\n      alpha\n      terms { name quantityTonnes criticalQuantity beta ratio }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterRecordPatrol($input: RecordPatrolInput!) {\n    recordPatrol(input: $input) { source { id version overduePatrols } hazards { id code } }\n  }\n"): (typeof documents)["\n  mutation RegisterRecordPatrol($input: RecordPatrolInput!) {\n    recordPatrol(input: $input) { source { id version overduePatrols } hazards { id code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterVerifySource($input: VerifySourceOnSiteInput!) {\n    verifySourceOnSite(input: $input) { source { id version } hazards { id code } }\n  }\n"): (typeof documents)["\n  mutation RegisterVerifySource($input: VerifySourceOnSiteInput!) {\n    verifySourceOnSite(input: $input) { source { id version } hazards { id code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterVerifyEnterprise($input: VerifyEnterpriseOnSiteInput!) {\n    verifyEnterpriseOnSite(input: $input) { enterprise { id version } hazards { id code } }\n  }\n"): (typeof documents)["\n  mutation RegisterVerifyEnterprise($input: VerifyEnterpriseOnSiteInput!) {\n    verifyEnterpriseOnSite(input: $input) { enterprise { id version } hazards { id code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterChemicals { hazardousChemicals { name cas aliases criticalQuantity beta standard } }\n"): (typeof documents)["\n  query RegisterChemicals { hazardousChemicals { name cas aliases criticalQuantity beta standard } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterCadence { patrolCadence { version source savedAt rules { role everyDays beforeHolidaysWithinDays beforeMajorEventsWithinDays } } }\n"): (typeof documents)["\n  query RegisterCadence { patrolCadence { version source savedAt rules { role everyDays beforeHolidaysWithinDays beforeMajorEventsWithinDays } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterEnterprise($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id creditCode version } }\n"): (typeof documents)["\n  mutation RegisterEnterprise($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id creditCode version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDesignateKeyUnit($input: DesignateKeyUnitInput!) { designateKeyUnit(input: $input) { id version keyUnit { riskColour } } }\n"): (typeof documents)["\n  mutation RegisterDesignateKeyUnit($input: DesignateKeyUnitInput!) { designateKeyUnit(input: $input) { id version keyUnit { riskColour } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterAddKeyPart($input: AddKeyPartInput!) { addKeyPart(input: $input) { id version } }\n"): (typeof documents)["\n  mutation RegisterAddKeyPart($input: AddKeyPartInput!) { addKeyPart(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterSource($input: RegisterMajorHazardSourceInput!) { registerMajorHazardSource(input: $input) { id version } }\n"): (typeof documents)["\n  mutation RegisterSource($input: RegisterMajorHazardSourceInput!) { registerMajorHazardSource(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterAssessSource($input: AssessMajorHazardSourceInput!) { assessMajorHazardSource(input: $input) { id version assessment { level isMajor r } } }\n"): (typeof documents)["\n  mutation RegisterAssessSource($input: AssessMajorHazardSourceInput!) { assessMajorHazardSource(input: $input) { id version assessment { level isMajor r } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterAssignPerson($input: AssignResponsiblePersonInput!) { assignResponsiblePerson(input: $input) { id version vacantRoles } }\n"): (typeof documents)["\n  mutation RegisterAssignPerson($input: AssignResponsiblePersonInput!) { assignResponsiblePerson(input: $input) { id version vacantRoles } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeriodReport($from: String!, $to: String!, $departmentCode: String!, $regionCode: String) {\n    periodReport(from: $from, to: $to, departmentCode: $departmentCode, regionCode: $regionCode) {\n      kind\n      from\n      to\n      departmentCode\n      departmentName\n      regionCode\n      unitName\n      tier\n      status\n      cutoff\n      contentHash\n      xlsxSha256\n      xlsxUrl\n      csvUrls\n      dueAt\n      late\n      submittedAt\n      submittedBy\n      documentNumber\n      receipt { number submittedAt submittedBy late dueAt documentNumber contentHash }\n      attachment1 { ...ReportHazardRowFields }\n      attachment2 { ...ReportHazardRowFields }\n      attachment3 {\n        byRegion { ...ReportStatisticsRowFields }\n        bySector { ...ReportStatisticsRowFields }\n        total { ...ReportStatisticsRowFields }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeriodReport($from: String!, $to: String!, $departmentCode: String!, $regionCode: String) {\n    periodReport(from: $from, to: $to, departmentCode: $departmentCode, regionCode: $regionCode) {\n      kind\n      from\n      to\n      departmentCode\n      departmentName\n      regionCode\n      unitName\n      tier\n      status\n      cutoff\n      contentHash\n      xlsxSha256\n      xlsxUrl\n      csvUrls\n      dueAt\n      late\n      submittedAt\n      submittedBy\n      documentNumber\n      receipt { number submittedAt submittedBy late dueAt documentNumber contentHash }\n      attachment1 { ...ReportHazardRowFields }\n      attachment2 { ...ReportHazardRowFields }\n      attachment3 {\n        byRegion { ...ReportStatisticsRowFields }\n        bySector { ...ReportStatisticsRowFields }\n        total { ...ReportStatisticsRowFields }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPeriodReport($input: SubmitPeriodReportInput!) {\n    submitPeriodReport(input: $input) {\n      from\n      to\n      status\n      contentHash\n      receipt { number submittedAt late }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitPeriodReport($input: SubmitPeriodReportInput!) {\n    submitPeriodReport(input: $input) {\n      from\n      to\n      status\n      contentHash\n      receipt { number submittedAt late }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;