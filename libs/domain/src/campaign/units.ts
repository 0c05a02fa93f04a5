import type { CampaignUnit } from './commands';
import type { CampaignState } from './state';

/** One district's or department's four measures in a campaign (README "Campaigns and their four measures"). */
export interface CampaignUnitMeasures extends CampaignUnit {
  /** It held its own special meeting (the office's meeting counts for the office, not for each unit). */
  meetingHeld: boolean;
  /** Supervision rounds of the campaign aimed at it. */
  supervisionRounds: number;
  /** The campaign's listed major hazards in it, and how many of them are rectified. */
  listedMajorHazards: number;
  listedMajorHazardsRectified: number;
  /** Penalty cases tied to an oversight of it (a round aimed at it, or an inspection in the district / by the department's body). */
  penaltyCases: number;
  /** Hazards found in the period in the district (districts only; a department's are counted by sector, not here). */
  hazardsFound: number | null;
  hazardsRectified: number | null;
}

export interface CampaignUnitFacts {
  campaign: CampaignState;
  /** The campaign's oversights by id: a supervision's target, an inspection's enterprise region and body department. */
  oversights: ReadonlyMap<string, { kind: 'SUPERVISION'; target: CampaignUnit } | { kind: 'INSPECTION'; regionCode: string; departmentCode: string }>;
  listedHazards: readonly { regionCode: string; departmentCode: string; rectified: boolean }[];
  /** Departments whose sectors the campaign covers (they are expected to act too). */
  departments: readonly { code: string; sectors: readonly string[] }[];
  coverage: readonly { regionCode: string; found: number; rectified: number }[];
}

const same = (a: CampaignUnit, b: CampaignUnit | null | undefined) => Boolean(b && a.kind === b.kind && a.code === b.code);

/**
 * Who has done what of the four measures: every district of the campaign and every department whose sectors it
 * covers (or that appears in its records), in that order. Pure: the gateway gathers the facts.
 */
export function campaignUnitMeasures(facts: CampaignUnitFacts): CampaignUnitMeasures[] {
  const { campaign } = facts;
  const mentioned = [
    ...campaign.meetings.flatMap((m) => (m.heldBy?.kind === 'DEPARTMENT' ? [m.heldBy.code] : [])),
    ...[...facts.oversights.values()].flatMap((o) => (o.kind === 'SUPERVISION' ? (o.target.kind === 'DEPARTMENT' ? [o.target.code] : []) : [o.departmentCode])),
    ...facts.listedHazards.map((h) => h.departmentCode),
  ];
  const departments = [...new Set([...facts.departments.filter((d) => d.sectors.some((s) => campaign.sectors.includes(s as never))).map((d) => d.code), ...mentioned])];
  const units: CampaignUnit[] = [...campaign.regions.map((code) => ({ kind: 'DISTRICT' as const, code })), ...departments.map((code) => ({ kind: 'DEPARTMENT' as const, code }))];
  const covers = (unit: CampaignUnit, oversightId: string | null): boolean => {
    const o = oversightId ? facts.oversights.get(oversightId) : undefined;
    if (!o) return false;
    if (o.kind === 'SUPERVISION') return same(unit, o.target);
    return unit.kind === 'DISTRICT' ? o.regionCode === unit.code : o.departmentCode === unit.code;
  };
  return units.map((unit) => {
    const listed = facts.listedHazards.filter((h) => (unit.kind === 'DISTRICT' ? h.regionCode : h.departmentCode) === unit.code);
    const found = facts.coverage.filter((c) => c.regionCode === unit.code);
    return {
      ...unit,
      meetingHeld: campaign.meetings.some((m) => same(unit, m.heldBy)),
      supervisionRounds: campaign.supervisionRounds.filter((id) => covers(unit, id) && facts.oversights.get(id)?.kind === 'SUPERVISION').length,
      listedMajorHazards: listed.length,
      listedMajorHazardsRectified: listed.filter((h) => h.rectified).length,
      penaltyCases: campaign.penaltyCases.filter((c) => covers(unit, c.oversightId)).length,
      hazardsFound: unit.kind === 'DISTRICT' ? found.reduce((n, c) => n + c.found, 0) : null,
      hazardsRectified: unit.kind === 'DISTRICT' ? found.reduce((n, c) => n + c.rectified, 0) : null,
    };
  });
}
