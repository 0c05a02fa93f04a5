/**
 * The pure decider, "given events → when command → then events (or then throws with code)".
 * Expectations come from the README (The lifecycle, Security model) (lifecycle, rules, permissions, four eyes) and are checked
 * against decide.ts; the state after each accepted command is the fold of its events.
 */
import { DomainError, type DomainErrorCode } from '../shared/errors';
import { type Actor, SYSTEM_ACTOR } from '../shared/metadata';
import { HAZARD_STATUSES, LISTING_LEVELS, ROLES, type HazardLevel } from '../shared/reference';
import { isValidCreditCode } from '../shared/validation';
import {
  ACTORS,
  DAY,
  HOUR,
  MINUTE,
  SHA_A,
  SHA_B,
  T0,
  VALID_CREDIT_CODE,
  domainError,
  given,
  metaFor,
  recorded,
  plusDays,
  plusMs,
} from '../testing';
import {
  DEADLINE,
  EXTENDED_DEADLINE,
  Harness,
  MONITOR_1,
  MONITOR_2,
  type Step,
  cancelHazard,
  decideExtension,
  listHazard,
  plan,
  recordEnforcement,
  reportData,
  recordStandbyCheck,
  rectifyOnSpot,
  reportHazard,
  reportProgress,
  requestExtension,
  step,
  submitRectification,
  superviseHazard,
  suspendOperations,
  verifyRectification,
  wellFormed,
} from './builders';
import { HAZARD_COMMAND_TYPES, type HazardCommand, type HazardCommandType } from './commands';
import { decide, hazardDecider } from './decide';
import type { HazardEventBody, HazardEventType } from './events';
import { fold } from './evolve';
import type { HazardState } from './state';
import { pendingTimers } from './timers';
import { MAX_DEADLINE_HORIZON_MS } from './validation';

const { inspector, inspector2, supervisor, supervisor2, office, nobody } = ACTORS;

// ---------------------------------------------------------------------------------------------
// Reachable states, each named and reached by real commands
// ---------------------------------------------------------------------------------------------

const reportG = step(reportHazard({ level: 'GENERAL' }), inspector);
const reportM = step(reportHazard({ level: 'MAJOR' }), inspector);
const list = step(listHazard(), supervisor);
const supervise = step(superviseHazard(), supervisor);
const superviseUnlisted = step(superviseHazard({ deadline: DEADLINE }), supervisor);
const suspend = step(suspendOperations(), supervisor);
const submit = step(submitRectification(), inspector);
const onSpot = step(rectifyOnSpot(), inspector);
const accept = step(verifyRectification(true), supervisor2);
const request = step(requestExtension(), inspector);
const cancel = step(cancelHazard(), office);

const STATES = {
  'FOUND (GENERAL)': [reportG],
  'FOUND (MAJOR)': [reportM],
  'FOUND, on-the-spot rectification pending verification': [reportG, onSpot],
  'LISTED (MAJOR)': [reportM, list],
  'LISTED (GENERAL)': [reportG, list],
  'LISTED, extension requested': [reportM, list, request],
  'SUPERVISED (MAJOR)': [reportM, list, supervise],
  'SUPERVISED (GENERAL, unlisted)': [reportG, superviseUnlisted],
  'SUPERVISED, pending verification': [reportM, list, supervise, submit],
  'SUPERVISED, extension requested': [reportM, list, supervise, request],
  'SUSPENDED (from SUPERVISED)': [reportM, list, supervise, suspend],
  'SUSPENDED (from LISTED)': [reportM, list, suspend],
  'SUSPENDED, pending verification': [reportM, list, supervise, suspend, submit],
  'RECTIFIED': [reportM, list, supervise, submit, accept],
  'RECTIFIED (on the spot)': [reportG, onSpot, accept],
  'RECTIFIED (after a suspension)': [reportM, list, suspend, submit, accept],
  'CANCELLED (from FOUND)': [reportG, cancel],
  'CANCELLED (from SUSPENDED)': [reportM, list, suspend, cancel],
} satisfies Record<string, Step[]>;
type StateName = keyof typeof STATES;

const open: HazardCommandType[] = ['RecordEnforcement', 'CancelHazard', 'TransferHazard', 'AmendEnterprise', 'IssueSupervisionLetter', 'RecordInterview'];
/** A re-grade is asked for while nothing waits for verification (README "The closed loop"). */
const regrade: HazardCommandType[] = ['RequestRegrade'];

/** What the README's lifecycle (and decide.ts) allow in each state; everything else must be refused. */
const ALLOWED: Record<StateName, HazardCommandType[]> = {
  'FOUND (GENERAL)': ['ListHazard', 'SuperviseHazard', 'RectifyOnSpot', ...regrade, ...open],
  'FOUND (MAJOR)': ['ListHazard', 'SuspendOperations', ...regrade, ...open],
  'FOUND, on-the-spot rectification pending verification': ['VerifyRectification', ...open],
  'LISTED (MAJOR)': ['RaiseListingLevel', 'SuperviseHazard', 'RequestDeadlineExtension', 'SuspendOperations', ...regrade, ...open],
  'LISTED (GENERAL)': ['RaiseListingLevel', 'SuperviseHazard', 'RequestDeadlineExtension', 'SuspendOperations', ...regrade, ...open],
  'LISTED, extension requested': ['RaiseListingLevel', 'SuperviseHazard', 'DecideDeadlineExtension', 'SuspendOperations', ...regrade, ...open],
  'SUPERVISED (MAJOR)': ['RaiseListingLevel', 'ReportProgress', 'SubmitRectification', 'RequestDeadlineExtension', 'SuspendOperations', ...regrade, ...open],
  'SUPERVISED (GENERAL, unlisted)': ['ReportProgress', 'SubmitRectification', 'RequestDeadlineExtension', 'SuspendOperations', ...open],
  'SUPERVISED, pending verification': ['RaiseListingLevel', 'VerifyRectification', ...open],
  'SUPERVISED, extension requested': ['RaiseListingLevel', 'ReportProgress', 'SubmitRectification', 'DecideDeadlineExtension', 'SuspendOperations', ...regrade, ...open],
  'SUSPENDED (from SUPERVISED)': ['RaiseListingLevel', 'ReportProgress', 'SubmitRectification', 'RequestDeadlineExtension', 'RecordStandbyCheck', 'RotateStandbyMonitors', ...regrade, ...open],
  'SUSPENDED (from LISTED)': ['RaiseListingLevel', 'ReportProgress', 'SubmitRectification', 'RequestDeadlineExtension', 'RecordStandbyCheck', 'RotateStandbyMonitors', ...regrade, ...open],
  'SUSPENDED, pending verification': ['RaiseListingLevel', 'VerifyRectification', 'RecordStandbyCheck', 'RotateStandbyMonitors', 'ResumeOperations', ...open],
  'RECTIFIED': [],
  'RECTIFIED (on the spot)': [],
  'RECTIFIED (after a suspension)': [],
  'CANCELLED (from FOUND)': [],
  'CANCELLED (from SUSPENDED)': [],
};

/** The harness in a named state, reached by real commands. */
const reached = (name: StateName): Harness => Harness.given(...STATES[name]);

