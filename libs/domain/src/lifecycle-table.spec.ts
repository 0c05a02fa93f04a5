import type { Actor, HazardCommand } from './commands';
import { decide } from './decide';
import { DomainError } from './errors';
import { fold } from './evolve';
import type { HazardState } from './state';
import { CREDIT_CODE, at, auditor, commands as c, given, inspector, meta, office, person, supervisor, supervisor2 } from './testing/fixtures';
import { isValidCreditCode } from './validation';

type Step = [Actor, HazardCommand, number?];

/** Every state worth telling apart, and the steps that reach it. */
const STATES: Record<string, Step[]> = {
  'FOUND MAJOR': [[inspector, c.report()]],
  'FOUND GENERAL': [[inspector, c.report({ level: 'GENERAL' })]],
  'FOUND GENERAL, on-spot pending': [
    [inspector, c.report({ level: 'GENERAL' })],
    [inspector, c.onSpot()],
  ],
  LISTED: [
    [inspector, c.report()],
    [supervisor, c.list()],
  ],
  SUPERVISED: [
    [inspector, c.report()],
    [supervisor, c.list()],
    [supervisor, c.supervise()],
  ],
  'SUPERVISED, pending': [
    [inspector, c.report()],
    [supervisor, c.list()],
    [supervisor, c.supervise()],
    [inspector, c.submit()],
  ],
  'SUPERVISED, extension requested': [
    [inspector, c.report()],
    [supervisor, c.list()],
    [supervisor, c.supervise()],
    [inspector, c.requestExtension()],
  ],
  SUSPENDED: [
    [inspector, c.report()],
    [supervisor, c.list()],
    [supervisor, c.suspend()],
  ],
  'SUSPENDED, pending': [
    [inspector, c.report()],
    [supervisor, c.list()],
    [supervisor, c.suspend()],
    [inspector, c.submit()],
  ],
  RECTIFIED: [
    [inspector, c.report()],
    [supervisor, c.list()],
    [supervisor, c.supervise()],
    [inspector, c.submit()],
    [supervisor, c.verify()],
  ],
  CANCELLED: [
    [inspector, c.report()],
    [office, c.cancel()],
  ],
};

/** A command, as the committee office (all permissions, never the submitter or requester) would send it. */
const ATTEMPTS: Record<string, HazardCommand> = {
  list: c.list(),
  supervise: c.supervise(),
  superviseWithDeadline: c.supervise(200),
  progress: c.progress(),
  submit: c.submit(),
  verify: c.verify(),
  onSpot: c.onSpot(),
  requestExtension: c.requestExtension(),
  decideExtension: c.decideExtension(),
  suspend: c.suspend(),
  standbyCheck: c.standbyCheck(),
  enforcement: c.warning(),
  cancel: c.cancel(),
};

const ALLOWED: Record<keyof typeof STATES, (keyof typeof ATTEMPTS)[]> = {
  'FOUND MAJOR': ['list', 'enforcement', 'cancel'],
  'FOUND GENERAL': ['list', 'superviseWithDeadline', 'onSpot', 'enforcement', 'cancel'],
  'FOUND GENERAL, on-spot pending': ['verify', 'enforcement', 'cancel'],
  LISTED: ['supervise', 'requestExtension', 'suspend', 'enforcement', 'cancel'],
  SUPERVISED: ['progress', 'submit', 'requestExtension', 'suspend', 'enforcement', 'cancel'],
  'SUPERVISED, pending': ['verify', 'enforcement', 'cancel'],
  'SUPERVISED, extension requested': ['progress', 'submit', 'decideExtension', 'suspend', 'enforcement', 'cancel'],
  SUSPENDED: ['progress', 'submit', 'requestExtension', 'standbyCheck', 'enforcement', 'cancel'],
  'SUSPENDED, pending': ['verify', 'standbyCheck', 'enforcement', 'cancel'],
  RECTIFIED: [],
  CANCELLED: [],
};

/** Combinations that fail on their input, not on the state (a deadline missing, or one that only an extension may set). */
const INPUT_NOT_STATE: Partial<Record<string, string[]>> = { 'FOUND GENERAL': ['supervise'], LISTED: ['superviseWithDeadline'] };

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('the command was accepted');
}

