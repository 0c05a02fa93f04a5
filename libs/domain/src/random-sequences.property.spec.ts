import fc from 'fast-check';
import { type Actor, type AnyCommand, type CommandMetadata, SYSTEM_ACTOR } from './commands';
import { decide } from './decide';
import { envelope } from './envelope';
import { DomainError } from './errors';
import type { HazardEvent } from './events';
import { evolve, fold } from './evolve';
import { HAZARD_STATUSES, ROLES } from './reference';
import type { HazardState } from './state';
import { at, commands as c } from './testing/fixtures';
import { pendingTimers } from './timers';

const actorArb: fc.Arbitrary<Actor> = fc.record({
  sub: fc.constantFrom('alice', 'bob', 'carol'),
  name: fc.constant('某人'),
  roles: fc.subarray([...ROLES], { minLength: 0, maxLength: 2 }),
});

/** Well-formed and ill-formed commands of every type. */
const commandArb: fc.Arbitrary<AnyCommand> = fc.oneof(
  fc.constant(c.report()),
  fc.integer({ min: -10, max: 2000 }).map((h) => c.list(h)),
  fc.constant(c.supervise()),
  fc.integer({ min: 1, max: 900 }).map((h) => c.supervise(h)),
  fc.integer({ min: -5, max: 105 }).map((p) => c.progress(p)),
  fc.constant(c.submit()),
  fc.boolean().map((a) => c.verify(a)),
  fc.constant(c.onSpot()),
  fc.integer({ min: 1, max: 2000 }).map((h) => c.requestExtension(h)),
  fc.boolean().map((a) => c.decideExtension(a)),
  fc.constant(c.suspend()),
  fc.boolean().map((p) => c.standbyCheck(p)),
  fc.constant(c.warning()),
  fc.double({ min: -10, max: 1e6, noNaN: true }).map((a) => c.fine(a)),
  fc.constant(c.cancel()),
  fc.record({ title: fc.string({ maxLength: 300 }), description: fc.string({ maxLength: 50 }) }).map((o) => c.report(o)),
  fc.constant<AnyCommand>({ type: 'FireTimer', data: { key: 'anything' } }),
);

interface Step {
  command: AnyCommand;
  actor: Actor;
  hoursLater: number;
  expectVersion: boolean;
  fireDue: boolean;
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  command: commandArb,
  actor: actorArb,
  hoursLater: fc.integer({ min: 0, max: 200 }),
  expectVersion: fc.boolean(),
  fireDue: fc.boolean(),
});

function checkInvariants(s: HazardState, eventCount: number): void {
  expect(HAZARD_STATUSES).toContain(s.status);
  expect(s.version).toBe(eventCount);
  if (s.status === 'RECTIFIED') {
    expect(s.rectifiedAt).not.toBeNull();
    expect(s.pendingVerification).toBe(false);
  }
  if (s.pendingVerification) expect(s.submission).not.toBeNull();
  if (['LISTED', 'SUPERVISED', 'SUSPENDED'].includes(s.status)) expect(s.deadline).not.toBeNull();
  if (s.status === 'SUPERVISED' && s.level === 'MAJOR') {
    expect(s.listing).not.toBeNull();
    expect(s.plan).not.toBeNull();
  }
  if (s.status === 'SUSPENDED') expect(s.suspension?.monitors.length).toBeGreaterThanOrEqual(1);
  expect(s.escalationLevel).toBeGreaterThanOrEqual(0);
  expect(s.escalationLevel).toBeLessThanOrEqual(3);
  expect(new Set(s.firedTimers).size).toBe(s.firedTimers.length);
}

describe('the decider under random command sequences', () => {
  it('never reaches an invalid state, refuses only with DomainErrors, and folding the events reproduces the state', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 40 }), (steps) => {
        let n = 0;
        let hours = 0;
        let state: HazardState | null = null;
        const events: HazardEvent[] = [];
        const run = (command: AnyCommand, actor: Actor, expectedVersion?: number) => {
          const meta: CommandMetadata = {
            commandId: `c${++n}`,
            actor,
            now: at(hours),
            ...(expectedVersion !== undefined ? { expectedVersion } : {}),
          };
          const before = state;
          let bodies;
          try {
            bodies = decide(state, command, meta);
          } catch (err) {
            expect(err).toBeInstanceOf(DomainError);
            expect(state).toBe(before);
            return;
          }
          const recorded = envelope('h-1', state?.version ?? 0, bodies, meta, () => `e${++n}`);
          events.push(...recorded);
          state = recorded.reduce<HazardState | null>(evolve, state);
          if (state) checkInvariants(state, events.length);
        };

        // Every sequence starts from a valid report, so there is a hazard to act on.
        run(c.report(), { sub: 'alice', name: '某人', roles: ['INSPECTOR'] });
        for (const step of steps) {
          hours += step.hoursLater;
          const current = state as HazardState | null;
          if (step.fireDue && current) {
            const due = pendingTimers(current).find((t) => Date.parse(t.dueAt) <= Date.parse(at(hours)));
            if (due) run({ type: 'FireTimer', data: { key: due.key } }, SYSTEM_ACTOR);
          }
          const closed = state !== null && ['RECTIFIED', 'CANCELLED'].includes((state as HazardState).status);
          const versionBefore = (state as HazardState | null)?.version;
          run(step.command, step.actor, step.expectVersion ? (state as HazardState | null)?.version ?? 0 : undefined);
          if (closed) expect((state as HazardState | null)?.version).toBe(versionBefore);
        }

        expect(fold(events)).toEqual(state);
        expect(fold(JSON.parse(JSON.stringify(events)))).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});
