import { campaignDecider } from './campaign/decide';
import type { CampaignEventBody } from './campaign/events';
import type { CommandMetadata } from './shared/metadata';
import { ACTORS, T0, caught, given, metaFor, plusDays, recorded } from './testing';

const created: CampaignEventBody = {
  type: 'CampaignCreated',
  data: { campaignId: 'c1', name: '两会专项行动', from: '2026-02-20', to: '2026-03-15', regions: ['211103'], sectors: ['HAZARDOUS_CHEMICALS'], teams: [] },
};
const office = (): CommandMetadata => metaFor(ACTORS.office, T0);

/** The helper's own failures, as a spec would meet them: thrown, with what was expected and what came. */
const failure = (fn: () => unknown): string => (caught(fn) as Error).message;

describe('given / when / then', () => {
  test('folds the given events with the decider’s evolve and checks the decided events', () => {
    const scenario = given(campaignDecider, [created]);
    expect(scenario.state).toMatchObject({ id: 'c1', version: 1 });
    const after = scenario.when({ type: 'AddListedHazard', data: { hazardId: 'h1', level: 'MAJOR', listed: true } }, office()).then([{ type: 'ListedHazardAdded', data: { hazardId: 'h1' } }]);
    expect(after).toMatchObject({ version: 2, listedHazards: ['h1'] });
  });

  test('records each given event by whom and when it says', () => {
    const at = plusDays(T0, 3);
    const state = given(campaignDecider, [created, recorded({ type: 'PenaltyCaseOpened', data: { caseNumber: 'P1', enterpriseName: 'E', violation: 'V', oversightId: null } }, ACTORS.supervisor, at)]).state;
    expect(state?.penaltyCases[0].at).toBe(at);
  });

  test('fails on other events, other data, and the same data in another key order', () => {
    const when = () => given(campaignDecider, [created]).when({ type: 'AddListedHazard', data: { hazardId: 'h1', level: 'MAJOR', listed: true } }, office());
    expect(failure(() => when().then([]))).toMatch(/the decided events differ/);
    expect(failure(() => when().then([{ type: 'ListedHazardAdded', data: { hazardId: 'h2' } }]))).toMatch(/h2[\s\S]*--- actual[\s\S]*h1/);
    const reordered = given(campaignDecider, [created]).when({ type: 'OpenPenaltyCase', data: { caseNumber: 'P1', enterpriseName: 'E', violation: 'V' } }, office());
    expect(failure(() => reordered.then([{ type: 'PenaltyCaseOpened', data: { enterpriseName: 'E', caseNumber: 'P1', violation: 'V', oversightId: null } }]))).toMatch(/differ/);
  });

  test('fails when a refusal was expected and the command passed, or the refusal differs', () => {
    const refused = () => given(campaignDecider, [created]).when({ type: 'AddListedHazard', data: { hazardId: 'h1', level: 'GENERAL', listed: true } }, office());
    expect(refused().thenThrows('BAD_USER_INPUT', { field: 'hazardId', message: /挂牌督办/ }).code).toBe('BAD_USER_INPUT');
    expect(failure(() => refused().thenThrows('FORBIDDEN'))).toMatch(/another code/);
    expect(failure(() => refused().thenThrows('BAD_USER_INPUT', { field: 'level' }))).toMatch(/another field/);
    expect(failure(() => refused().thenThrows('BAD_USER_INPUT', { message: 'something else' }))).toMatch(/another message/);
    expect(failure(() => refused().then([]))).toMatch(/the command was refused[\s\S]*BAD_USER_INPUT/);
    const accepted = given(campaignDecider, [created]).when({ type: 'AddListedHazard', data: { hazardId: 'h1', level: 'MAJOR', listed: true } }, office());
    expect(failure(() => accepted.thenThrows('INVALID_TRANSITION'))).toMatch(/the command was accepted/);
  });
});