/** The code a refused command carries, or 'ACCEPTED'. */
function outcome(run: () => HazardEventBody[]): DomainErrorCode | 'ACCEPTED' {
  try {
    run();
    return 'ACCEPTED';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

function expectRefused(run: () => unknown, code: DomainErrorCode, field?: string): DomainError {
  const error = domainError(run);
  expect(error.code).toBe(code);
  if (code === 'BAD_USER_INPUT') expect(error.field).toBeDefined();
  if (field !== undefined) expect(error.field).toBe(field);
  expect(error.message.length).toBeGreaterThan(0);
  return error;
}

const types = (events: readonly HazardEventBody[]): HazardEventType[] => events.map((e) => e.type);

/** Every accepted "when": the harness's state must be the fold of its events. */
function expectFolded(h: Harness): HazardState {
  expect(fold(h.events)).toEqual(h.state);
  expect(h.current.version).toBe(h.events.length);
  return h.current;
}

describe('the reachable states used below', () => {
  test.each(Object.keys(STATES) as StateName[])('%s is reached', (name) => {
    const state = reached(name).current;
    expect(HAZARD_STATUSES).toContain(state.status);
    expect(name.startsWith(state.status)).toBe(true);
    expect(state.pendingVerification).toBe(name.includes('pending verification'));
    expect(state.extensionRequest !== null).toBe(name.includes('extension requested'));
  });
});

// ---------------------------------------------------------------------------------------------
// Allowed transitions
// ---------------------------------------------------------------------------------------------

describe('allowed transitions', () => {
  test('report: a new hazard is FOUND, with what the report said', () => {
    const h = new Harness();
    const events = h.apply(reportHazard({ level: 'MAJOR' }), inspector);
    expect(types(events)).toEqual(['HazardReported']);
    expect(events[0].data).toMatchObject({ hazardId: 'hz-0001', level: 'MAJOR', foundAt: h.now, policy: null, enterpriseCreditCode: VALID_CREDIT_CODE });
    const state = expectFolded(h);
    expect(state).toMatchObject({
      id: 'hz-0001',
      status: 'FOUND',
      level: 'MAJOR',
      version: 1,
      foundAt: h.now,
      reportedAt: h.now,
      reportedBy: { sub: inspector.sub, name: inspector.name },
      deadline: null,
      pendingVerification: false,
      escalationLevel: 0,
    });
  });

  test('report: foundAt (any offset) is recorded in UTC and may precede the report', () => {
    const h = new Harness();
    const events = h.apply(reportHazard({ foundAt: '2026-03-01T08:30:00+08:00' }), inspector);
    expect(events[0].data).toMatchObject({ foundAt: '2026-03-01T00:30:00.000Z' });
    expect(expectFolded(h).foundAt).toBe('2026-03-01T00:30:00.000Z');
  });

  test.each(['GENERAL', 'MAJOR'] as const)('list: FOUND %s → LISTED with the listing and its deadline', (level) => {
    const h = Harness.given(step(reportHazard({ level }), inspector));
    const events = h.apply(listHazard({ listingLevel: 'PROVINCE' }), supervisor);
    expect(types(events)).toEqual(['HazardListed']);
    expect(events[0].data).toEqual({
      listingLevel: 'PROVINCE',
      supervisingUnit: '市应急管理局',
      documentNumber: '盘安委办〔2026〕12号',
      signer: '刘主任',
      deadline: DEADLINE,
      policyId: null,
      policy: null,
    });
    const state = expectFolded(h);
    expect(state).toMatchObject({ status: 'LISTED', deadline: DEADLINE, originalDeadline: DEADLINE });
    expect(state.listing).toMatchObject({ listingLevel: 'PROVINCE', listedAt: h.now, listedBy: { sub: supervisor.sub, name: supervisor.name } });
  });

  const superviseFromListed = (['GENERAL', 'MAJOR'] as const).flatMap((level) => LISTING_LEVELS.map((listingLevel) => [level, listingLevel] as const));
  test.each(superviseFromListed)('supervise: LISTED (%s, listed at %s level) → SUPERVISED, keeping the listing deadline', (level, listingLevel) => {
    const h = Harness.given(step(reportHazard({ level }), inspector), step(listHazard({ listingLevel }), supervisor));
    const events = h.apply(superviseHazard(), supervisor2);
    expect(types(events)).toEqual(['HazardSupervised']);
    expect(events[0].data).toEqual({ plan: plan(), deadline: DEADLINE });
    const state = expectFolded(h);
    expect(state).toMatchObject({ status: 'SUPERVISED', plan: plan(), supervisedAt: h.now, deadline: DEADLINE, originalDeadline: DEADLINE });
    expect(state.listing?.listingLevel).toBe(listingLevel);
  });

  test('supervise: FOUND GENERAL with a deadline → SUPERVISED without listing', () => {
    const deadline = plusDays(T0, 20);
    const h = reached('FOUND (GENERAL)');
    const events = h.apply(superviseHazard({ deadline, plan: plan({ fundingAmount: 0 }) }), supervisor);
    expect(types(events)).toEqual(['HazardSupervised']);
    expect(events[0].data).toMatchObject({ deadline, plan: { fundingAmount: 0 } });
    expect(expectFolded(h)).toMatchObject({ status: 'SUPERVISED', listing: null, deadline, originalDeadline: deadline });
  });

  test.each(['SUPERVISED (MAJOR)', 'SUSPENDED (from SUPERVISED)', 'SUSPENDED (from LISTED)'] as const)('progress in %s: percent recorded, status kept', (name) => {
    const h = reached(name);
    const before = h.current.status;
    const events = h.apply(reportProgress({ percent: 70 }), inspector);
    expect(types(events)).toEqual(['ProgressReported']);
    expect(events[0].data).toEqual({ percent: 70, note: '已采购报警仪' });
    expect(expectFolded(h)).toMatchObject({ status: before, progressPercent: 70 });
  });

  test.each(['SUPERVISED (MAJOR)', 'SUPERVISED (GENERAL, unlisted)', 'SUSPENDED (from SUPERVISED)', 'SUSPENDED (from LISTED)'] as const)(
    'submit in %s: waits for verification, status kept',
    (name) => {
      const h = reached(name);
      const before = h.current.status;
      const events = h.apply(submitRectification({ evidenceHashes: [SHA_A.toUpperCase(), SHA_B] }), inspector2);
      expect(types(events)).toEqual(['RectificationSubmitted']);
      expect(events[0].data).toEqual({ summary: '报警仪已更换并联调', evidenceHashes: [SHA_A, SHA_B] });
      const state = expectFolded(h);
      expect(state).toMatchObject({ status: before, pendingVerification: true });
      expect(state.submission).toEqual({
        summary: '报警仪已更换并联调',
        evidenceHashes: [SHA_A, SHA_B],
        onSpot: false,
        submittedAt: h.now,
        submittedBy: { sub: inspector2.sub, name: inspector2.name },
      });
    },
  );

  test.each([
    ['SUPERVISED, pending verification', false],
    ['SUSPENDED, pending verification', true],
  ] as const)('verify accepted in %s → RECTIFIED (resumedFromSuspension %s)', (name, resumed) => {
    const h = reached(name);
    const events = h.apply(verifyRectification(true), supervisor2);
    expect(types(events)).toEqual(['RectificationVerified']);
    expect(events[0].data).toEqual({ note: '现场核查合格', submittedBy: inspector.sub, resumedFromSuspension: resumed });
    expect(expectFolded(h)).toMatchObject({
      status: 'RECTIFIED',
      pendingVerification: false,
      progressPercent: 100,
      rectifiedAt: h.now,
      verifiedBy: { sub: supervisor2.sub, name: supervisor2.name },
    });
  });

  test.each([
    ['SUPERVISED, pending verification', 'SUPERVISED'],
    ['SUSPENDED, pending verification', 'SUSPENDED'],
    ['FOUND, on-the-spot rectification pending verification', 'FOUND'],
  ] as const)('verify rejected in %s → back to %s, not pending', (name, status) => {
    const h = reached(name);
    const events = h.apply(verifyRectification(false), supervisor2);
    expect(types(events)).toEqual(['RectificationRejected']);
    expect(events[0].data).toEqual({ note: '联锁未恢复，退回', submittedBy: inspector.sub });
    expect(expectFolded(h)).toMatchObject({ status, pendingVerification: false, rejectionCount: 1, rectifiedAt: null });
    // and the work can be submitted again
    const again = status === 'FOUND' ? rectifyOnSpot() : submitRectification();
    expect(types(h.apply(again, inspector))).toEqual([status === 'FOUND' ? 'RectifiedOnSpot' : 'RectificationSubmitted']);
  });

  test('rectify on the spot: FOUND GENERAL → pending, then verify → RECTIFIED', () => {
    const h = reached('FOUND (GENERAL)');
    const events = h.apply(rectifyOnSpot(), inspector);
    expect(types(events)).toEqual(['RectifiedOnSpot']);
    expect(events[0].data).toEqual({ summary: '现场拆除违规电线', evidenceHashes: [SHA_B] });
    expect(expectFolded(h)).toMatchObject({ status: 'FOUND', pendingVerification: true, submission: { onSpot: true } });

    const verified = h.apply(verifyRectification(true), supervisor);
    expect(types(verified)).toEqual(['RectificationVerified']);
    expect(verified[0].data).toMatchObject({ resumedFromSuspension: false, submittedBy: inspector.sub });
    expect(expectFolded(h)).toMatchObject({ status: 'RECTIFIED', rectifiedAt: h.now, listing: null, plan: null });
  });

  test.each(['LISTED (MAJOR)', 'SUPERVISED (MAJOR)', 'SUPERVISED (GENERAL, unlisted)', 'SUSPENDED (from LISTED)'] as const)(
    'extension requested in %s, then approved: the deadline moves',
    (name) => {
      const h = reached(name);
      const status = h.current.status;
      const requested = h.apply(requestExtension(), inspector);
      expect(types(requested)).toEqual(['DeadlineExtensionRequested']);
      expect(requested[0].data).toEqual({ currentDeadline: DEADLINE, requestedDeadline: EXTENDED_DEADLINE, reason: '设备到货延迟' });
      expect(expectFolded(h)).toMatchObject({
        status,
        deadline: DEADLINE,
        extensionRequest: { requestedDeadline: EXTENDED_DEADLINE, requestedAt: h.now, requestedBy: { sub: inspector.sub } },
      });

      const approved = h.apply(decideExtension(true), supervisor);
      expect(types(approved)).toEqual(['DeadlineExtensionApproved']);
      expect(approved[0].data).toEqual({ previousDeadline: DEADLINE, newDeadline: EXTENDED_DEADLINE, note: '同意延期', requestedBy: inspector.sub });
      expect(expectFolded(h)).toMatchObject({
        status,
        deadline: EXTENDED_DEADLINE,
        originalDeadline: DEADLINE,
        extensionRequest: null,
        extensionsApproved: 1,
      });
    },
  );

  test('extension denied: the deadline stays', () => {
    const h = reached('SUPERVISED, extension requested');
    const events = h.apply(decideExtension(false, { note: null }), supervisor2);
    expect(types(events)).toEqual(['DeadlineExtensionDenied']);
    expect(events[0].data).toEqual({ requestedDeadline: EXTENDED_DEADLINE, note: null, requestedBy: inspector.sub });
    expect(expectFolded(h)).toMatchObject({ status: 'SUPERVISED', deadline: DEADLINE, extensionRequest: null, extensionsApproved: 0 });
    // a new request may follow the decision
    expect(types(h.apply(requestExtension(), inspector))).toEqual(['DeadlineExtensionRequested']);
  });

  test.each(['LISTED (MAJOR)', 'LISTED (GENERAL)', 'SUPERVISED (MAJOR)', 'SUPERVISED (GENERAL, unlisted)'] as const)(
    'suspend from %s → SUSPENDED with its standby roster',
    (name) => {
      const h = reached(name);
      const events = h.apply(suspendOperations({ scope: 'PARTIAL', checkInterval: 'pt12h' }), supervisor);
      expect(types(events)).toEqual(['OperationsSuspended']);
      expect(events[0].data).toEqual({
        scope: 'PARTIAL',
        reason: '重大隐患无法保证安全，责令停产停工',
        monitors: [
          { name: MONITOR_1, phone: '13800000001' },
          { name: MONITOR_2, phone: null },
        ],
        checkInterval: 'PT12H',
      });
      const state = expectFolded(h);
      expect(state).toMatchObject({ status: 'SUSPENDED', deadline: DEADLINE });
      expect(state.suspension).toEqual({
        scope: 'PARTIAL',
        reason: '重大隐患无法保证安全，责令停产停工',
        monitors: [
          { name: MONITOR_1, phone: '13800000001' },
          { name: MONITOR_2, phone: null },
        ],
        checkInterval: 'PT12H',
        suspendedAt: h.now,
        lastCheckAt: null,
        lastMissedAt: null,
        checkCount: 0,
        productionObservedCount: 0,
      });
    },
  );

  test.each(['SUSPENDED (from SUPERVISED)', 'SUSPENDED, pending verification'] as const)('standby check in %s by a rostered monitor', (name) => {
    const h = reached(name);
    const events = h.apply(recordStandbyCheck({ monitor: MONITOR_2 }), inspector2);
    expect(types(events)).toEqual(['StandbyCheckRecorded']);
    expect(events[0].data).toEqual({ monitor: MONITOR_2, productionObserved: false, note: '厂区无生产迹象', location: '1 号门' });
    expect(expectFolded(h).suspension).toMatchObject({ lastCheckAt: h.now, checkCount: 1, productionObservedCount: 0 });
  });

  test('standby check that sees production (明停暗开) escalates at once to level 2, and only once', () => {
    const h = reached('SUSPENDED (from SUPERVISED)');
    const events = h.apply(recordStandbyCheck({ productionObserved: true, note: '夜间有车辆进出' }), inspector);
    expect(types(events)).toEqual(['StandbyCheckRecorded', 'IllegalResumptionSuspected', 'Escalated']);
    expect(events[2].data).toMatchObject({ level: 2, previousLevel: 0, notify: 'COMMITTEE_OFFICE', reason: 'ILLEGAL_RESUMPTION_SUSPECTED' });
    expect(expectFolded(h)).toMatchObject({ escalationLevel: 2, suspension: { checkCount: 1, productionObservedCount: 1 } });

    const again = h.apply(recordStandbyCheck({ productionObserved: true }), inspector);
    expect(types(again)).toEqual(['StandbyCheckRecorded', 'IllegalResumptionSuspected']);
    expect(expectFolded(h)).toMatchObject({ escalationLevel: 2, suspension: { checkCount: 2, productionObservedCount: 2 } });
  });

  const openStates = (Object.keys(STATES) as StateName[]).filter((name) => !name.startsWith('RECTIFIED') && !name.startsWith('CANCELLED'));

  test.each(openStates)('enforcement in %s is recorded, status kept', (name) => {
    const h = reached(name);
    const status = h.current.status;
    const events = h.apply(recordEnforcement({ kind: 'WARNING', amount: null, decisionNumber: null }), supervisor);
    expect(types(events)).toEqual(['EnforcementRecorded']);
    expect(events[0].data).toEqual({ kind: 'WARNING', amount: null, note: null, decisionNumber: null });
    const state = expectFolded(h);
    expect(state.status).toBe(status);
    expect(state.enforcement).toEqual([{ kind: 'WARNING', amount: null, decisionNumber: null, at: h.now }]);
  });

  test('a MAJOR hazard fined for the third time within 180 days is flagged for closure (安全生产法 113)', () => {
    const h = reached('SUPERVISED (MAJOR)');
    const earlier = [plusDays(T0, -100), plusDays(T0, -10)];
    const events = h.apply(recordEnforcement({ enterpriseFines: earlier }), supervisor);
    expect(types(events)).toEqual(['EnforcementRecorded', 'ClosureRecommended']);
    expect(events[1].data).toMatchObject({ finesWithin180Days: 3, finesWithinYear: 3 });
    expect(expectFolded(h).closureRecommendedAt).toBe(h.now);
    // flagged once
    expect(types(h.apply(recordEnforcement(), supervisor))).toEqual(['EnforcementRecorded']);
  });

  test('closure rule: four fines within a year also count; fines of a GENERAL hazard and old fines do not', () => {
    const year = [plusDays(T0, -300), plusDays(T0, -250), plusDays(T0, -200)];
    expect(types(reached('SUPERVISED (MAJOR)').decide(recordEnforcement({ enterpriseFines: year }), supervisor))).toEqual([
      'EnforcementRecorded',
      'ClosureRecommended',
    ]);
    const old = [plusDays(T0, -400), plusDays(T0, -390), plusDays(T0, -380)];
    expect(types(reached('SUPERVISED (MAJOR)').decide(recordEnforcement({ enterpriseFines: old }), supervisor))).toEqual(['EnforcementRecorded']);
    const recent = [plusDays(T0, -2), plusDays(T0, -1)];
    expect(types(reached('SUPERVISED (GENERAL, unlisted)').decide(recordEnforcement({ enterpriseFines: recent }), supervisor))).toEqual([
      'EnforcementRecorded',
    ]);
    expect(
      types(reached('SUPERVISED (MAJOR)').decide(recordEnforcement({ kind: 'WARNING', amount: null, enterpriseFines: recent }), supervisor)),
    ).toEqual(['EnforcementRecorded']);
  });

  test.each(openStates)('cancel in %s → CANCELLED', (name) => {
    const h = reached(name);
    const events = h.apply(cancelHazard({ reason: '企业已注销' }), office);
    expect(types(events)).toEqual(['HazardCancelled']);
    expect(events[0].data).toEqual({ reason: '企业已注销' });
    expect(expectFolded(h)).toMatchObject({
      status: 'CANCELLED',
      cancelledAt: h.now,
      cancelReason: '企业已注销',
      pendingVerification: false,
      extensionRequest: null,
    });
  });

  test('the whole major loop: report → list → supervise → suspend → check → submit → verify', () => {
    const h = new Harness();
    const seen: HazardEventType[] = [];
    for (const s of [reportM, list, supervise, suspend, step(recordStandbyCheck(), inspector), submit, accept]) {
      seen.push(...types(h.apply(s.command, s.actor)));
      expectFolded(h);
    }
    expect(seen).toEqual([
      'HazardReported',
      'HazardListed',
      'HazardSupervised',
      'OperationsSuspended',
      'StandbyCheckRecorded',
      'RectificationSubmitted',
      'RectificationVerified',
    ]);
    expect(h.current).toMatchObject({ status: 'RECTIFIED', version: 7 });
    expect(h.events.map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

// ---------------------------------------------------------------------------------------------
// Forbidden transitions: the whole (state × command) table
// ---------------------------------------------------------------------------------------------

/** Where no command of a type fits the state's data: a supervised, unlisted GENERAL hazard has no level to be re-graded to. */
const NO_FITTING_DATA: Partial<Record<StateName, HazardCommandType[]>> = { 'SUPERVISED (GENERAL, unlisted)': ['RequestRegrade'] };

describe('the transition table', () => {
  const rows = (Object.keys(STATES) as StateName[]).flatMap((name) =>
    HAZARD_COMMAND_TYPES.map(
      (type) => [name, type, ALLOWED[name].includes(type) ? 'ACCEPTED' : NO_FITTING_DATA[name]?.includes(type) ? 'BAD_USER_INPUT' : 'INVALID_TRANSITION'] as const,
    ),
  );

  test('covers every state × command, and forbids more than it allows', () => {
    expect(rows).toHaveLength(Object.keys(STATES).length * HAZARD_COMMAND_TYPES.length);
    const forbidden = rows.filter((r) => r[2] !== 'ACCEPTED').length;
    expect(forbidden).toBeGreaterThan(rows.length / 2);
  });

  // The actor may do everything and submitted or requested nothing (four eyes stays out of the way);
  // the data fit the state, so only the transition decides.
  test.each(rows)('%s × %s → %s', (name, type, expected) => {
    const h = reached(name);
    expect(outcome(() => h.decide(wellFormed(type, h.state), office))).toBe(expected);
  });

  test.each(HAZARD_COMMAND_TYPES.filter((t) => t !== 'ReportHazard'))('no hazard × %s → NOT_FOUND', (type) => {
    const h = new Harness();
    expectRefused(() => h.decide(wellFormed(type, null), office), 'NOT_FOUND');
  });

  test('no hazard × ReportHazard → accepted; a second report → INVALID_TRANSITION', () => {
    const h = new Harness();
    h.apply(reportHazard(), inspector);
    expectRefused(() => h.decide(reportHazard({ hazardId: 'hz-0002' }), inspector), 'INVALID_TRANSITION');
  });

  test('a refused command changes nothing', () => {
    const h = reached('SUPERVISED, pending verification');
    const before = structuredClone(h.state);
    expectRefused(() => h.decide(listHazard(), supervisor), 'INVALID_TRANSITION');
    expectRefused(() => h.decide(verifyRectification(true), inspector), 'FORBIDDEN');
    expect(h.state).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

describe('rules of the lifecycle', () => {
  test('a MAJOR hazard cannot be supervised from FOUND, even with a deadline: it must be listed first', () => {
    const h = reached('FOUND (MAJOR)');
    const error = expectRefused(() => h.decide(superviseHazard({ deadline: DEADLINE }), supervisor), 'INVALID_TRANSITION');
    expect(error.message).toMatch(/listed/);
  });

  test.each([0, -1])('a MAJOR plan needs funding (资金落实): fundingAmount %s is refused', (fundingAmount) => {
    const h = reached('LISTED (MAJOR)');
    expectRefused(() => h.decide(superviseHazard({ plan: plan({ fundingAmount }) }), supervisor), 'BAD_USER_INPUT', 'plan.fundingAmount');
    expect(outcome(() => h.decide(superviseHazard({ plan: plan({ fundingAmount: 0.01 }) }), supervisor))).toBe('ACCEPTED');
  });

  test('a GENERAL plan may have no funding', () => {
    const h = reached('LISTED (GENERAL)');
    expect(outcome(() => h.decide(superviseHazard({ plan: plan({ fundingAmount: 0 }) }), supervisor))).toBe('ACCEPTED');
  });

  test.each(['responsibleUnit', 'responsiblePerson', 'measures', 'contingencyPlan'] as const)('a plan without %s is refused (五落实)', (key) => {
    const h = reached('LISTED (MAJOR)');
    expectRefused(() => h.decide(superviseHazard({ plan: plan({ [key]: ' ' }) }), supervisor), 'BAD_USER_INPUT', `plan.${key}`);
  });

  test('a plan is required', () => {
    const h = reached('LISTED (MAJOR)');
    expectRefused(() => h.decide(superviseHazard({ plan: null }), supervisor), 'BAD_USER_INPUT', 'plan');
  });

  test.each(['FOUND (MAJOR)', 'LISTED (MAJOR)', 'SUPERVISED (MAJOR)'] as const)('a MAJOR hazard cannot be rectified on the spot (%s)', (name) => {
    const h = reached(name);
    const error = expectRefused(() => h.decide(rectifyOnSpot(), inspector), 'INVALID_TRANSITION');
    expect(error.message).toMatch(/GENERAL/);
  });

  test('a listed hazard keeps its listing deadline: supervising with another deadline is refused', () => {
    const h = reached('LISTED (MAJOR)');
    expectRefused(() => h.decide(superviseHazard({ deadline: plusDays(T0, 10) }), supervisor), 'BAD_USER_INPUT', 'deadline');
  });

  test('an unlisted GENERAL hazard needs a deadline to be supervised', () => {
    const h = Harness.given(step(reportHazard({ foundAt: plusMs(T0, -DAY) }), inspector));
    expectRefused(() => h.decide(superviseHazard(), supervisor), 'BAD_USER_INPUT', 'deadline');
  });

  test('a rectification order issued with the finding sets the deadline from the start; listing or supervision may shorten it, never lengthen it', () => {
    const orderDeadline = plusDays(T0, 20);
    const g = Harness.given(step(reportHazard({ level: 'GENERAL', rectificationOrder: { documentNumber: '盘应急责改〔2026〕12号', deadline: orderDeadline } }), inspector));
    expect(g.state).toMatchObject({ status: 'FOUND', deadline: orderDeadline, originalDeadline: orderDeadline, rectificationOrder: { documentNumber: '盘应急责改〔2026〕12号' } });
    expect(pendingTimers(g.state as HazardState).map((t) => t.kind)).toEqual(['DEADLINE_APPROACHING', 'DEADLINE_MISSED']);
    expectRefused(() => g.decide(superviseHazard({ deadline: plusDays(T0, 30) }), supervisor), 'BAD_USER_INPUT', 'deadline');
    g.apply(superviseHazard(), supervisor);
    expect(g.state?.deadline).toBe(orderDeadline);

    const m = Harness.given(step(reportHazard({ level: 'MAJOR', rectificationOrder: { documentNumber: null, deadline: orderDeadline } }), inspector));
    expectRefused(() => m.decide(listHazard({ deadline: plusDays(T0, 40) }), supervisor), 'BAD_USER_INPUT', 'deadline');
    m.apply(listHazard({ deadline: plusDays(T0, 15) }), supervisor);
    expect(m.state?.deadline).toBe(plusDays(T0, 15));

    expectRefused(() => new Harness().decide(reportHazard({ rectificationOrder: { documentNumber: null, deadline: plusDays(T0, -1) } }), inspector), 'BAD_USER_INPUT', 'rectificationOrder.deadline');
    // Without an order nothing changes: the report carries no order and arms no deadline.
    const plain = Harness.given(reportG);
    expect(plain.events[0].data).not.toHaveProperty('rectificationOrder');
    expect(plain.state?.deadline).toBeNull();
  });

  test('an extension must ask for a later deadline, and only one request waits at a time', () => {
    const h = reached('SUPERVISED (MAJOR)');
    expectRefused(() => h.decide(requestExtension({ requestedDeadline: DEADLINE }), inspector), 'BAD_USER_INPUT', 'requestedDeadline');
    expectRefused(() => h.decide(requestExtension({ requestedDeadline: plusDays(T0, 30) }), inspector), 'BAD_USER_INPUT', 'requestedDeadline');
    h.apply(requestExtension(), inspector);
    expectRefused(() => h.decide(requestExtension({ requestedDeadline: plusDays(T0, 120) }), inspector2), 'INVALID_TRANSITION');
  });

  test('no extension request while a rectification waits for verification', () => {
    expectRefused(() => reached('SUPERVISED, pending verification').decide(requestExtension(), inspector), 'INVALID_TRANSITION');
  });

  test('a decided extension cannot be decided again', () => {
    const h = reached('SUPERVISED, extension requested');
    h.apply(decideExtension(true), supervisor);
    expectRefused(() => h.decide(decideExtension(false), supervisor2), 'INVALID_TRANSITION');
  });
});

describe('four eyes', () => {
  test('whoever submitted a rectification cannot verify it (accept or reject)', () => {
    const h = Harness.given(reportM, list, supervise, step(submitRectification(), ACTORS.inspectorAndSupervisor));
    expectRefused(() => h.decide(verifyRectification(true), ACTORS.inspectorAndSupervisor), 'FORBIDDEN');
    expectRefused(() => h.decide(verifyRectification(false), ACTORS.inspectorAndSupervisor), 'FORBIDDEN');
    // the same person under another name is someone else only if the subject differs
    expectRefused(() => h.decide(verifyRectification(true), { ...ACTORS.inspectorAndSupervisor, name: '别名', roles: ['COMMITTEE_OFFICE'] }), 'FORBIDDEN');
    expect(outcome(() => h.decide(verifyRectification(true), supervisor))).toBe('ACCEPTED');
  });

  test('whoever rectified on the spot cannot verify it', () => {
    const h = Harness.given(reportG, step(rectifyOnSpot(), office));
    expectRefused(() => h.decide(verifyRectification(true), office), 'FORBIDDEN');
  });

  test('whoever requested an extension cannot decide it (approve or deny)', () => {
    const h = Harness.given(reportM, list, supervise, step(requestExtension(), supervisor));
    expectRefused(() => h.decide(decideExtension(true), supervisor), 'FORBIDDEN');
    expectRefused(() => h.decide(decideExtension(false), supervisor), 'FORBIDDEN');
    expect(outcome(() => h.decide(decideExtension(true), supervisor2))).toBe('ACCEPTED');
  });
});

describe('roles', () => {
  const INSPECTOR_MAY: HazardCommandType[] = [
    'ReportHazard',
    'ReportProgress',
    'SubmitRectification',
    'RectifyOnSpot',
    'RecordStandbyCheck',
    'RequestDeadlineExtension',
  ];
  const SUPERVISOR_MAY: HazardCommandType[] = [
    ...INSPECTOR_MAY,
    'ListHazard',
    'SuperviseHazard',
    'VerifyRectification',
    'DecideDeadlineExtension',
    'SuspendOperations',
    'RecordEnforcement',
    'ResumeOperations',
    'RotateStandbyMonitors',
    'RequestRegrade',
    'DecideRegrade',
    'TransferHazard',
    'AmendEnterprise',
    'IssueSupervisionLetter',
    'RecordInterview',
    'RaiseListingLevel',
  ];
  const MAY: Record<(typeof ROLES)[number], HazardCommandType[]> = {
    INSPECTOR: INSPECTOR_MAY,
    SUPERVISOR: SUPERVISOR_MAY,
    COMMITTEE_OFFICE: [...SUPERVISOR_MAY, 'CancelHazard'],
    AUDITOR: [],
    ENTERPRISE: ['ReportProgress', 'SubmitRectification', 'RecordStandbyCheck'],
  };
  const rows = ROLES.flatMap((role) => HAZARD_COMMAND_TYPES.filter((type) => !MAY[role].includes(type)).map((type) => [role, type] as const));

  // Permission comes before everything else: refused even where the command would not fit.
  test.each(rows)('%s may not %s → FORBIDDEN', (role, type) => {
    const actor: Actor = { sub: `u-${role}`, name: role, roles: [role] };
    for (const name of ['SUPERVISED (MAJOR)', 'RECTIFIED'] as const) {
      const h = reached(name);
      expectRefused(() => h.decide(wellFormed(type, h.state), actor), 'FORBIDDEN');
    }
    expectRefused(() => new Harness().decide(wellFormed(type, null), actor), 'FORBIDDEN');
  });

  test('an inspector may not list', () => {
    expectRefused(() => reached('FOUND (MAJOR)').decide(listHazard(), inspector), 'FORBIDDEN');
  });

  test.each(['SUPERVISOR', 'INSPECTOR', 'AUDITOR'] as const)('only the committee office cancels: %s may not', (role) => {
    expectRefused(() => reached('FOUND (GENERAL)').decide(cancelHazard(), { sub: 'u-x', name: 'x', roles: [role] }), 'FORBIDDEN');
  });

  test('a caller without roles may do nothing', () => {
    for (const type of HAZARD_COMMAND_TYPES) {
      expectRefused(() => reached('SUPERVISED (MAJOR)').decide(wellFormed(type, null), nobody), 'FORBIDDEN');
    }
  });

  test('roles add up: an auditor who is also an inspector may report', () => {
    const actor: Actor = { sub: 'u-two', name: '双角色', roles: ['AUDITOR', 'INSPECTOR'] };
    expect(outcome(() => new Harness().decide(reportHazard(), actor))).toBe('ACCEPTED');
  });

  test('clocks fire only by the system', () => {
    const h = reached('LISTED (MAJOR)');
    const key = `supervision-overdue@${h.current.listing?.listedAt}`;
    expectRefused(() => h.decide({ type: 'FireTimer', data: { key } }, office), 'FORBIDDEN');
    expectRefused(() => h.decide({ type: 'FireTimer', data: { key } }, inspector), 'FORBIDDEN');
    expect(expectRefused(() => h.decide({ type: 'FireTimer', data: { key } }, nobody), 'FORBIDDEN').message).toBe('only the system fires clocks');
  });
});

describe('optimistic concurrency', () => {
  test('expectedVersion equal to the stream version is accepted', () => {
    const h = reached('LISTED (MAJOR)');
    expect(outcome(() => h.decide(superviseHazard(), supervisor, { expectedVersion: 2 }))).toBe('ACCEPTED');
    expect(outcome(() => new Harness().decide(reportHazard(), inspector, { expectedVersion: 0 }))).toBe('ACCEPTED');
  });

  test.each([0, 1, 3, 99])('expectedVersion %s on a hazard at version 2 → VERSION_CONFLICT', (expectedVersion) => {
    const h = reached('LISTED (MAJOR)');
    expectRefused(() => h.decide(superviseHazard(), supervisor, { expectedVersion }), 'VERSION_CONFLICT');
  });

  test('a report expecting an existing stream conflicts', () => {
    expectRefused(() => new Harness().decide(reportHazard(), inspector, { expectedVersion: 1 }), 'VERSION_CONFLICT');
  });

  test.each([-1, 1.5])('expectedVersion %s is bad input', (expectedVersion) => {
    expectRefused(() => reached('LISTED (MAJOR)').decide(superviseHazard(), supervisor, { expectedVersion }), 'BAD_USER_INPUT', 'expectedVersion');
  });
});

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

describe('bad input → BAD_USER_INPUT with the field', () => {
  const newHazard = (): Harness => new Harness();
  const cases: [string, () => Harness, HazardCommand, Actor, string][] = [
    ['blank title', newHazard, reportHazard({ title: '   ' }), inspector, 'title'],
    ['missing title', newHazard, reportHazard({ title: undefined }), inspector, 'title'],
    ['title of 201 characters', newHazard, reportHazard({ title: '隐'.repeat(201) }), inspector, 'title'],
    ['description of 4001 characters', newHazard, reportHazard({ description: 'x'.repeat(4001) }), inspector, 'description'],
    ['location of 501 characters', newHazard, reportHazard({ location: '路'.repeat(501) }), inspector, 'location'],
    ['control character in the title', newHazard, reportHazard({ title: '报警\u0007仪' }), inspector, 'title'],
    ['newline in a one-line field', newHazard, reportHazard({ enterpriseName: '盘锦\n石化' }), inspector, 'enterpriseName'],
    ['line separator in a multi-line field', newHazard, reportHazard({ description: '一\u2028二' }), inspector, 'description'],
    ['NUL in a note', () => reached('SUPERVISED (MAJOR)'), reportProgress({ note: 'a\u0000b' }), inspector, 'note'],
    ['credit code with a wrong check character', newHazard, reportHazard({ enterpriseCreditCode: '91110000100000000F' }), inspector, 'enterpriseCreditCode'],
    ['credit code of 17 characters', newHazard, reportHazard({ enterpriseCreditCode: '91110000100000000' }), inspector, 'enterpriseCreditCode'],
    ['unknown level', newHazard, reportHazard({ level: 'CRITICAL' }), inspector, 'level'],
    ['unknown sector', newHazard, reportHazard({ sector: 'MINING' }), inspector, 'sector'],
    ['region code with a space', newHazard, reportHazard({ regionCode: '211 102' }), inspector, 'regionCode'],
    ['foundAt in the future', newHazard, reportHazard({ foundAt: plusDays(T0, 1) }), inspector, 'foundAt'],
    ['foundAt eleven years ago', newHazard, reportHazard({ foundAt: plusDays(T0, -11 * 366) }), inspector, 'foundAt'],
    ['foundAt without a time zone', newHazard, reportHazard({ foundAt: '2026-03-01T08:00:00' }), inspector, 'foundAt'],
    ['listing deadline in the past', () => reached('FOUND (MAJOR)'), listHazard({ deadline: plusDays(T0, -1) }), supervisor, 'deadline'],
    [
      'listing deadline more than five years away',
      () => reached('FOUND (MAJOR)'),
      listHazard({ deadline: plusMs(T0, MAX_DEADLINE_HORIZON_MS + DAY) }),
      supervisor,
      'deadline',
    ],
    ['listing deadline that is not a date', () => reached('FOUND (MAJOR)'), listHazard({ deadline: 'next week' }), supervisor, 'deadline'],
    ['unknown listing level', () => reached('FOUND (MAJOR)'), listHazard({ listingLevel: 'NATION' }), supervisor, 'listingLevel'],
    ['unlisted supervision deadline in the past', () => reached('FOUND (GENERAL)'), superviseHazard({ deadline: plusDays(T0, -1) }), supervisor, 'deadline'],
    ['bad phone in the plan', () => reached('LISTED (MAJOR)'), superviseHazard({ plan: plan({ responsiblePhone: 'call me' }) }), supervisor, 'plan.responsiblePhone'],
    ['percent 101', () => reached('SUPERVISED (MAJOR)'), reportProgress({ percent: 101 }), inspector, 'percent'],
    ['percent −1', () => reached('SUPERVISED (MAJOR)'), reportProgress({ percent: -1 }), inspector, 'percent'],
    ['percent 50.5', () => reached('SUPERVISED (MAJOR)'), reportProgress({ percent: 50.5 }), inspector, 'percent'],
    ['percent as text', () => reached('SUPERVISED (MAJOR)'), reportProgress({ percent: '50' }), inspector, 'percent'],
    ['bad evidence hash', () => reached('SUPERVISED (MAJOR)'), submitRectification({ evidenceHashes: ['abc'] }), inspector, 'evidenceHashes[0]'],
    ['evidence hash listed twice', () => reached('SUPERVISED (MAJOR)'), submitRectification({ evidenceHashes: [SHA_A, SHA_A.toUpperCase()] }), inspector, 'evidenceHashes[1]'],
    ['evidence on the spot not a list', () => reached('FOUND (GENERAL)'), rectifyOnSpot({ evidenceHashes: SHA_A }), inspector, 'evidenceHashes'],
    ['verification without a verdict', () => reached('SUPERVISED, pending verification'), verifyRectification(true, { accepted: 'yes' }), supervisor, 'accepted'],
    ['verification without a note', () => reached('SUPERVISED, pending verification'), verifyRectification(true, { note: '' }), supervisor, 'note'],
    ['extension to a past date', () => reached('SUPERVISED (MAJOR)'), requestExtension({ requestedDeadline: plusDays(T0, -3) }), inspector, 'requestedDeadline'],
    ['extension without a reason', () => reached('SUPERVISED (MAJOR)'), requestExtension({ reason: ' ' }), inspector, 'reason'],
    ['fine of zero', () => reached('SUPERVISED (MAJOR)'), recordEnforcement({ amount: 0 }), supervisor, 'amount'],
    ['negative fine', () => reached('SUPERVISED (MAJOR)'), recordEnforcement({ amount: -500 }), supervisor, 'amount'],
    ['fine without an amount', () => reached('SUPERVISED (MAJOR)'), recordEnforcement({ amount: null }), supervisor, 'amount'],
    ['fine of NaN', () => reached('SUPERVISED (MAJOR)'), recordEnforcement({ amount: Number.NaN }), supervisor, 'amount'],
    ['amount on a WARNING', () => reached('SUPERVISED (MAJOR)'), recordEnforcement({ kind: 'WARNING', amount: 100 }), supervisor, 'amount'],
    ['amount on a CLOSURE', () => reached('SUPERVISED (MAJOR)'), recordEnforcement({ kind: 'CLOSURE', amount: 100 }), supervisor, 'amount'],
    ['unknown enforcement kind', () => reached('SUPERVISED (MAJOR)'), recordEnforcement({ kind: 'JAIL' }), supervisor, 'kind'],
    ['enterprise fine not an instant', () => reached('SUPERVISED (MAJOR)'), recordEnforcement({ enterpriseFines: ['yesterday'] }), supervisor, 'enterpriseFines[0]'],
    ['check interval in months (P1M)', () => reached('SUPERVISED (MAJOR)'), suspendOperations({ checkInterval: 'P1M' }), supervisor, 'checkInterval'],
    ['check interval of garbage', () => reached('SUPERVISED (MAJOR)'), suspendOperations({ checkInterval: 'daily' }), supervisor, 'checkInterval'],
    ['check interval under a second', () => reached('SUPERVISED (MAJOR)'), suspendOperations({ checkInterval: 'PT0.5S' }), supervisor, 'checkInterval'],
    ['check interval over thirty days', () => reached('SUPERVISED (MAJOR)'), suspendOperations({ checkInterval: 'P31D' }), supervisor, 'checkInterval'],
    ['no monitors', () => reached('SUPERVISED (MAJOR)'), suspendOperations({ monitors: [] }), supervisor, 'monitors'],
    [
      'a monitor named twice',
      () => reached('SUPERVISED (MAJOR)'),
      suspendOperations({ monitors: [{ name: MONITOR_1 }, { name: ` ${MONITOR_1} ` }] }),
      supervisor,
      'monitors[1].name',
    ],
    ['a monitor without a name', () => reached('SUPERVISED (MAJOR)'), suspendOperations({ monitors: [{ name: MONITOR_1 }, { phone: '13800000000' }] }), supervisor, 'monitors[1].name'],
    ['unknown suspension scope', () => reached('SUPERVISED (MAJOR)'), suspendOperations({ scope: 'HALF' }), supervisor, 'scope'],
    ['standby check by a monitor not on the roster', () => reached('SUSPENDED (from SUPERVISED)'), recordStandbyCheck({ monitor: '路人甲' }), inspector, 'monitor'],
    ['standby check without a verdict', () => reached('SUSPENDED (from SUPERVISED)'), recordStandbyCheck({ productionObserved: undefined }), inspector, 'productionObserved'],
    ['cancel without a reason', () => reached('FOUND (GENERAL)'), cancelHazard({ reason: '' }), office, 'reason'],
  ];

  test.each(cases)('%s', (_label, start, command, actor, field) => {
    const h = start();
    const before = structuredClone(h.state);
    expectRefused(() => h.decide(command, actor), 'BAD_USER_INPUT', field);
    expect(h.state).toEqual(before);
  });

  test('limits are inclusive and count characters, not UTF-16 units', () => {
    const h = new Harness();
    expect(outcome(() => h.decide(reportHazard({ title: '隐'.repeat(200) }), inspector))).toBe('ACCEPTED');
    expect(outcome(() => h.decide(reportHazard({ title: '😀'.repeat(200) }), inspector))).toBe('ACCEPTED');
    expectRefused(() => h.decide(reportHazard({ title: '😀'.repeat(201) }), inspector), 'BAD_USER_INPUT', 'title');
  });

  test('a valid credit code is accepted, in either case; a blank one means none', () => {
    expect(isValidCreditCode(VALID_CREDIT_CODE)).toBe(true);
    const h = new Harness();
    expect(h.decide(reportHazard({ enterpriseCreditCode: VALID_CREDIT_CODE.toLowerCase() }), inspector)[0].data).toMatchObject({
      enterpriseCreditCode: VALID_CREDIT_CODE,
    });
    expect(h.decide(reportHazard({ enterpriseCreditCode: '  ' }), inspector)[0].data).toMatchObject({ enterpriseCreditCode: null });
  });

  test('multi-line fields keep newlines and tabs; text is trimmed', () => {
    const events = new Harness().decide(reportHazard({ description: ' 第一行\n\t第二行 ', title: '  标题  ' }), inspector);
    expect(events[0].data).toMatchObject({ description: '第一行\n\t第二行', title: '标题' });
  });

  test('metadata is checked too', () => {
    const h = new Harness();
    expectRefused(() => decide(null, reportHazard(), { ...metaFor(inspector, T0), now: 'now' }), 'BAD_USER_INPUT', 'now');
    expectRefused(() => decide(null, reportHazard(), { ...metaFor(inspector, T0), commandId: '' }), 'BAD_USER_INPUT', 'commandId');
    expectRefused(() => h.decide(reportHazard(), inspector, { occurredAt: plusDays(T0, 1) }), 'BAD_USER_INPUT', 'occurredAt');
  });

  test('a deadline must be after the finding, even when the clock says otherwise', () => {
    const h = Harness.given(step(reportHazard({ level: 'MAJOR' }), inspector, { occurredAt: plusMs(T0, HOUR) }));
    // the list is backdated to before the finding; a deadline between the two is refused
    expectRefused(
      () => h.decide(listHazard({ deadline: plusMs(T0, 30 * 60_000) }), supervisor, { occurredAt: plusMs(T0, 10 * 60_000) }),
      'BAD_USER_INPUT',
      'deadline',
    );
  });
});

describe('Chinese text', () => {
  const text = {
    title: '液氨储罐区安全阀超期未检（重大隐患）',
    description: '依据《危险化学品企业重大隐患判定标准》第十条：\n液氨储罐安全阀超期未校验；𠀀𪚥 生僻字与「全角」符号、emoji 🔥 均应原样保存。',
    enterpriseName: '盘锦辽河油田某某化工有限责任公司',
    location: '辽宁省盘锦市兴隆台区石油大街 88 号',
    judgementBasis: 'AQ 3013-2008《危险化学品从业单位安全标准化通用规范》5.5.2',
  };

  test('round-trips unchanged through decide, evolve, fold and JSON', () => {
    const h = new Harness();
    const events = h.apply(reportHazard({ ...text, level: 'MAJOR', regionCode: '211103' }), inspector);
    expect(events[0].data).toMatchObject(text);
    expect(h.current).toMatchObject(text);
    h.apply(listHazard({ supervisingUnit: '兴隆台区应急管理局', documentNumber: '兴安委办〔2026〕第 3 号', signer: '欧阳主任' }), supervisor);
    h.apply(superviseHazard({ plan: plan({ measures: '更换安全阀；\n委托有资质单位校验。' }) }), supervisor);
    expect(h.current.listing).toMatchObject({ supervisingUnit: '兴隆台区应急管理局', documentNumber: '兴安委办〔2026〕第 3 号', signer: '欧阳主任' });
    expect(h.current.plan?.measures).toBe('更换安全阀；\n委托有资质单位校验。');

    const replayed = fold(JSON.parse(JSON.stringify(h.events)));
    expect(replayed).toEqual(h.state);
    expect(replayed).toMatchObject(text);
  });
});

describe('determinism', () => {
  test('the same state, command and metadata give the same events', () => {
    const h = reached('SUSPENDED (from SUPERVISED)');
    const meta = metaFor(inspector, plusDays(T0, 1));
    const command = recordStandbyCheck({ productionObserved: true });
    expect(decide(h.state, command, meta)).toEqual(decide(h.state, command, meta));
  });

  test('decide never reads the wall clock: a command "now" years away is judged by its own now', () => {
    const h = reached('FOUND (GENERAL)');
    const later = '2031-01-01T00:00:00.000Z';
    expect(outcome(() => decide(h.state, superviseHazard({ deadline: '2031-02-01T00:00:00Z' }), metaFor(supervisor, later)))).toBe('ACCEPTED');
    expectRefused(() => decide(h.state, superviseHazard({ deadline: '2030-12-31T00:00:00Z' }), metaFor(supervisor, later)), 'BAD_USER_INPUT', 'deadline');
  });

  test('occurredAt (backdated) becomes the event time; recordedAt stays the command time', () => {
    const h = reached('FOUND (GENERAL)');
    const occurredAt = '2026-03-02T10:30:00+08:00';
    h.apply(rectifyOnSpot(), inspector, { occurredAt });
    const last = h.events[h.events.length - 1];
    expect(last.metadata).toMatchObject({ occurredAt: '2026-03-02T02:30:00.000Z', recordedAt: h.now });
    expect(h.current.submission?.submittedAt).toBe('2026-03-02T02:30:00.000Z');
  });
});

describe('discovery sources and clocks', () => {
  test.each(['GENERAL', 'MAJOR'] as HazardLevel[])('%s reports are accepted from every discovery source', (level) => {
    for (const source of ['ENTERPRISE_SELF_INSPECTION', 'DEPARTMENT_INSPECTION', 'COVERT_INSPECTION', 'SUPERVISION_CHECK', 'PUBLIC_REPORT']) {
      expect(new Harness().decide(reportHazard({ level, source }), inspector)[0].data).toMatchObject({ level, source });
    }
  });

  test('the system fires only armed clocks that are due, and only on a reported hazard', () => {
    const h = reached('LISTED (MAJOR)');
    const key = `supervision-overdue@${h.current.listing?.listedAt}`;
    expectRefused(() => h.decide({ type: 'FireTimer', data: { key: 'no-such-clock' } }, SYSTEM_ACTOR), 'INVALID_TRANSITION');
    expectRefused(() => h.decide({ type: 'FireTimer', data: { key } }, SYSTEM_ACTOR), 'INVALID_TRANSITION');
    h.tick(10 * DAY);
    expect(types(h.apply({ type: 'FireTimer', data: { key } }, SYSTEM_ACTOR))).toEqual(['SupervisionOverdue']);
    expectRefused(() => h.decide({ type: 'FireTimer', data: { key } }, SYSTEM_ACTOR), 'INVALID_TRANSITION');
    expectRefused(() => new Harness().decide({ type: 'FireTimer', data: { key } }, SYSTEM_ACTOR), 'NOT_FOUND');
  });
});

describe('given events → when command → then events', () => {
  const reported = (level: HazardLevel): HazardEventBody => ({ type: 'HazardReported', data: { ...reportData({ level }), foundAt: T0, policy: null } });
  const listed: HazardEventBody = {
    type: 'HazardListed',
    data: { listingLevel: 'CITY', supervisingUnit: '市应急管理局', documentNumber: null, signer: null, deadline: DEADLINE, policyId: null, policy: null },
  };
  const supervised: HazardEventBody = { type: 'HazardSupervised', data: { plan: plan(), deadline: DEADLINE } };
  const at = (hours: number) => metaFor(supervisor, plusMs(T0, hours * HOUR));

  test('a MAJOR hazard found is listed with its deadline, and nothing it was not given', () => {
    given(hazardDecider, [reported('MAJOR')])
      .when(listHazard(), at(1))
      .then([
        {
          type: 'HazardListed',
          data: { listingLevel: 'CITY', supervisingUnit: '市应急管理局', documentNumber: '盘安委办〔2026〕12号', signer: '刘主任', deadline: DEADLINE, policyId: null, policy: null },
        },
      ]);
  });

  test('a MAJOR hazard is listed before it is supervised', () => {
    given(hazardDecider, [reported('MAJOR')])
      .when(superviseHazard({ deadline: DEADLINE }), at(1))
      .thenThrows('INVALID_TRANSITION', { message: 'MAJOR hazard PJ-2026-0001 must be listed (挂牌) before it can be supervised' });
  });

  test('four eyes: who submitted does not verify; someone else does', () => {
    const scenario = given(hazardDecider, [reported('MAJOR'), listed, supervised, recorded({ type: 'RectificationSubmitted', data: { summary: '已整改', evidenceHashes: [] } }, ACTORS.inspectorAndSupervisor)]);
    scenario.when(verifyRectification(true), metaFor(ACTORS.inspectorAndSupervisor, plusMs(T0, HOUR))).thenThrows('FORBIDDEN', { message: 'four eyes: whoever submitted a rectification cannot verify it' });
    const after = scenario
      .when(verifyRectification(true), metaFor(supervisor2, plusMs(T0, HOUR)))
      .then([{ type: 'RectificationVerified', data: { note: '现场核查合格', submittedBy: ACTORS.inspectorAndSupervisor.sub, resumedFromSuspension: false } }]);
    expect(after?.status).toBe('RECTIFIED');
  });

  test('production seen during a suspension is suspected illegal resumption and escalates to the committee office at once', () => {
    const suspended: HazardEventBody = { type: 'OperationsSuspended', data: { scope: 'FULL', reason: '责令停产', monitors: [{ name: MONITOR_1, phone: null }], checkInterval: 'PT24H' } };
    given(hazardDecider, [reported('MAJOR'), listed, suspended])
      .when(recordStandbyCheck({ monitor: MONITOR_1, productionObserved: true, note: '夜间有生产迹象', location: '2 号门' }), metaFor(inspector, plusMs(T0, 30 * MINUTE)))
      .then([
        { type: 'StandbyCheckRecorded', data: { monitor: MONITOR_1, productionObserved: true, note: '夜间有生产迹象', location: '2 号门' } },
        { type: 'IllegalResumptionSuspected', data: { monitor: MONITOR_1, note: '夜间有生产迹象', location: '2 号门' } },
        {
          type: 'Escalated',
          data: {
            level: 2,
            previousLevel: 0,
            notify: 'COMMITTEE_OFFICE',
            action: '盯守发现疑似明停暗开，报市安委办立即核查',
            reason: 'ILLEGAL_RESUMPTION_SUSPECTED',
            rule: 'standby check observed production during a suspension',
            timerKey: null,
            dueAt: null,
          },
        },
      ]);
  });

  test('the listing clock of a MAJOR hazard fires for the system only, once due', () => {
    const key = `listing-overdue@${T0}`;
    const scenario = given(hazardDecider, [reported('MAJOR')]);
    scenario.when({ type: 'FireTimer', data: { key } }, metaFor(office, plusDays(T0, 4))).thenThrows('FORBIDDEN', { message: 'only the system fires clocks' });
    scenario.when({ type: 'FireTimer', data: { key } }, metaFor(SYSTEM_ACTOR, plusDays(T0, 2))).thenThrows('INVALID_TRANSITION', { message: /not due until/ });
    scenario
      .when({ type: 'FireTimer', data: { key } }, metaFor(SYSTEM_ACTOR, plusDays(T0, 4)))
      .then([{ type: 'ListingOverdue', data: { timerKey: key, dueAt: plusDays(T0, 3), rule: 'built-in@v0:listWithin=P3D' } }]);
  });
});
