/**
 * Property: whatever sequence of commands arrives (well-formed or not, by anyone, with stale or
 * fresh expected versions, and the system's own clocks), decide either refuses with a
 * DomainError and changes nothing, or its events fold into a state that keeps every invariant;
 * and the stream, folded again from nothing (also after a JSON round trip, as the store keeps
 * it), gives that state back exactly.
 */
import fc from 'fast-check';
import { DOMAIN_ERROR_CODES, DomainError } from '../shared/errors';
import { type Actor, type CommandMetadata, SYSTEM_ACTOR } from '../shared/metadata';
import { ENFORCEMENT_KINDS, HAZARD_STATUSES, LISTING_LEVELS, type HazardStatus } from '../shared/reference';
import {
  ACTORS,
  DAY,
  HOUR,
  SHA_A,
  SHA_B,
  plusMs,
} from '../testing';
import {
  HAZARD_ID,
  Harness,
  cancelHazard,
  decideExtension,
  listHazard,
  plan,
  recordEnforcement,
  recordStandbyCheck,
  rectifyOnSpot,
  reportHazard,
  reportProgress,
  requestExtension,
  submitRectification,
  superviseHazard,
  suspendOperations,
  verifyRectification,
  wellFormed,
} from './builders';
import { type AnyCommand, HAZARD_COMMAND_TYPES, type HazardCommand, type HazardCommandType } from './commands';
import { decide } from './decide';
import type { HazardEvent, HazardEventBody } from './events';
import { fold } from './evolve';
import type { HazardState } from './state';
import { pendingTimers } from './timers';

// ---------------------------------------------------------------------------------------------
// What a random step is: drawn up front, turned into a command against the state it meets
// ---------------------------------------------------------------------------------------------

type Kind = HazardCommandType | 'FireTimer';

/** Who acts: the usual crowd, weighted towards people who may do something. */
const ACTOR_POOL: Actor[] = [
  ACTORS.inspector,
  ACTORS.inspector2,
  ACTORS.supervisor,
  ACTORS.supervisor2,
  ACTORS.supervisor,
  ACTORS.office,
  ACTORS.inspectorAndSupervisor,
  ACTORS.auditor,
  ACTORS.nobody,
  ACTORS.system,
];

type VersionMode = { mode: 'none' } | { mode: 'current' } | { mode: 'offset'; offset: number } | { mode: 'bad'; value: number };

interface StepSpec {
  kind: Kind;
  actor: number;
  /** A free knob each builder reads differently (level, verdict, listing level, roster index…). */
  choice: number;
  /** Days or hours, as the builder needs: how far ahead a deadline goes. */
  span: number;
  /** When set, the command's data is damaged in this field with this value. */
  corrupt: { field: number; value: unknown } | null;
  version: VersionMode;
  /** How long after the previous step this one arrives. */
  advanceMs: number;
  /** Sometimes the caller backdates the event (occurredAt before now). */
  backdateMs: number | null;
}

const weighted = (kind: Kind, weight: number) => ({ arbitrary: fc.constant(kind), weight });

const kindArb: fc.Arbitrary<Kind> = fc.oneof(
  weighted('ReportHazard', 1),
  weighted('ListHazard', 4),
  weighted('SuperviseHazard', 4),
  weighted('ReportProgress', 2),
  weighted('SubmitRectification', 4),
  weighted('VerifyRectification', 4),
  weighted('RectifyOnSpot', 2),
  weighted('RequestDeadlineExtension', 3),
  weighted('DecideDeadlineExtension', 3),
  weighted('SuspendOperations', 3),
  weighted('RecordStandbyCheck', 3),
  weighted('RecordEnforcement', 3),
  weighted('CancelHazard', 1),
  weighted('FireTimer', 4),
  weighted('ResumeOperations', 2),
  weighted('RotateStandbyMonitors', 1),
  weighted('RequestRegrade', 1),
  weighted('DecideRegrade', 1),
  weighted('TransferHazard', 1),
  weighted('AmendEnterprise', 1),
  weighted('IssueSupervisionLetter', 1),
  weighted('RecordInterview', 1),
  weighted('RaiseListingLevel', 1),
);

