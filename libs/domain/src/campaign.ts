import type { Actor, CommandMetadata } from './commands';
import { DomainError, badInput, invalidTransition } from './errors';
import { assertNever } from './never';
import { type Role, SECTORS, type Sector } from './reference';
import { calendarDate, code, evidenceHashes, oneOf, optionalText, requiredText } from './validation';

/**
 * A campaign (专项行动, e.g. the "Two Sessions" campaign) with its period, scope and teams, and the
 * four measures the notice asks for: a special meeting (专题会议), special supervision rounds
 * (专项督查: leader-led, covert and random), a batch of major hazards supervised under listing
 * (挂牌督办), and a batch of violations punished (处罚案件). The progress figures are read from the
 * hazards and the linked records at query time; the campaign's own stream records what was decided.
 */
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

export type CampaignCommand =
  | {
      type: 'CreateCampaign';
      data: { campaignId: string; name: string; from: string; to: string; regions: string[]; sectors: string[]; teams: CampaignTeam[] };
    }
  | { type: 'RecordSpecialMeeting'; data: { heldOn: string; chairedBy: string; decisions: string; minutesHashes?: string[] | null } }
  | { type: 'AddSupervisionRound'; data: { oversightId: string; kind: string | null } }
  | { type: 'AddListedHazard'; data: { hazardId: string; level: string | null; listed: boolean } }
  | { type: 'OpenPenaltyCase'; data: { caseNumber: string; enterpriseName: string; violation: string; oversightId?: string | null } };

export type CampaignEventBody =
  | { type: 'CampaignCreated'; data: Extract<CampaignCommand, { type: 'CreateCampaign' }>['data'] }
  | { type: 'SpecialMeetingRecorded'; data: { heldOn: string; chairedBy: string; decisions: string; minutesHashes: string[] } }
  | { type: 'SupervisionRoundAdded'; data: { oversightId: string } }
  | { type: 'ListedHazardAdded'; data: { hazardId: string } }
  | { type: 'PenaltyCaseOpened'; data: { caseNumber: string; enterpriseName: string; violation: string; oversightId: string | null } };

export interface CampaignEvent {
  type: CampaignEventBody['type'];
  data: CampaignEventBody['data'];
  version: number;
  metadata: { occurredAt: string; recordedAt: string; actor: Actor };
}

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

const CAMPAIGN_ROLES: readonly Role[] = ['COMMITTEE_OFFICE'];
const date = calendarDate;

function names(field: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw badInput(field, 'must be a list of names');
  return value.map((v, i) => requiredText(`${field}[${i}]`, v, { max: 100 }));
}

export function decideCampaign(state: CampaignState | null, command: CampaignCommand, meta: CommandMetadata): CampaignEventBody[] {
  if (!meta.actor.roles.some((r) => CAMPAIGN_ROLES.includes(r))) throw new DomainError('FORBIDDEN', `your roles do not allow ${command.type}`);
  if (meta.expectedVersion !== undefined && meta.expectedVersion !== (state?.version ?? 0)) {
    throw new DomainError('VERSION_CONFLICT', `the campaign is at version ${state?.version ?? 0}, the command expected ${meta.expectedVersion}`);
  }
  if (command.type === 'CreateCampaign') {
    if (state) throw invalidTransition(`campaign ${state.name} exists`);
    const d = command.data;
    const from = date('from', d.from);
    const to = date('to', d.to);
    if (to < from) throw badInput('to', 'must not be before from');
    const regions = (Array.isArray(d.regions) ? d.regions : []).map((r, i) => code(`regions[${i}]`, r));
    const sectors = (Array.isArray(d.sectors) ? d.sectors : []).map((s, i) => oneOf(`sectors[${i}]`, s, SECTORS));
    if (regions.length === 0) throw badInput('regions', 'name the regions the campaign covers');
    if (sectors.length === 0) throw badInput('sectors', 'name the sectors the campaign covers');
    const teams = (Array.isArray(d.teams) ? d.teams : []).map((t, i) => {
      const leaderLed = t?.leaderLed === true;
      return {
        name: requiredText(`teams[${i}].name`, t?.name, { max: 100 }),
        leader: requiredText(`teams[${i}].leader`, t?.leader, { max: 100 }),
        leaderLed,
        members: names(`teams[${i}].members`, t?.members),
        experts: names(`teams[${i}].experts`, t?.experts),
      };
    });
    return [{ type: 'CampaignCreated', data: { campaignId: requiredText('campaignId', d.campaignId, { max: 64 }), name: requiredText('name', d.name, { max: 200 }), from, to, regions, sectors, teams } }];
  }
  if (!state) throw new DomainError('NOT_FOUND', 'no such campaign');
  switch (command.type) {
    case 'RecordSpecialMeeting': {
      const d = command.data;
      const heldOn = date('heldOn', d.heldOn);
      // A deployment meeting may come before the period starts, never after it ended.
      if (heldOn > state.to) throw badInput('heldOn', `is after the campaign ended (${state.to})`);
      return [
        {
          type: 'SpecialMeetingRecorded',
          data: {
            heldOn,
            chairedBy: requiredText('chairedBy', d.chairedBy, { max: 100 }),
            decisions: requiredText('decisions', d.decisions, { max: 4000, multiline: true }),
            minutesHashes: evidenceHashes('minutesHashes', d.minutesHashes),
          },
        },
      ];
    }
    case 'AddSupervisionRound': {
      const id = requiredText('oversightId', command.data.oversightId, { max: 64 });
      if (command.data.kind !== 'SUPERVISION') throw badInput('oversightId', `${id} is not a supervision (督查) the office may see`);
      if (state.supervisionRounds.includes(id)) throw invalidTransition(`supervision ${id} is already part of the campaign`);
      return [{ type: 'SupervisionRoundAdded', data: { oversightId: id } }];
    }
    case 'AddListedHazard': {
      const id = requiredText('hazardId', command.data.hazardId, { max: 64 });
      if (command.data.level !== 'MAJOR' || !command.data.listed) throw badInput('hazardId', `${id} is not a major hazard under listing (挂牌督办)`);
      if (state.listedHazards.includes(id)) throw invalidTransition(`hazard ${id} is already part of the campaign`);
      return [{ type: 'ListedHazardAdded', data: { hazardId: id } }];
    }
    case 'OpenPenaltyCase': {
      const d = command.data;
      const caseNumber = requiredText('caseNumber', d.caseNumber, { max: 100 });
      if (state.penaltyCases.some((c) => c.caseNumber === caseNumber)) throw invalidTransition(`penalty case ${caseNumber} is already recorded`);
      return [
        {
          type: 'PenaltyCaseOpened',
          data: { caseNumber, enterpriseName: requiredText('enterpriseName', d.enterpriseName, { max: 200 }), violation: requiredText('violation', d.violation, { max: 2000, multiline: true }), oversightId: optionalText('oversightId', d.oversightId, { max: 64 }) },
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

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
      return { ...next, meetings: [...state.meetings, body.data] };
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

/** Which of the four measures have something recorded. */
export function measuresDone(state: CampaignState): Record<CampaignMeasure, boolean> {
  return {
    SPECIAL_MEETING: state.meetings.length > 0,
    SUPERVISION_ROUNDS: state.supervisionRounds.length > 0,
    LISTED_MAJOR_HAZARDS: state.listedHazards.length > 0,
    PENALTY_CASES: state.penaltyCases.length > 0,
  };
}
