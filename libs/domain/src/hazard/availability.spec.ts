import fc from 'fast-check';
import { DomainError } from '../shared/errors';
import { ACTORS, caught } from '../testing';
import { type AvailabilityView, HAZARD_COMMANDS_ON_EXISTING, commandAvailability } from './availability';
import { Harness, reportHazard, wellFormed } from './builders';
import { availabilityView, hazardRefusal } from './preconditions';
import type { HazardState } from './state';

const PEOPLE = [ACTORS.inspector, ACTORS.inspector2, ACTORS.supervisor, ACTORS.supervisor2, ACTORS.office, ACTORS.auditor];

const viewOf = (s: HazardState): AvailabilityView => ({
  status: s.status,
  level: s.level,
  pendingVerification: s.pendingVerification,
  submittedBy: s.submission?.submittedBy.sub ?? null,
  extensionRequestedBy: s.extensionRequest?.requestedBy.sub ?? null,
  regradeRequestedBy: s.regradeRequest?.requestedBy.sub ?? null,
  listed: s.listing !== null,
});

/** decide's answer to a well-formed command: accepted, refused for its data, or refused as not possible now. */
function judged(h: Harness, type: (typeof HAZARD_COMMANDS_ON_EXISTING)[number], actor: (typeof PEOPLE)[number]): 'possible' | 'impossible' {
  try {
    h.decide(wellFormed(type, h.state), actor);
    return 'possible';
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return error.code === 'FORBIDDEN' || error.code === 'INVALID_TRANSITION' ? 'impossible' : 'possible';
  }
}

describe('commandAvailability agrees with decide', () => {
  test('on every state a random walk reaches, for every command and person', () => {
    const step = fc.record({ command: fc.constantFrom(...HAZARD_COMMANDS_ON_EXISTING), actor: fc.constantFrom(...PEOPLE) });
    let compared = 0;
    const blockers = new Set<string>();
    fc.assert(
      fc.property(fc.boolean(), fc.array(step, { maxLength: 25 }), (major, steps) => {
        const h = new Harness();
        h.apply(reportHazard({ level: major ? 'MAJOR' : 'GENERAL' }), ACTORS.inspector);
        for (const s of [{ command: null, actor: null }, ...steps]) {
          if (s.command && s.actor) h.attempt(wellFormed(s.command, h.state), s.actor);
          const state = h.current;
          for (const person of PEOPLE) {
            const table = commandAvailability(viewOf(state), person);
            for (const entry of table) {
              const expected = judged(h, entry.command, person);
              if (!entry.allowed) blockers.add(entry.blocker.code);
              compared++;
              if ((entry.allowed ? 'possible' : 'impossible') !== expected) {
                throw new Error(`${entry.command} by ${person.sub} at ${state.status}: table says ${JSON.stringify(entry)}, decide says ${expected}`);
              }
            }
          }
        }
      }),
      { numRuns: 150, seed: 20_261_129 },
    );
    expect(compared).toBeGreaterThan(10_000);
    // every kind of reason was met at least once on a fixed seed's worth of walks
    expect(blockers.size).toBeGreaterThanOrEqual(8);
  });

  test('where the table shows a blocker, decide throws exactly its refusal (code and message)', () => {
    const step = fc.record({ command: fc.constantFrom(...HAZARD_COMMANDS_ON_EXISTING), actor: fc.constantFrom(...PEOPLE) });
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.boolean(), fc.array(step, { maxLength: 25 }), (major, steps) => {
        const h = new Harness();
        h.apply(reportHazard({ level: major ? 'MAJOR' : 'GENERAL' }), ACTORS.inspector);
        for (const s of steps) {
          h.attempt(wellFormed(s.command, h.state), s.actor);
          const state = h.current;
          expect(availabilityView(state)).toEqual(viewOf(state));
          for (const person of PEOPLE) {
            for (const entry of commandAvailability(viewOf(state), person)) {
              if (entry.allowed || entry.blocker.code === 'ROLE') continue;
              seen.add(entry.blocker.code);
              const expected = hazardRefusal(entry.blocker, entry.command, state);
              const error = caught(() => h.decide(wellFormed(entry.command, state), person));
              expect(error).toBeInstanceOf(DomainError);
              expect({ code: (error as DomainError).code, message: (error as DomainError).message }).toEqual({ code: expected.code, message: expected.message });
            }
          }
        }
      }),
      { numRuns: 60, seed: 20_261_130 },
    );
    expect(seen.size).toBeGreaterThanOrEqual(8);
  });

  test('four eyes: the submitter sees verification blocked with the reason, another supervisor may verify', () => {
    const view: AvailabilityView = { status: 'SUPERVISED', level: 'MAJOR', pendingVerification: true, submittedBy: ACTORS.supervisor.sub, extensionRequestedBy: null };
    const mine = commandAvailability(view, ACTORS.supervisor).find((a) => a.command === 'VerifyRectification');
    const theirs = commandAvailability(view, ACTORS.supervisor2).find((a) => a.command === 'VerifyRectification');
    expect(mine).toEqual({ command: 'VerifyRectification', allowed: false, blocker: { code: 'OWN_SUBMISSION' } });
    expect(theirs).toEqual({ command: 'VerifyRectification', allowed: true });
  });

  test('an auditor may give no command at all', () => {
    const view: AvailabilityView = { status: 'FOUND', level: 'GENERAL', pendingVerification: false, submittedBy: null, extensionRequestedBy: null };
    expect(commandAvailability(view, ACTORS.auditor).every((a) => !a.allowed && a.blocker.code === 'ROLE')).toBe(true);
  });
});
