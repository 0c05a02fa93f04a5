export const CAMPAIGN_MEASURES = ['SPECIAL_MEETING', 'SUPERVISION_ROUNDS', 'LISTED_MAJOR_HAZARDS', 'PENALTY_CASES'] as const;
export type CampaignMeasure = (typeof CAMPAIGN_MEASURES)[number];

export interface CampaignTeam {
  name: string;
  leader: string;
  /** Led by a leader (领导带队). */
  leaderLed: boolean;
  members: string[];
  experts: string[];
}

/** A district (region code) or a department (department code) the campaign tracks its measures for; none is the office itself. */
export interface CampaignUnit {
  kind: 'DISTRICT' | 'DEPARTMENT';
  code: string;
}

export const CAMPAIGN_UNIT_KINDS = ['DISTRICT', 'DEPARTMENT'] as const;

export type CampaignCommand =
  | {
      type: 'CreateCampaign';
      data: { campaignId: string; name: string; from: string; to: string; regions: string[]; sectors: string[]; teams: CampaignTeam[] };
    }
  | { type: 'RecordSpecialMeeting'; data: { heldOn: string; chairedBy: string; decisions: string; minutesHashes?: string[] | null; heldBy?: CampaignUnit | null } }
  | { type: 'AddSupervisionRound'; data: { oversightId: string; kind: string | null } }
  | { type: 'AddListedHazard'; data: { hazardId: string; level: string | null; listed: boolean } }
  | { type: 'OpenPenaltyCase'; data: { caseNumber: string; enterpriseName: string; violation: string; oversightId?: string | null } };
