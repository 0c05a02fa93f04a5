import type { CampaignState } from './state';
import { campaignUnitMeasures } from './units';

const campaign: CampaignState = {
  id: 'c1',
  version: 6,
  name: '两会专项行动',
  from: '2026-02-20',
  to: '2026-03-15',
  regions: ['211103', '211104'],
  sectors: ['HAZARDOUS_CHEMICALS'],
  teams: [],
  meetings: [
    { heldOn: '2026-02-19', chairedBy: '市长', decisions: '部署', minutesHashes: [], heldBy: null },
    { heldOn: '2026-02-21', chairedBy: '区长', decisions: '部署', minutesHashes: [], heldBy: { kind: 'DISTRICT', code: '211103' } },
  ],
  supervisionRounds: ['s1', 's2'],
  listedHazards: ['h1', 'h2'],
  penaltyCases: [
    { caseNumber: 'P1', enterpriseName: 'E', violation: 'V', oversightId: 'i1', at: '2026-03-01T00:00:00Z' },
    { caseNumber: 'P2', enterpriseName: 'F', violation: 'V', oversightId: null, at: '2026-03-01T00:00:00Z' },
  ],
};

describe('campaignUnitMeasures', () => {
  it('says per district and per department who held a meeting, was supervised, has listed hazards and penalty cases', () => {
    const rows = campaignUnitMeasures({
      campaign,
      oversights: new Map([
        ['s1', { kind: 'SUPERVISION', target: { kind: 'DISTRICT', code: '211104' } }],
        ['s2', { kind: 'SUPERVISION', target: { kind: 'DEPARTMENT', code: 'HOUSING' } }],
        ['i1', { kind: 'INSPECTION', regionCode: '211103', departmentCode: 'EMERGENCY' }],
      ] as const),
      listedHazards: [
        { regionCode: '211103', departmentCode: 'EMERGENCY', rectified: true },
        { regionCode: '211103', departmentCode: 'EMERGENCY', rectified: false },
      ],
      departments: [
        { code: 'EMERGENCY', sectors: ['HAZARDOUS_CHEMICALS'] },
        { code: 'FIRE', sectors: ['FIRE'] },
      ],
      coverage: [{ regionCode: '211103', found: 5, rectified: 2 }],
    });
    expect(rows.map((r) => [r.kind, r.code, r.meetingHeld, r.supervisionRounds, r.listedMajorHazards, r.listedMajorHazardsRectified, r.penaltyCases, r.hazardsFound])).toEqual([
      ['DISTRICT', '211103', true, 0, 2, 1, 1, 5],
      ['DISTRICT', '211104', false, 1, 0, 0, 0, 0],
      ['DEPARTMENT', 'EMERGENCY', false, 0, 2, 1, 1, null],
      ['DEPARTMENT', 'HOUSING', false, 1, 0, 0, 0, null],
    ]);
  });
});
