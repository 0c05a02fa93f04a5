import { type SearchAttributeUpdatePair, defineSearchAttributeKey } from '@temporalio/common';
import type { HazardState } from '@hazard/domain';

/** Search attributes the hazard workflows carry, so operators can filter them in the Temporal UI. */
export const SEARCH_ATTRIBUTES = {
  HazardStatus: 'Keyword',
  HazardLevel: 'Keyword',
  HazardSector: 'Keyword',
  HazardRegion: 'Keyword',
  HazardDeadline: 'Datetime',
  EscalationLevel: 'Int',
} as const;

const STATUS = defineSearchAttributeKey('HazardStatus', 'KEYWORD');
const LEVEL = defineSearchAttributeKey('HazardLevel', 'KEYWORD');
const SECTOR = defineSearchAttributeKey('HazardSector', 'KEYWORD');
const REGION = defineSearchAttributeKey('HazardRegion', 'KEYWORD');
const DEADLINE = defineSearchAttributeKey('HazardDeadline', 'DATETIME');
const ESCALATION = defineSearchAttributeKey('EscalationLevel', 'INT');

export function hazardSearchAttributes(state: HazardState): SearchAttributeUpdatePair[] {
  return [
    { key: STATUS, value: state.status },
    { key: LEVEL, value: state.level },
    { key: SECTOR, value: state.sector },
    { key: REGION, value: state.regionCode },
    { key: DEADLINE, value: state.deadline ? new Date(state.deadline) : null },
    { key: ESCALATION, value: state.escalationLevel },
  ];
}
