import type { CommandMetadata } from '../shared/metadata';
import { given } from '../testing';
import type { CampaignCommand } from './commands';
import { campaignDecider, decideCampaign } from './decide';
import type { CampaignEventBody } from './events';
import { evolveCampaign } from './evolve';
import { type CampaignState, measuresDone } from './state';

const office: CommandMetadata = { commandId: 'c', actor: { sub: 'o', name: '市安委办', roles: ['COMMITTEE_OFFICE'] }, now: '2026-03-01T00:00:00Z' };

function apply(state: CampaignState | null, command: CampaignCommand): CampaignState {
  return decideCampaign(state, command, office).reduce<CampaignState | null>(
    (s, body) => evolveCampaign(s, { ...body, version: (s?.version ?? 0) + 1, metadata: { occurredAt: office.now, recordedAt: office.now, actor: office.actor } }),
    state,
  ) as CampaignState;
}

const create: CampaignCommand = {
  type: 'CreateCampaign',
  data: { campaignId: 'c1', name: '两会专项行动', from: '2026-02-20', to: '2026-03-15', regions: ['211103'], sectors: ['HAZARDOUS_CHEMICALS'], teams: [{ name: '一组', leader: '王', leaderLed: true, members: [], experts: [] }] },
};

describe('campaigns (pure)', () => {
  it('records the four measures and says which are done', () => {
    let s = apply(null, create);
    expect(Object.values(measuresDone(s))).toEqual([false, false, false, false]);
    s = apply(s, { type: 'RecordSpecialMeeting', data: { heldOn: '2026-02-21', chairedBy: '市长', decisions: '部署' } });
    s = apply(s, { type: 'AddSupervisionRound', data: { oversightId: 's1', kind: 'SUPERVISION' } });
    s = apply(s, { type: 'AddListedHazard', data: { hazardId: 'h1', level: 'MAJOR', listed: true } });
    s = apply(s, { type: 'OpenPenaltyCase', data: { caseNumber: 'P1', enterpriseName: 'E', violation: 'V' } });
    expect(measuresDone(s)).toEqual({ SPECIAL_MEETING: true, SUPERVISION_ROUNDS: true, LISTED_MAJOR_HAZARDS: true, PENALTY_CASES: true });
    expect(s.version).toBe(5);
  });

  it('refuses a bad period, an empty scope, an inspection as a round, an unlisted or general hazard, and duplicates', () => {
    expect(() => apply(null, { ...create, data: { ...create.data, to: '2026-02-19' } } as CampaignCommand)).toThrow(expect.objectContaining({ field: 'to' }));
    expect(() => apply(null, { ...create, data: { ...create.data, from: '2026-02-30' } } as CampaignCommand)).toThrow(expect.objectContaining({ field: 'from' }));
    expect(() => apply(null, { ...create, data: { ...create.data, sectors: [] } } as CampaignCommand)).toThrow(expect.objectContaining({ field: 'sectors' }));
    const s = apply(null, create);
    expect(() => apply(s, { type: 'AddSupervisionRound', data: { oversightId: 'i1', kind: 'INSPECTION' } })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => apply(s, { type: 'AddListedHazard', data: { hazardId: 'h1', level: 'MAJOR', listed: false } })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => apply(s, { type: 'AddListedHazard', data: { hazardId: 'h1', level: 'GENERAL', listed: true } })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => apply(s, { type: 'RecordSpecialMeeting', data: { heldOn: '2026-03-16', chairedBy: '市长', decisions: '部署' } })).toThrow(expect.objectContaining({ field: 'heldOn' }));
    expect(apply(s, { type: 'RecordSpecialMeeting', data: { heldOn: '2026-02-18', chairedBy: '市长', decisions: '部署' } }).meetings).toHaveLength(1);
    const withRound = apply(s, { type: 'AddSupervisionRound', data: { oversightId: 's1', kind: 'SUPERVISION' } });
    expect(() => apply(withRound, { type: 'AddSupervisionRound', data: { oversightId: 's1', kind: 'SUPERVISION' } })).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    expect(() => decideCampaign(s, { type: 'RecordSpecialMeeting', data: { heldOn: '2026-02-21', chairedBy: 'x', decisions: 'y' } }, { ...office, actor: { ...office.actor, roles: ['SUPERVISOR'] } })).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });
});

describe('who held the special meeting', () => {
  it('is the office itself unless a district of the campaign or a department is named; an old event without it reads as the office’s', () => {
    const s = apply(null, create);
    const meeting = (heldBy?: unknown) => apply(s, { type: 'RecordSpecialMeeting', data: { heldOn: '2026-02-21', chairedBy: '区长', decisions: '部署', heldBy } as never }).meetings[0].heldBy;
    expect(meeting()).toBeNull();
    expect(meeting({ kind: 'DISTRICT', code: s.regions[0] })).toEqual({ kind: 'DISTRICT', code: s.regions[0] });
    expect(meeting({ kind: 'DEPARTMENT', code: 'HOUSING' })).toEqual({ kind: 'DEPARTMENT', code: 'HOUSING' });
    expect(() => meeting({ kind: 'DISTRICT', code: '999999' })).toThrow(expect.objectContaining({ field: 'heldBy.code' }));
    expect(() => meeting({ kind: 'ENTERPRISE', code: 'x' })).toThrow(expect.objectContaining({ field: 'heldBy.kind' }));
    const old = evolveCampaign(s, { type: 'SpecialMeetingRecorded', data: { heldOn: '2026-02-21', chairedBy: '市长', decisions: '部署', minutesHashes: [] } } as never);
    expect(old.meetings[0].heldBy).toBeNull();
  });
});

describe('given events → when command → then events', () => {
  const created: CampaignEventBody = {
    type: 'CampaignCreated',
    data: { campaignId: 'c1', name: '两会专项行动', from: '2026-02-20', to: '2026-03-15', regions: ['211103'], sectors: ['HAZARDOUS_CHEMICALS'], teams: [{ name: '一组', leader: '王', leaderLed: true, members: [], experts: [] }] },
  };

  test('a campaign is created as given, once', () => {
    given(campaignDecider).when(create, office).then([created]);
    given(campaignDecider, [created]).when(create, office).thenThrows('INVALID_TRANSITION', { message: 'campaign 两会专项行动 exists' });
  });

  test('a major hazard under listing joins the campaign once', () => {
    const add: CampaignCommand = { type: 'AddListedHazard', data: { hazardId: 'h1', level: 'MAJOR', listed: true } };
    given(campaignDecider, [created]).when(add, office).then([{ type: 'ListedHazardAdded', data: { hazardId: 'h1' } }]);
    given(campaignDecider, [created, { type: 'ListedHazardAdded', data: { hazardId: 'h1' } }]).when(add, office).thenThrows('INVALID_TRANSITION');
  });

  test('campaigns are the office’s', () => {
    given(campaignDecider, [created])
      .when({ type: 'OpenPenaltyCase', data: { caseNumber: 'P1', enterpriseName: 'E', violation: 'V' } }, { ...office, actor: { ...office.actor, roles: ['SUPERVISOR'] } })
      .thenThrows('FORBIDDEN', { message: 'your roles do not allow OpenPenaltyCase' });
  });
});