describe('decide: the lifecycle table', () => {
  const cases = Object.entries(STATES).flatMap(([name, steps]) =>
    Object.keys(ATTEMPTS).map((attempt) => ({ name, steps, attempt, allowed: ALLOWED[name].includes(attempt) })),
  );

  it.each(cases.filter((k) => k.allowed))('$name: $attempt is allowed', ({ steps, attempt }) => {
    const { state } = given(steps);
    const events = decide(state, ATTEMPTS[attempt], meta(office, 2));
    expect(events.length).toBeGreaterThan(0);
  });

  it.each(cases.filter((k) => !k.allowed && !INPUT_NOT_STATE[k.name]?.includes(k.attempt)))(
    '$name: $attempt is an INVALID_TRANSITION',
    ({ steps, attempt }) => {
      const { state } = given(steps);
      const err = refusal(() => decide(state, ATTEMPTS[attempt], meta(office, 2)));
      expect(err.code).toBe('INVALID_TRANSITION');
      expect(err.message.length).toBeGreaterThan(15);
    },
  );

  it('answers NOT_FOUND for any command but a report before the hazard exists, and refuses a second report', () => {
    for (const command of Object.values(ATTEMPTS)) expect(refusal(() => decide(null, command, meta(office))).code).toBe('NOT_FOUND');
    const { state } = given(STATES['FOUND MAJOR']);
    expect(refusal(() => decide(state, c.report(), meta(office))).code).toBe('INVALID_TRANSITION');
  });
});

describe('decide: events and the state they fold into', () => {
  it('walks a MAJOR hazard through rejection to RECTIFIED', () => {
    const { state, events } = given([
      [inspector, c.report()],
      [supervisor, c.list(240)],
      [supervisor, c.supervise()],
      [inspector, c.progress(40)],
      [inspector, c.submit()],
      [supervisor, c.verify(false)],
      [inspector, c.submit()],
      [supervisor2, c.verify(true)],
    ]);
    expect(events.map((e) => e.type)).toEqual([
      'HazardReported',
      'HazardListed',
      'HazardSupervised',
      'ProgressReported',
      'RectificationSubmitted',
      'RectificationRejected',
      'RectificationSubmitted',
      'RectificationVerified',
    ]);
    expect(state).toMatchObject({
      status: 'RECTIFIED',
      version: 8,
      pendingVerification: false,
      rejectionCount: 1,
      progressPercent: 100,
      verifiedBy: { sub: 'supervisor-2' },
      deadline: at(240),
      listing: { listingLevel: 'CITY', supervisingUnit: '市安委办' },
    });
    expect(fold(events)).toEqual(state);
  });

  it('supervises an unlisted GENERAL hazard with its own deadline', () => {
    const { state } = given([
      [inspector, c.report({ level: 'GENERAL' })],
      [supervisor, c.supervise(100)],
    ]);
    expect(state).toMatchObject({ status: 'SUPERVISED', deadline: at(100), listing: null });
  });

  it('rectifies a GENERAL hazard on the spot, then verified by someone else', () => {
    const { state, events } = given([
      [inspector, c.report({ level: 'GENERAL' })],
      [inspector, c.onSpot()],
      [supervisor, c.verify()],
    ]);
    expect(events.map((e) => e.type)).toEqual(['HazardReported', 'RectifiedOnSpot', 'RectificationVerified']);
    expect(state.status).toBe('RECTIFIED');
    expect(state.submission?.onSpot).toBe(true);
  });

  it('moves a deadline only through an approved extension', () => {
    const requested = given([...STATES.SUPERVISED, [inspector, c.requestExtension(480)]]);
    expect(requested.state.deadline).toBe(at(240));
    const approved = given([...STATES.SUPERVISED, [inspector, c.requestExtension(480)], [supervisor2, c.decideExtension(true)]]);
    expect(approved.state).toMatchObject({ deadline: at(480), originalDeadline: at(240), extensionRequest: null, extensionsApproved: 1 });
    const denied = given([...STATES.SUPERVISED, [inspector, c.requestExtension(480)], [supervisor2, c.decideExtension(false)]]);
    expect(denied.state).toMatchObject({ deadline: at(240), extensionRequest: null });
    expect(refusal(() => decide(requested.state, c.requestExtension(300), meta(office))).code).toBe('INVALID_TRANSITION');
  });

  it('suspends with a roster and records standby checks; resumption needs a verified rectification', () => {
    const { state, events } = given([
      ...STATES.SUSPENDED,
      [inspector, c.standbyCheck(false)],
      [inspector, c.submit()],
      [supervisor, c.verify()],
    ]);
    expect(events.at(-1)).toMatchObject({ type: 'RectificationVerified', data: { resumedFromSuspension: true } });
    expect(state.status).toBe('RECTIFIED');
    expect(fold(events)?.suspension?.checkCount).toBe(1);
  });

  it('escalates at once when a standby check sees production', () => {
    const { state } = given(STATES.SUSPENDED);
    const events = decide(state, c.standbyCheck(true), meta(inspector, 3));
    expect(events.map((e) => e.type)).toEqual(['StandbyCheckRecorded', 'IllegalResumptionSuspected', 'Escalated']);
    expect(events[2].data).toMatchObject({ level: 2, previousLevel: 0, reason: 'ILLEGAL_RESUMPTION_SUSPECTED' });
  });
});

