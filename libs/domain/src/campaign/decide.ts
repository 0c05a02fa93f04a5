import type { Decider } from '../shared/aggregate';
import { DomainError, badInput, invalidTransition } from '../shared/errors';
import type { CommandMetadata } from '../shared/metadata';
import { assertNever } from '../shared/never';
import { assertMayRunCommand } from '../shared/permissions';
import { SECTORS } from '../shared/reference';
import { calendarDate, code, evidenceHashes, oneOf, optionalText, requiredText } from '../shared/validation';
import { CAMPAIGN_UNIT_KINDS, type CampaignCommand, type CampaignUnit } from './commands';
import type { CampaignEventBody } from './events';
import { evolveCampaign } from './evolve';
import type { CampaignState } from './state';

const date = calendarDate;

function names(field: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw badInput(field, 'must be a list of names');
  return value.map((v, i) => requiredText(`${field}[${i}]`, v, { max: 100 }));
}

export function decideCampaign(state: CampaignState | null, command: CampaignCommand, meta: CommandMetadata): CampaignEventBody[] {
  assertMayRunCommand(meta, command.type);
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
            heldBy: meetingUnit(state, d.heldBy),
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

/** The campaign's decider as one value (the command handler takes it so). */
export const campaignDecider: Decider<CampaignState, CampaignCommand, CampaignEventBody> = { decide: decideCampaign, evolve: evolveCampaign };

/** Who held a special meeting: one of the campaign's districts, a department, or (none) the office itself. */
function meetingUnit(state: CampaignState, unit: CampaignUnit | null | undefined): CampaignUnit | null {
  if (unit === null || unit === undefined) return null;
  const kind = oneOf('heldBy.kind', unit.kind, CAMPAIGN_UNIT_KINDS);
  const code = requiredText('heldBy.code', unit.code, { max: 32 });
  if (kind === 'DISTRICT' && !state.regions.includes(code)) throw badInput('heldBy.code', `${code} is not one of the campaign’s districts (${state.regions.join(', ')})`);
  return { kind, code };
}