/** Values that break a field: wrong types, blanks, control characters, out-of-range numbers. */
const BAD_VALUES: unknown[] = [undefined, null, '', '   ', 42, -1, 0, 101, Number.NaN, 'x\u0000y', '\u2028', {}, [], ['not-a-hash'], 'P1M', 'yesterday', '9'.repeat(5000), true];

/** `value` one time in `oneIn`, otherwise null. */
const sometimes = <T>(value: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | null> =>
  fc.oneof({ arbitrary: fc.constant(null), weight: oneIn - 1 }, { arbitrary: value, weight: 1 });

/** One step in five is ill-formed. */
const corruptArb = sometimes(fc.record({ field: fc.nat({ max: 15 }), value: fc.constantFrom(...BAD_VALUES) }), 5);

const versionArb: fc.Arbitrary<VersionMode> = fc.oneof(
  { arbitrary: fc.constant<VersionMode>({ mode: 'none' }), weight: 6 },
  { arbitrary: fc.constant<VersionMode>({ mode: 'current' }), weight: 3 },
  { arbitrary: fc.integer({ min: -3, max: 3 }).filter((n) => n !== 0).map<VersionMode>((offset) => ({ mode: 'offset', offset })), weight: 1 },
  { arbitrary: fc.constantFrom<VersionMode>({ mode: 'bad', value: -1 }, { mode: 'bad', value: 0.5 }), weight: 1 },
);

const stepArb: fc.Arbitrary<StepSpec> = fc.record({
  kind: kindArb,
  actor: fc.nat({ max: ACTOR_POOL.length - 1 }),
  choice: fc.nat({ max: 1_000 }),
  span: fc.integer({ min: 1, max: 400 }),
  corrupt: corruptArb,
  version: versionArb,
  advanceMs: fc.oneof(fc.integer({ min: 1, max: 10 * 60_000 }), fc.integer({ min: 1, max: 3 * DAY })),
  backdateMs: sometimes(fc.integer({ min: 1, max: 2 * HOUR }), 10),
});

const firstArb = fc.record({ major: fc.boolean(), foundHoursAgo: fc.option(fc.integer({ min: 0, max: 24 * 30 }), { freq: 2 }) });

/** The concrete command for a step, given the state and clock it meets. */
function buildCommand(s: StepSpec, state: HazardState | null, now: string): AnyCommand {
  const ahead = (days: number): string => plusMs(now, days * DAY);
  let command: HazardCommand;
  switch (s.kind) {
    case 'FireTimer': {
      const timers = state ? pendingTimers(state) : [];
      const key = timers.length > 0 && s.choice % 5 !== 0 ? timers[s.choice % timers.length].key : `no-such-clock-${s.choice}`;
      return { type: 'FireTimer', data: { key } };
    }
    case 'ReportHazard':
      // Now and then a rectification order comes with the finding, and its deadline with it.
      command = reportHazard({ level: s.choice % 2 ? 'MAJOR' : 'GENERAL', ...(s.choice % 3 === 0 ? { rectificationOrder: { documentNumber: null, deadline: ahead(s.span) } } : {}) });
      break;
    case 'ListHazard':
      command = listHazard({ listingLevel: LISTING_LEVELS[s.choice % 3], deadline: ahead(s.span) });
      break;
    case 'SuperviseHazard': {
      const deadline = state?.status === 'FOUND' || s.choice % 7 === 0 ? ahead(s.span) : undefined;
      command = superviseHazard({ plan: plan({ fundingAmount: s.choice % 4 === 0 ? 0 : 10_000 + s.choice }), deadline });
      break;
    }
    case 'ReportProgress':
      command = reportProgress({ percent: s.choice % 101 });
      break;
    case 'SubmitRectification':
      command = submitRectification({ evidenceHashes: s.choice % 2 ? [SHA_A, SHA_B] : [] });
      break;
    case 'VerifyRectification':
      command = verifyRectification(s.choice % 3 !== 0);
      break;
    case 'RectifyOnSpot':
      command = rectifyOnSpot();
      break;
    case 'RequestDeadlineExtension': {
      const from = state?.deadline && s.choice % 5 !== 0 ? state.deadline : now;
      command = requestExtension({ requestedDeadline: plusMs(from, s.span * DAY) });
      break;
    }
    case 'DecideDeadlineExtension':
      command = decideExtension(s.choice % 2 === 0);
      break;
    case 'SuspendOperations': {
      const count = 1 + (s.choice % 3);
      const monitors = Array.from({ length: count }, (_, i) => ({ name: `盯守${i + 1}号`, phone: i === 0 ? '13800000001' : null }));
      command = suspendOperations({ monitors, checkInterval: ['PT24H', 'PT1H', 'P1D', 'PT30M', 'P1W'][s.choice % 5] });
      break;
    }
    case 'RecordStandbyCheck': {
      const roster = state?.suspension?.monitors ?? [];
      const monitor = roster.length > 0 && s.choice % 6 !== 0 ? roster[s.choice % roster.length].name : '名单外人员';
      command = recordStandbyCheck({ monitor, productionObserved: s.choice % 4 === 0 });
      break;
    }
    case 'RecordEnforcement': {
      const kind = ENFORCEMENT_KINDS[s.choice % ENFORCEMENT_KINDS.length];
      const fines = s.choice % 3 === 0 ? [plusMs(now, -10 * DAY), plusMs(now, -50 * DAY)] : [];
      command = recordEnforcement({ kind, amount: kind === 'FINE' ? 100 + s.choice : null, enterpriseFines: fines });
      break;
    }
    case 'CancelHazard':
      command = cancelHazard();
      break;
    default:
      command = wellFormed(s.kind, state);
  }
  if (s.corrupt) {
    const data = { ...(command.data as unknown as Record<string, unknown>) };
    const keys = Object.keys(data);
    data[keys[s.corrupt.field % keys.length]] = s.corrupt.value;
    command = { type: command.type, data } as unknown as HazardCommand;
  }
  return command;
}

function metaFor(s: StepSpec, state: HazardState | null, now: string, seq: number): CommandMetadata {
  const actor = s.kind === 'FireTimer' && s.actor % 3 !== 0 ? SYSTEM_ACTOR : ACTOR_POOL[s.actor];
  const version = state?.version ?? 0;
  const expectedVersion =
    s.version.mode === 'current' ? version : s.version.mode === 'offset' ? version + s.version.offset : s.version.mode === 'bad' ? s.version.value : undefined;
  return {
    commandId: `cmd-${seq}`,
    actor,
    now,
    ...(expectedVersion !== undefined ? { expectedVersion } : {}),
    ...(s.backdateMs !== null ? { occurredAt: plusMs(now, -s.backdateMs) } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Invariants
// ---------------------------------------------------------------------------------------------

const CLOSED: readonly HazardStatus[] = ['RECTIFIED', 'CANCELLED'];

/**
 * Plain checks, not `expect`: this runs for every step of every run, and jest's matchers build an
 * error (with its stack) on each call, which would make the property ten times slower.
 */
function invariant(condition: boolean, what: string, state: HazardState): void {
  if (!condition) throw new Error(`invariant broken: ${what}\nstate: ${JSON.stringify(state, null, 2)}`);
}

function checkInvariants(state: HazardState, events: readonly HazardEvent[], previous: HazardState | null): void {
  const ok = (condition: boolean, what: string) => invariant(condition, what, state);
  ok(HAZARD_STATUSES.includes(state.status), 'status is one of the six');
  ok(state.version === events.length, 'version equals the number of events');
  ok(events.every((e, i) => e.version === i + 1), 'event versions are 1, 2, 3 …');
  ok(state.id === HAZARD_ID, 'the hazard keeps its id');
  if (state.status === 'RECTIFIED') {
    ok(state.rectifiedAt !== null, 'RECTIFIED ⇒ rectifiedAt');
    ok(state.verifiedBy !== null, 'RECTIFIED ⇒ verifiedBy');
    ok(!state.pendingVerification, 'RECTIFIED ⇒ not pending verification');
  }
  if (state.status === 'CANCELLED') {
    ok(state.cancelledAt !== null, 'CANCELLED ⇒ cancelledAt');
    ok(!state.pendingVerification, 'CANCELLED ⇒ not pending verification');
  }
  if (state.pendingVerification) ok(state.submission !== null, 'pendingVerification ⇒ submission');
  if (state.status === 'LISTED' || state.status === 'SUPERVISED') ok(state.deadline !== null, `${state.status} ⇒ deadline`);
  // suspended at discovery (README "The closed loop"): a deadline once listed or supervised
  if (state.status === 'SUSPENDED' && (state.listing || state.plan)) ok(state.deadline !== null, 'SUSPENDED after listing or supervision ⇒ deadline');
  if (state.status === 'LISTED') ok(state.listing !== null, 'LISTED ⇒ listing');
  if (state.status === 'SUPERVISED') {
    ok(state.plan !== null, 'SUPERVISED ⇒ plan');
    if (state.level === 'MAJOR') {
      ok(state.listing !== null, 'SUPERVISED MAJOR ⇒ listing');
      ok((state.plan?.fundingAmount ?? 0) > 0, 'SUPERVISED MAJOR ⇒ funded plan');
    }
  }
  if (state.status === 'SUSPENDED') ok((state.suspension?.monitors.length ?? 0) >= 1, 'SUSPENDED ⇒ suspension with ≥ 1 monitor');
  if (state.extensionRequest) ok(!CLOSED.includes(state.status), 'a closed hazard has no open extension request');
  ok(Number.isInteger(state.escalationLevel) && state.escalationLevel >= 0 && state.escalationLevel <= 3, 'escalationLevel in 0…3');
  ok(state.progressPercent >= 0 && state.progressPercent <= 100, 'progress in 0…100');
  if (previous) {
    ok(state.escalationLevel >= previous.escalationLevel, 'escalation never falls');
    ok(state.level === previous.level || events.at(-1)?.type === 'HazardRegraded', 'the level changes only by an approved re-grade');
    ok(state.foundAt === previous.foundAt, 'foundAt never changes');
    if (CLOSED.includes(previous.status)) ok(state.status === previous.status, 'a closed hazard stays closed');
  }
}

/** A closed hazard refuses everything, even perfectly formed commands by someone allowed to act. */
function checkClosed(h: Harness): void {
  const state = h.current;
  for (const kind of HAZARD_COMMAND_TYPES) {
    // well-formed at the hazard's own clock (deadlines ahead of it, a rostered monitor)
    const probe: StepSpec = { kind, actor: 0, choice: 5, span: 30, corrupt: null, version: { mode: 'none' }, advanceMs: 0, backdateMs: null };
    const command = buildCommand(probe, state, h.now);
    const error = caughtDomain(() => decide(state, command, { commandId: 'probe', actor: ACTORS.office, now: h.now }));
    invariant(error.code === 'INVALID_TRANSITION', `closed hazard × ${kind} → ${error.code}: ${error.message}`, state);
  }
  const timer = caughtDomain(() => decide(state, { type: 'FireTimer', data: { key: 'any' } }, { commandId: 'probe', actor: SYSTEM_ACTOR, now: plusMs(h.now, 3650 * DAY) }));
  invariant(timer.code === 'INVALID_TRANSITION', `closed hazard × FireTimer → ${timer.code}`, state);
  invariant(pendingTimers(state).length === 0, 'a closed hazard arms no clock', state);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function caughtDomain(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

// ---------------------------------------------------------------------------------------------
// The property
// ---------------------------------------------------------------------------------------------

/** What the runs reached, to prove the generator explores the lifecycle rather than bouncing off it. */
const reached = { statuses: new Set<HazardStatus>(), events: new Set<string>(), errors: new Set<string>(), steps: 0, accepted: 0 };

function run(first: { major: boolean; foundHoursAgo: number | null }, steps: StepSpec[]): Harness {
  const h = new Harness(HAZARD_ID);
  h.apply(
    reportHazard({ level: first.major ? 'MAJOR' : 'GENERAL', foundAt: first.foundHoursAgo === null ? undefined : plusMs(h.now, -first.foundHoursAgo * HOUR) }),
    ACTORS.inspector,
  );
  checkInvariants(h.current, h.events, null);
  let seq = 0;

  for (const s of steps) {
    h.tick(s.advanceMs);
    const before = h.current;
    // frozen: decide or evolve writing to it throws a TypeError, which the property refuses
    deepFreeze(before);
    const wasClosed = CLOSED.includes(before.status);

    const command = buildCommand(s, before, h.now);
    // a clock is usually fired when it is due (the workflow sleeps until then)
    if (command.type === 'FireTimer' && s.choice % 4 !== 0) {
      const due = pendingTimers(before).find((t) => t.key === command.data.key)?.dueAt;
      if (due && due > h.now) h.now = due;
    }
    const meta = metaFor(s, before, h.now, ++seq);
    reached.steps++;

    let bodies: HazardEventBody[];
    try {
      bodies = decide(before, command, meta);
    } catch (error) {
      // refused: a DomainError with a known code, nothing changed
      // (the state is frozen, so a refusal that had written to it would have thrown a TypeError here)
      if (!(error instanceof DomainError)) throw new Error(`decide threw ${String(error)} for ${JSON.stringify(command)}`);
      invariant(DOMAIN_ERROR_CODES.includes(error.code), `known error code ${error.code}`, before);
      if (error.code === 'BAD_USER_INPUT') invariant(Boolean(error.field), `BAD_USER_INPUT names its field: ${error.message}`, before);
      reached.errors.add(error.code);
      continue;
    }

    invariant(!wasClosed, `a closed hazard accepted ${command.type}`, before);
    invariant(bodies.length > 0, `${command.type} accepted without events`, before);
    const wrapped = h.record(bodies, meta);
    invariant(wrapped.every((e, i) => e.version === before.version + i + 1), 'events continue the stream', before);
    reached.accepted++;
    for (const b of bodies) reached.events.add(b.type);
    reached.statuses.add(h.current.status);
    checkInvariants(h.current, h.events, before);
  }

  if (CLOSED.includes(h.current.status)) checkClosed(h);

  // the stream is the truth: folded from nothing, and from its JSON text, it gives the state back
  expect(fold(h.events)).toEqual(h.state);
  expect(fold(JSON.parse(JSON.stringify(h.events)) as HazardEvent[])).toEqual(h.state);
  // the state itself is plain JSON (read models and workflow queries carry it as JSON)
  expect(JSON.parse(JSON.stringify(h.state))).toEqual(h.state);
  // every event has its own id
  const ids = new Set(h.events.map((e) => e.eventId));
  expect(ids.size).toBe(h.events.length);
  return h;
}

const EXPECTED_EVENTS = [
  'HazardListed',
  'HazardSupervised',
  'RectificationSubmitted',
  'RectifiedOnSpot',
  'RectificationVerified',
  'RectificationRejected',
  'DeadlineExtensionApproved',
  'DeadlineExtensionDenied',
  'OperationsSuspended',
  'StandbyCheckRecorded',
  'Escalated',
  'EnforcementRecorded',
  'HazardCancelled',
  'DeadlineMissed',
];

function resetReached(): void {
  reached.statuses.clear();
  reached.events.clear();
  reached.errors.clear();
  reached.steps = 0;
  reached.accepted = 0;
}

const property = () =>
  fc.property(firstArb, fc.array(stepArb, { minLength: 1, maxLength: 40, size: 'max' }), (first, steps) => {
    run(first, steps);
  });

describe('decide over random command sequences', () => {
  test('refuses with a DomainError and changes nothing, or keeps every invariant; the stream folds back to the state', () => {
    // a fresh seed each run (fast-check prints it on failure, to replay with { seed, path })
    // a failure is reported (shrunk as far as it got) within 30 s instead of shrinking for minutes
    fc.assert(property(), { numRuns: 400, interruptAfterTimeLimit: 30_000, markInterruptAsFailure: true });
  });

  test('the generator explores the whole lifecycle rather than bouncing off the first refusal', () => {
    // Coverage is a property of the generator, not of one random draw: a rare event (a denied
    // extension needs a request, then a decision by another person of the right role) can be missed
    // by an unlucky seed. The seed is fixed here so this check fails only when the generator changes;
    // the test above keeps drawing fresh sequences for the invariants.
    resetReached();
    fc.assert(property(), { seed: 20_261_129, numRuns: 400, interruptAfterTimeLimit: 30_000, markInterruptAsFailure: true });
    expect([...reached.statuses].sort()).toEqual([...HAZARD_STATUSES].sort());
    for (const type of EXPECTED_EVENTS) expect(reached.events).toContain(type);
    expect([...reached.errors].sort()).toEqual(['BAD_USER_INPUT', 'FORBIDDEN', 'INVALID_TRANSITION', 'VERSION_CONFLICT']);
    expect(reached.accepted).toBeGreaterThan(reached.steps / 20);
  });

  test('a hand-picked nasty sequence keeps the invariants too', () => {
    const step = (kind: Kind, over: Partial<StepSpec> = {}): StepSpec => ({
      kind,
      actor: 2,
      choice: 1,
      span: 30,
      corrupt: null,
      version: { mode: 'none' },
      advanceMs: HOUR,
      backdateMs: null,
      ...over,
    });
    const h = run({ major: true, foundHoursAgo: 2 }, [
      step('ListHazard', { actor: 2 }),
      step('SuspendOperations', { actor: 3 }),
      step('RecordStandbyCheck', { actor: 0, choice: 4 }), // production seen: escalation to 2
      step('FireTimer', { choice: 1 }),
      step('FireTimer', { choice: 1 }),
      step('SubmitRectification', { actor: 6 }),
      step('VerifyRectification', { actor: 6 }), // four eyes: refused
      step('VerifyRectification', { actor: 3, choice: 0 }), // rejected
      step('SubmitRectification', { actor: 1 }),
      step('SuperviseHazard', { actor: 2 }), // pending verification: refused
      step('VerifyRectification', { actor: 3, choice: 1, version: { mode: 'offset', offset: -1 } }), // stale: refused
      step('VerifyRectification', { actor: 3, choice: 1, version: { mode: 'current' } }), // accepted
      step('CancelHazard', { actor: 5 }), // closed: refused
    ]);
    expect(h.current).toMatchObject({ status: 'RECTIFIED', rejectionCount: 1, pendingVerification: false, suspension: { productionObservedCount: 1 } });
    expect(h.current.escalationLevel).toBeGreaterThanOrEqual(2);
    expect(h.events.filter((e) => e.type === 'RectificationVerified')[0].data).toMatchObject({ resumedFromSuspension: true });
  });
});

// Every command type is generated (keeps the generator in step with the command union).
test('the generator knows every command type', () => {
  const kinds = new Set<Kind>();
  fc.assert(
    fc.property(kindArb, (k) => {
      kinds.add(k);
    }),
    { numRuns: 2_000 },
  );
  for (const type of HAZARD_COMMAND_TYPES) expect(kinds).toContain(type);
});
