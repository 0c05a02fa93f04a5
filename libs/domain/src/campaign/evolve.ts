import { assertNever } from '../shared/never';
import type { Sector } from '../shared/reference';
import type { CampaignEvent, CampaignEventBody } from './events';
import type { CampaignState } from './state';

export function evolveCampaign(state: CampaignState | null, event: CampaignEvent): CampaignState {
  const body = { type: event.type, data: event.data } as CampaignEventBody;
  if (body.type === 'CampaignCreated') {
    const { campaignId, ...d } = body.data;
    return { id: campaignId, version: event.version, ...d, sectors: d.sectors as Sector[], meetings: [], supervisionRounds: [], listedHazards: [], penaltyCases: [] };
  }
  if (!state) throw new Error(`${event.type} before the campaign was created`);
  const next = { ...state, version: event.version };
  switch (body.type) {
    case 'SpecialMeetingRecorded':
      return { ...next, meetings: [...state.meetings, { ...body.data, heldBy: body.data.heldBy ?? null }] };
    case 'SupervisionRoundAdded':
      return { ...next, supervisionRounds: [...state.supervisionRounds, body.data.oversightId] };
    case 'ListedHazardAdded':
      return { ...next, listedHazards: [...state.listedHazards, body.data.hazardId] };
    case 'PenaltyCaseOpened':
      return { ...next, penaltyCases: [...state.penaltyCases, { ...body.data, at: event.metadata.occurredAt }] };
    default:
      return assertNever(body);
  }
}
