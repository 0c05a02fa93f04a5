/**
 * What the domain's specs share: a fixed clock, actors and metadata, ways to catch a refusal, and
 * `given(decider, events).when(command, meta).then(events)` for any decider. Plain TypeScript (no
 * test-framework globals): it compiles with the library, and a failed expectation throws, which
 * fails the spec that made it. Not exported from the index: only specs import it.
 */
import { type Decider, type EventBody, applyBodies } from './shared/aggregate';
import { DomainError, type DomainErrorCode } from './shared/errors';
import { type Actor, type CommandMetadata, SYSTEM_ACTOR } from './shared/metadata';
import { isValidCreditCode } from './shared/validation';

// ---------------------------------------------------------------------------------------------
// Time
// ---------------------------------------------------------------------------------------------

export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The fixed clock every spec starts from: Monday 2 March 2026, 09:00 in Shanghai. */
export const T0 = '2026-03-02T01:00:00.000Z';

export const plusMs = (iso: string, ms: number): string => new Date(Date.parse(iso) + ms).toISOString();
export const plusDays = (iso: string, days: number): string => plusMs(iso, days * DAY);

// ---------------------------------------------------------------------------------------------
// Actors and metadata
// ---------------------------------------------------------------------------------------------

export const ACTORS = {
  inspector: { sub: 'u-inspector-1', name: '张检查', roles: ['INSPECTOR'] },
  inspector2: { sub: 'u-inspector-2', name: '孙检查', roles: ['INSPECTOR'] },
  supervisor: { sub: 'u-supervisor-1', name: '李监管', roles: ['SUPERVISOR'] },
  supervisor2: { sub: 'u-supervisor-2', name: '吴监管', roles: ['SUPERVISOR'] },
  office: { sub: 'u-office-1', name: '王安委办', roles: ['COMMITTEE_OFFICE'] },
  auditor: { sub: 'u-auditor-1', name: '赵审计', roles: ['AUDITOR'] },
  nobody: { sub: 'u-nobody', name: '无角色', roles: [] },
  inspectorAndSupervisor: { sub: 'u-both-1', name: '钱双岗', roles: ['INSPECTOR', 'SUPERVISOR'] },
  system: SYSTEM_ACTOR,
} satisfies Record<string, Actor>;

let commandSeq = 0;

/** Command metadata: who and when; the command id comes from a counter (deterministic per run). */
export function metaFor(actor: Actor, now: string, extra: Partial<CommandMetadata> = {}): CommandMetadata {
  commandSeq += 1;
  return { commandId: `cmd-${String(commandSeq).padStart(6, '0')}`, actor, now, ...extra };
}

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------

/** The GB 32100-2015 check character for a 17-character prefix, found with the library's own checksum. */
export function withCreditCheck(prefix17: string): string {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  for (const c of chars) if (isValidCreditCode(prefix17 + c)) return prefix17 + c;
  throw new Error(`no check character makes ${prefix17} valid`);
}

/** A valid unified social credit code (computed, not trusted from memory). */
export const VALID_CREDIT_CODE = withCreditCheck('91211100MA0Y12345');

/** SHA-256 digests standing for evidence files. */
export const SHA_A = 'a'.repeat(64);
export const SHA_B = '0123456789abcdef'.repeat(4);

/** Every field optional and of any type: the builders also make ill-formed commands. */
export type Loose<T> = { [K in keyof T]?: unknown };

// ---------------------------------------------------------------------------------------------
// Refusals
// ---------------------------------------------------------------------------------------------

/** What `fn` threw, or a failure when it returned. */
export function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw, but it returned');
}

