import type { Actor } from '../shared/metadata';
import type { CampaignCommand, CampaignUnit } from './commands';

export type CampaignEventBody =
  | { type: 'CampaignCreated'; data: Extract<CampaignCommand, { type: 'CreateCampaign' }>['data'] }
  /** `heldBy` absent (events before it existed) or null: the committee office's own meeting. */
  | { type: 'SpecialMeetingRecorded'; data: { heldOn: string; chairedBy: string; decisions: string; minutesHashes: string[]; heldBy?: CampaignUnit | null } }
  | { type: 'SupervisionRoundAdded'; data: { oversightId: string } }
  | { type: 'ListedHazardAdded'; data: { hazardId: string } }
  | { type: 'PenaltyCaseOpened'; data: { caseNumber: string; enterpriseName: string; violation: string; oversightId: string | null } };

export interface CampaignEvent {
  type: CampaignEventBody['type'];
  data: CampaignEventBody['data'];
  version: number;
  metadata: { occurredAt: string; recordedAt: string; actor: Actor };
}
