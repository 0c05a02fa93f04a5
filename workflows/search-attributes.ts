/** Search attributes the hazard workflows carry, so operators can filter them in the Temporal UI. */
export const SEARCH_ATTRIBUTES = {
  HazardStatus: 'Keyword',
  HazardLevel: 'Keyword',
  HazardSector: 'Keyword',
  HazardRegion: 'Keyword',
  HazardDeadline: 'Datetime',
  EscalationLevel: 'Int',
} as const;