/** What `fn` threw, asserted to be a DomainError. */
export function domainError(fn: () => unknown): DomainError {
  const error = caught(fn);
  if (!(error instanceof DomainError)) {
    throw new Error(`expected a DomainError, got ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
  return error;
}

// ---------------------------------------------------------------------------------------------
// given events → when command → then events (or then throws)
// ---------------------------------------------------------------------------------------------

/** Who records the given events unless told: nobody a spec's "when" acts as, so four eyes stay out of the way. */
export const GIVEN_ACTOR: Actor = { sub: 'u-given', name: '既往记录', roles: [] };

/** A given event with who recorded it and when, for the evolves that read them (who submitted, who asked, when it was listed). */
export interface Recorded<B extends EventBody> {
  event: B;
  by?: Actor;
  at?: string;
}

export const recorded = <B extends EventBody>(event: B, by?: Actor, at?: string): Recorded<B> => ({ event, by, at });

/** The text two event lists are compared by: JSON in the decider's own key order, which is what the store keeps and the replay fixtures hold. */
const text = (value: unknown): string => JSON.stringify(value, null, 2);

function fail(what: string, expected: string, actual: string): never {
  throw new Error(`${what}\n--- expected\n${expected}\n--- actual\n${actual}`);
}

const describeError = (error: unknown): string =>
  error instanceof DomainError ? `DomainError ${error.code}${error.field ? ` (${error.field})` : ''}: ${error.message}` : error instanceof Error ? `${error.name}: ${error.message}` : String(error);

export class When<S extends { version: number }, B extends EventBody> {
  constructor(
    private readonly decider: Pick<Decider<S, never, B>, 'evolve'>,
    private readonly state: S | null,
    private readonly outcome: { events: readonly B[] } | { error: unknown },
    private readonly meta: CommandMetadata,
  ) {}

  /** The decided events must be exactly these, key order included; returns the state they lead to. */
  then(expected: readonly B[]): S | null {
    if ('error' in this.outcome) fail('then: the command was refused', text(expected), describeError(this.outcome.error));
    if (text(this.outcome.events) !== text(expected)) fail('then: the decided events differ', text(expected), text(this.outcome.events));
    return applyBodies(this.decider, 'given', this.state, this.outcome.events, this.meta, sequentialIds('then')).state;
  }

  /** The command must be refused with this code (and, when given, this field and a message matching). */
  thenThrows(code: DomainErrorCode, details: { message?: string | RegExp; field?: string } = {}): DomainError {
    if (!('error' in this.outcome)) fail('thenThrows: the command was accepted', code, text(this.outcome.events));
    const error = this.outcome.error;
    if (!(error instanceof DomainError)) fail('thenThrows: not a DomainError', code, describeError(error));
    if (error.code !== code) fail('thenThrows: another code', code, describeError(error));
    if (details.field !== undefined && error.field !== details.field) fail('thenThrows: another field', details.field, describeError(error));
    const { message } = details;
    if (message !== undefined && !(typeof message === 'string' ? error.message === message : message.test(error.message))) fail('thenThrows: another message', String(message), error.message);
    return error;
  }
}

export class Given<S extends { version: number }, C extends { type: string }, B extends EventBody> {
  constructor(
    private readonly decider: Decider<S, C, B>,
    /** The fold of the given events: for specs that look at it before the "when". */
    readonly state: S | null,
  ) {}

  when(command: C, meta: CommandMetadata): When<S, B> {
    let outcome: { events: readonly B[] } | { error: unknown };
    try {
      outcome = { events: this.decider.decide(this.state, command, meta) };
    } catch (error) {
      outcome = { error };
    }
    return new When(this.decider, this.state, outcome, meta);
  }
}

function sequentialIds(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(4, '0')}`;
}

/**
 * A stream that already holds these events (folded with the decider's own evolve), ready for a
 * "when". Events are facts, so none is decided here: `given` takes events, never commands. Each is
 * recorded by `by` at `at` unless it says otherwise (see `recorded`).
 */
export function given<S extends { version: number }, C extends { type: string }, B extends EventBody>(
  decider: Decider<S, C, B>,
  events: readonly (B | Recorded<B>)[] = [],
  defaults: { by?: Actor; at?: string } = {},
): Given<S, C, B> {
  const nextId = sequentialIds('given');
  let state: S | null = null;
  events.forEach((item, i) => {
    const { event, by, at } = 'event' in item ? item : { event: item, by: undefined, at: undefined };
    const meta: CommandMetadata = { commandId: `given-${i + 1}`, actor: by ?? defaults.by ?? GIVEN_ACTOR, now: at ?? defaults.at ?? T0 };
    state = applyBodies(decider, 'given', state, [event], meta, nextId).state;
  });
  return new Given(decider, state);
}
