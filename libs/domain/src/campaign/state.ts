import type { Sector } from '../shared/reference';
import type { CampaignMeasure, CampaignTeam, CampaignUnit } from './commands';

export interface CampaignState {
  id: string;
  version: number;
  name: string;
  from: string;
  to: string;
  regions: string[];
  sectors: Sector[];
  teams: CampaignTeam[];
  /** `heldBy` null: the committee office's own meeting; else the district or department that held it. */
  meetings: { heldOn: string; chairedBy: string; decisions: string; minutesHashes: string[]; heldBy: CampaignUnit | null }[];
  supervisionRounds: string[];
  listedHazards: string[];
  penaltyCases: { caseNumber: string; enterpriseName: string; violation: string; oversightId: string | null; at: string }[];
}

/** Which of the four measures have something recorded. */
export function measuresDone(state: CampaignState): Record<CampaignMeasure, boolean> {
  return {
    SPECIAL_MEETING: state.meetings.length > 0,
    SUPERVISION_ROUNDS: state.supervisionRounds.length > 0,
    LISTED_MAJOR_HAZARDS: state.listedHazards.length > 0,
    PENALTY_CASES: state.penaltyCases.length > 0,
  };
}
