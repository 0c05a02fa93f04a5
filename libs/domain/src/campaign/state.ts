import type { Sector } from '../shared/reference';
import type { CampaignMeasure, CampaignTeam } from './commands';

export interface CampaignState {
  id: string;
  version: number;
  name: string;
  from: string;
  to: string;
  regions: string[];
  sectors: Sector[];
  teams: CampaignTeam[];
  meetings: { heldOn: string; chairedBy: string; decisions: string; minutesHashes: string[] }[];
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
