import { type CampaignState, measuresDone } from '@hazard/domain';
import type { CampaignProgress } from './campaigns.service';
import type { CampaignModel } from './models/campaign.model';
import type { CampaignProgressModel } from './models/campaign-progress.model';

export function toCampaignModel(s: CampaignState): CampaignModel {
  const m = measuresDone(s);
  return {
    id: s.id,
    version: s.version,
    name: s.name,
    from: s.from,
    to: s.to,
    regions: s.regions,
    sectors: s.sectors,
    teams: s.teams,
    measures: { specialMeeting: m.SPECIAL_MEETING, supervisionRounds: m.SUPERVISION_ROUNDS, listedMajorHazards: m.LISTED_MAJOR_HAZARDS, penaltyCases: m.PENALTY_CASES },
    meetings: s.meetings,
    supervisionRounds: s.supervisionRounds,
    listedHazards: s.listedHazards,
    penaltyCases: s.penaltyCases.map((c) => c.caseNumber),
  };
}

export const toCampaignProgressModel = (p: CampaignProgress): CampaignProgressModel => ({ ...p, campaign: toCampaignModel(p.campaign) });
