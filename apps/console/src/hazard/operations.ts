import { graphql } from '../gql';

export const HazardDetailFields = graphql(`
  fragment HazardDetailFields on Hazard {
    id
    code
    title
    description
    status
    level
    sector
    source
    regionCode
    departmentCode
    enterpriseName
    enterpriseCreditCode
    location
    judgementBasis
    foundAt
    reportedAt
    reportedBy { sub name }
    deadline
    originalDeadline
    overdue
    escalationLevel
    pendingVerification
    progressPercent
    rejectionCount
    extensionsApproved
    rectifiedAt
    cancelReason
    updatedAt
    version
    nextClock { kind dueAt level }
    listing { listingLevel supervisingUnit documentNumber signer listedAt listedBy { sub name } policyId }
    plan { responsibleUnit responsiblePerson responsiblePhone measures fundingAmount fundingSource contingencyPlan }
    suspension { scope reason checkInterval suspendedAt lastCheckAt checkCount productionObservedCount monitors { name phone account } }
    submission { summary evidenceHashes onSpot submittedAt submittedBy { sub name } }
    extensionRequest { requestedDeadline reason requestedAt requestedBy { sub name } }
    regradeRequest { to reason requestedAt requestedBy { sub name } }
    escalations { level at notify reason }
    enforcementActions { kind amount at decisionNumber }
    evidence { sha256 mediaType fileName takenAt latitude longitude uploadedByName url }
  }
`);

export const HazardDetailQuery = graphql(`
  query HazardDetail($id: ID!) {
    hazard(id: $id) {
      ...HazardDetailFields
      history {
        eventId
        version
        type
        actor
        actorName
        actorRoles
        occurredAt
        recordedAt
        data
        hash
      }
    }
  }
`);

export const ListHazardMutation = graphql(`
  mutation CommandListHazard($input: ListHazardInput!) { listHazard(input: $input) { hazard { ...HazardDetailFields } } }
`);
export const SuperviseHazardMutation = graphql(`
  mutation CommandSuperviseHazard($input: SuperviseHazardInput!) { superviseHazard(input: $input) { hazard { ...HazardDetailFields } } }
`);
export const ReportProgressMutation = graphql(`
  mutation CommandReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { hazard { ...HazardDetailFields } } }
`);
export const SubmitRectificationMutation = graphql(`
  mutation CommandSubmitRectification($input: SubmitRectificationInput!) { submitRectification(input: $input) { hazard { ...HazardDetailFields } } }
`);
export const VerifyRectificationMutation = graphql(`
  mutation CommandVerifyRectification($input: VerifyRectificationInput!) { verifyRectification(input: $input) { hazard { ...HazardDetailFields } } }
`);
export const RectifyOnSpotMutation = graphql(`
  mutation CommandRectifyOnSpot($input: RectifyOnSpotInput!) { rectifyOnSpot(input: $input) { hazard { ...HazardDetailFields } } }
`);
export const RequestDeadlineExtensionMutation = graphql(`
  mutation CommandRequestDeadlineExtension($input: RequestDeadlineExtensionInput!) { requestDeadlineExtension(input: $input) { hazard { ...HazardDetailFields } } }
`);
export const DecideDeadlineExtensionMutation = graphql(`
  mutation CommandDecideDeadlineExtension($input: DecideDeadlineExtensionInput!) { decideDeadlineExtension(input: $input) { hazard { ...HazardDetailFields } } }
`);
export const SuspendOperationsMutation = graphql(`
  mutation CommandSuspendOperations($input: SuspendOperationsInput!) { suspendOperations(input: $input) { hazard { ...HazardDetailFields } } }
`);
export const RecordStandbyCheckMutation = graphql(`
  mutation CommandRecordStandbyCheck($input: RecordStandbyCheckInput!) { recordStandbyCheck(input: $input) { hazard { ...HazardDetailFields } } }
`);
export const RecordEnforcementMutation = graphql(`
  mutation CommandRecordEnforcement($input: RecordEnforcementInput!) { recordEnforcement(input: $input) { hazard { ...HazardDetailFields } } }
`);
export const CancelHazardMutation = graphql(`
  mutation CommandCancelHazard($input: CancelHazardInput!) { cancelHazard(input: $input) { hazard { ...HazardDetailFields } } }
`);

export const ResumeOperationsMutation = graphql(`
  mutation CommandResumeOperations($input: ResumeOperationsInput!) { resumeOperations(input: $input) { hazard { ...HazardDetailFields } } }
`);
export const RotateStandbyMonitorsMutation = graphql(`
  mutation CommandRotateStandbyMonitors($input: RotateStandbyMonitorsInput!) { rotateStandbyMonitors(input: $input) { hazard { ...HazardDetailFields } } }
`);
export const RequestRegradeMutation = graphql(`
  mutation CommandRequestRegrade($input: RequestRegradeInput!) { requestRegrade(input: $input) { hazard { ...HazardDetailFields } } }
`);
export const DecideRegradeMutation = graphql(`
  mutation CommandDecideRegrade($input: DecideRegradeInput!) { decideRegrade(input: $input) { hazard { ...HazardDetailFields } } }
`);
export const TransferHazardMutation = graphql(`
  mutation CommandTransferHazard($input: TransferHazardInput!) { transferHazard(input: $input) { hazard { ...HazardDetailFields } } }
`);
export const AmendEnterpriseMutation = graphql(`
  mutation CommandAmendEnterprise($input: AmendEnterpriseInput!) { amendEnterprise(input: $input) { hazard { ...HazardDetailFields } } }
`);

export const IssueSupervisionLetterMutation = graphql(`
  mutation CommandIssueSupervisionLetter($input: IssueSupervisionLetterInput!) { issueSupervisionLetter(input: $input) { hazard { ...HazardDetailFields } } }
`);
export const RecordInterviewMutation = graphql(`
  mutation CommandRecordInterview($input: RecordInterviewInput!) { recordInterview(input: $input) { hazard { ...HazardDetailFields } } }
`);
export const RaiseListingLevelMutation = graphql(`
  mutation CommandRaiseListingLevel($input: RaiseListingLevelInput!) { raiseListingLevel(input: $input) { hazard { ...HazardDetailFields } } }
`);

export const HazardRegionNames = graphql(`
  query HazardRegionNames { regions { code name } departments { code name } }
`);
