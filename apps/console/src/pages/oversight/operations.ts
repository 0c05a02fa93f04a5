import { graphql } from '../../gql';

/** 专项行动与督查检查's operations (README "Campaigns and their four measures", "Supervision and inspection, kept apart"). */

export const CampaignsQuery = graphql(`
  query OversightCampaigns {
    campaigns {
      id
      name
      from
      to
      regions
      sectors
      measures { specialMeeting supervisionRounds listedMajorHazards penaltyCases }
    }
  }
`);

export const CampaignProgressQuery = graphql(`
  query OversightCampaignProgress($id: ID!) {
    campaignProgress(id: $id) {
      campaign {
        id
        version
        name
        from
        to
        regions
        sectors
        teams { name leader leaderLed members experts }
        measures { specialMeeting supervisionRounds listedMajorHazards penaltyCases }
        meetings { heldOn chairedBy decisions heldBy { kind code } }
        supervisionRounds
        listedHazards
        penaltyCases
      }
      meetings
      supervisionRounds
      leaderLedRounds
      covertRounds
      supervisionFindings
      listedMajorHazards
      listedMajorHazardsRectified
      penaltyCases
      hazardsFound
      hazardsRectified
      rectificationRate
      coverage { regionCode sector found major rectified }
      uncovered { regionCode sector }
      units { kind code meetingHeld supervisionRounds listedMajorHazards listedMajorHazardsRectified penaltyCases hazardsFound hazardsRectified }
    }
  }
`);

export const OversightsQuery = graphql(`
  query Oversights($kind: String) {
    oversights(kind: $kind) {
      id
      version
      kind
      title
      openedAt
      targetKind
      targetCode
      targetName
      method
      leaderLed
      leader
      enterpriseName
      enterpriseCreditCode
      bodyName
      item { code name }
      inspectors { name certificateNo }
      approvalDocument
      findings { at description kind }
      notices { at kind documentNumber note }
    }
  }
`);

export const InspectionHazardsQuery = graphql(`
  query OversightInspectionHazards {
    hazards(filter: { originKind: INSPECTION }, first: 100) { edges { node { id code title level origin { reference } } } }
  }
`);

export const ListedMajorHazardsQuery = graphql(`
  query OversightListedMajorHazards {
    hazards(filter: { level: MAJOR, status: [LISTED, SUPERVISED, SUSPENDED] }, first: 100) { edges { node { id code title regionCode } } }
  }
`);

export const EnforcementBodiesQuery = graphql(`
  query OversightEnforcementBodies { enforcementBodies { code name departmentCode items { code name } } }
`);

export const CreateCampaignMutation = graphql(`
  mutation OversightCreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { id version } }
`);
export const RecordMeetingMutation = graphql(`
  mutation OversightRecordMeeting($input: RecordSpecialMeetingInput!) { recordSpecialMeeting(input: $input) { id version } }
`);
export const AddRoundMutation = graphql(`
  mutation OversightAddRound($input: AddSupervisionRoundInput!) { addSupervisionRound(input: $input) { id version } }
`);
export const AddListedMutation = graphql(`
  mutation OversightAddListed($input: AddListedHazardInput!) { addListedHazard(input: $input) { id version } }
`);
export const OpenCaseMutation = graphql(`
  mutation OversightOpenCase($input: OpenPenaltyCaseInput!) { openPenaltyCase(input: $input) { id version } }
`);
export const OpenSupervisionMutation = graphql(`
  mutation OversightOpenSupervision($input: OpenSupervisionInput!) { openSupervision(input: $input) { id version } }
`);
export const SupervisionFindingMutation = graphql(`
  mutation OversightSupervisionFinding($input: RecordSupervisionFindingInput!) { recordSupervisionFinding(input: $input) { id version } }
`);
export const NoticeMutation = graphql(`
  mutation OversightNotice($input: IssueSupervisionNoticeInput!) { issueSupervisionNotice(input: $input) { id version } }
`);
export const OpenInspectionMutation = graphql(`
  mutation OversightOpenInspection($input: OpenInspectionInput!) { openInspection(input: $input) { id version } }
`);
export const InspectionFindingMutation = graphql(`
  mutation OversightInspectionFinding($input: RecordInspectionFindingInput!) { recordInspectionFinding(input: $input) { inspection { id version } hazard { id code } } }
`);