describe('decide: rules', () => {
  it('requires listing before a MAJOR hazard is supervised, and funding in its plan', () => {
    const found = given(STATES['FOUND MAJOR']).state;
    expect(refusal(() => decide(found, c.supervise(100), meta(supervisor))).code).toBe('INVALID_TRANSITION');
    const listed = given(STATES.LISTED).state;
    const unfunded: HazardCommand = { type: 'SuperviseHazard', data: { plan: { ...(c.supervise() as any).data.plan, fundingAmount: 0 } } };
    expect(refusal(() => decide(listed, unfunded, meta(supervisor)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'plan.fundingAmount' });
    expect(refusal(() => decide(listed, c.supervise(100), meta(supervisor)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deadline' });
  });

  it('refuses on-the-spot rectification of a MAJOR hazard', () => {
    expect(refusal(() => decide(given(STATES['FOUND MAJOR']).state, c.onSpot(), meta(inspector))).code).toBe('INVALID_TRANSITION');
  });

  it('keeps four eyes on verification and extension decisions', () => {
    const pending = given(STATES['SUPERVISED, pending']).state;
    expect(refusal(() => decide(pending, c.verify(), meta(person('inspector', 'SUPERVISOR')))).code).toBe('FORBIDDEN');
    const requested = given(STATES['SUPERVISED, extension requested']).state;
    expect(refusal(() => decide(requested, c.decideExtension(), meta(person('inspector', 'SUPERVISOR')))).code).toBe('FORBIDDEN');
  });

  it('applies the permission table', () => {
    const found = given(STATES['FOUND MAJOR']).state;
    expect(refusal(() => decide(found, c.list(), meta(inspector))).code).toBe('FORBIDDEN');
    expect(refusal(() => decide(found, c.cancel(), meta(supervisor))).code).toBe('FORBIDDEN');
    expect(refusal(() => decide(null, c.report(), meta(auditor))).code).toBe('FORBIDDEN');
    expect(refusal(() => decide(found, c.warning(), meta(person('nobody')))).code).toBe('FORBIDDEN');
    expect(decide(found, c.cancel(), meta(office))).toHaveLength(1);
  });

  it('refuses a stale expected version', () => {
    const found = given(STATES['FOUND MAJOR']).state;
    expect(refusal(() => decide(found, c.list(), meta(supervisor, 1, { expectedVersion: 0 }))).code).toBe('VERSION_CONFLICT');
    expect(decide(found, c.list(), meta(supervisor, 1, { expectedVersion: 1 }))).toHaveLength(1);
  });

  it('recommends closure on the third fine in 180 days of an open MAJOR hazard', () => {
    const listed = given(STATES.LISTED).state;
    const fine: HazardCommand = { type: 'RecordEnforcement', data: { kind: 'FINE', amount: 5000, enterpriseFines: [at(-24 * 100), at(-24 * 50)] } };
    expect(decide(listed, fine, meta(supervisor, 1)).map((e) => e.type)).toEqual(['EnforcementRecorded', 'ClosureRecommended']);
    const old: HazardCommand = { type: 'RecordEnforcement', data: { kind: 'FINE', amount: 5000, enterpriseFines: [at(-24 * 300), at(-24 * 50)] } };
    expect(decide(listed, old, meta(supervisor, 1)).map((e) => e.type)).toEqual(['EnforcementRecorded']);
    const fourInAYear: HazardCommand = {
      type: 'RecordEnforcement',
      data: { kind: 'FINE', amount: 5000, enterpriseFines: [at(-24 * 350), at(-24 * 300), at(-24 * 200)] },
    };
    expect(decide(listed, fourInAYear, meta(supervisor, 1)).map((e) => e.type)).toEqual(['EnforcementRecorded', 'ClosureRecommended']);
  });
});

describe('decide: input', () => {
  const found = () => given(STATES['FOUND MAJOR']).state;
  const listed = () => given(STATES.LISTED).state;
  const bad = (state: HazardState | null, command: HazardCommand, field: string, actor: Actor = office, hours = 1) => {
    const err = refusal(() => decide(state, command, meta(actor, hours)));
    expect({ code: err.code, field: err.field }).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(err.message).toContain(field);
  };

  it('checks the report', () => {
    bad(null, c.report({ title: '   ' }), 'title');
    bad(null, c.report({ title: 'x'.repeat(201) }), 'title');
    bad(null, c.report({ enterpriseName: '某公司\u0000' }), 'enterpriseName');
    bad(null, c.report({ enterpriseCreditCode: '91211100MA0Q7K3L24' }), 'enterpriseCreditCode');
    bad(null, c.report({ level: 'SEVERE' }), 'level');
    bad(null, c.report({ sector: 'SPACE' }), 'sector');
    bad(null, c.report({ regionCode: '211 102' }), 'regionCode');
    bad(null, c.report({ foundAt: at(5) }), 'foundAt');
    bad(null, c.report({ foundAt: '2026-03-01' }), 'foundAt');
    bad(null, c.report({ foundAt: at(-24 * 365 * 11) }), 'foundAt');
  });

  it('keeps Chinese text and multi-line descriptions exactly', () => {
    const text = '隐患描述：\n第一行“引号”\t制表\n——完';
    const [event] = decide(null, c.report({ description: text, title: '  标题  ' }), meta(inspector));
    expect(event.data).toMatchObject({ description: text, title: '标题' });
  });

  it('checks deadlines, percentages, money, durations, digests and rosters', () => {
    bad(found(), { type: 'ListHazard', data: { listingLevel: 'CITY', supervisingUnit: 'u', deadline: at(0.5) } }, 'deadline', office, 1);
    bad(found(), { type: 'ListHazard', data: { listingLevel: 'CITY', supervisingUnit: 'u', deadline: at(24 * 366 * 6) } }, 'deadline');
    bad(found(), { type: 'ListHazard', data: { listingLevel: 'TOWN' as never, supervisingUnit: 'u', deadline: at(24) } }, 'listingLevel');
    const supervised = given(STATES.SUPERVISED).state;
    bad(supervised, { type: 'ReportProgress', data: { percent: 101, note: 'n' } }, 'percent');
    bad(supervised, { type: 'ReportProgress', data: { percent: 5.5, note: 'n' } }, 'percent');
    bad(supervised, { type: 'SubmitRectification', data: { summary: 's', evidenceHashes: ['abc'] } }, 'evidenceHashes[0]');
    bad(supervised, { type: 'SubmitRectification', data: { summary: 's', evidenceHashes: ['a'.repeat(64), 'A'.repeat(64)] } }, 'evidenceHashes[1]');
    bad(found(), { type: 'RecordEnforcement', data: { kind: 'FINE', amount: -1 } }, 'amount');
    bad(found(), { type: 'RecordEnforcement', data: { kind: 'FINE' } }, 'amount');
    bad(found(), { type: 'RecordEnforcement', data: { kind: 'WARNING', amount: 100 } }, 'amount');
    const suspend = (data: Record<string, unknown>): HazardCommand => ({
      type: 'SuspendOperations',
      data: { scope: 'FULL', reason: 'r', monitors: [{ name: '张' }], checkInterval: 'PT24H', ...data } as never,
    });
    bad(listed(), suspend({ checkInterval: 'every day' }), 'checkInterval');
    bad(listed(), suspend({ checkInterval: 'P1M' }), 'checkInterval');
    bad(listed(), suspend({ monitors: [] }), 'monitors');
    bad(listed(), suspend({ monitors: [{ name: '张' }, { name: '张' }] }), 'monitors[1].name');
    bad(given(STATES.SUSPENDED).state, { type: 'RecordStandbyCheck', data: { monitor: '李某', productionObserved: false } }, 'monitor');
    bad(supervised, { type: 'RequestDeadlineExtension', data: { requestedDeadline: at(100), reason: 'r' } }, 'requestedDeadline');
  });

  it('accepts a valid credit code in lower case and stores it upper case', () => {
    expect(isValidCreditCode(CREDIT_CODE)).toBe(true);
    const [event] = decide(null, c.report({ enterpriseCreditCode: CREDIT_CODE.toLowerCase() }), meta(inspector));
    expect(event.data).toMatchObject({ enterpriseCreditCode: CREDIT_CODE });
  });
});
