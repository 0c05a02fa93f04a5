import type { Actor, CommandMetadata } from './commands';
import { DomainError, badInput, invalidTransition } from './errors';
import { type ChemicalAmount, type ChemicalReference, type GradeResult, gradeMajorHazard } from './grading';
import { assertNever } from './never';
import { code, creditCode, evidenceHashes, integer, oneOf, optionalText, phone, requiredText } from './validation';
import type { Role } from './reference';

/**
 * The register of major hazard sources (重大危险源): event-sourced like hazards. Each assessment is
 * an immutable snapshot of its inputs, the reference entries it used and its result; the three
 * responsible persons (包保责任人) are one active per role; patrols are recorded against a cadence.
 */
export const RESPONSIBLE_ROLES = ['PRINCIPAL', 'TECHNICAL', 'OPERATIONAL'] as const;
export type ResponsibleRole = (typeof RESPONSIBLE_ROLES)[number];
export const RESPONSIBLE_ROLE_LABELS: Record<ResponsibleRole, string> = { PRINCIPAL: '主要负责人', TECHNICAL: '技术负责人', OPERATIONAL: '操作负责人' };

export const UNIT_KINDS = ['PRODUCTION', 'STORAGE'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** 现场核查 results: consistent with the register, inconsistent, a new source found, to be deregistered. */
export const SITE_RESULTS = ['CONSISTENT', 'INCONSISTENT', 'NEW', 'TO_DEREGISTER'] as const;
export type SiteResult = (typeof SITE_RESULTS)[number];
/** A site verification is made by at least this many verifiers. */
export const MIN_SITE_VERIFIERS = 2;

export interface SiteVerification {
  verifiers: { name: string; unit: string | null }[];
  result: SiteResult;
  discrepancies: string[];
  evidenceHashes: string[];
}

/**
 * Checks a site verification (现场核查) of anything in the register: at least two different verifiers,
 * a result, the discrepancies an inconsistent result must name, and evidence digests.
 */
export function siteVerification(d: SiteVerification): SiteVerification {
  const verifiers = (Array.isArray(d.verifiers) ? d.verifiers : []).map((v, i) => ({
    name: requiredText(`verifiers[${i}].name`, v?.name, { max: 100 }),
    unit: optionalText(`verifiers[${i}].unit`, v?.unit, { max: 100 }),
  }));
  if (new Set(verifiers.map((v) => v.name)).size < MIN_SITE_VERIFIERS) throw badInput('verifiers', `a site verification is made by at least ${MIN_SITE_VERIFIERS} different people`);
  const result = oneOf('result', d.result, SITE_RESULTS);
  const discrepancies = (Array.isArray(d.discrepancies) ? d.discrepancies : []).map((x, i) => requiredText(`discrepancies[${i}]`, x, { max: 1000, multiline: true }));
  if (result === 'INCONSISTENT' && discrepancies.length === 0) throw badInput('discrepancies', 'an inconsistent result names what differs from the register');
  return { verifiers, result, discrepancies, evidenceHashes: evidenceHashes('evidenceHashes', d.evidenceHashes) };
}

/** Re-assessment is due this long after an assessment (or sooner, on a listed trigger). */
export const REASSESS_AFTER_DAYS = 3 * 365;

export type SourceCommand =
  | {
      type: 'RegisterMajorHazardSource';
      data: {
        sourceId: string;
        name: string;
        enterpriseName: string;
        enterpriseCreditCode?: string | null;
        unitKind: UnitKind;
        location: string;
        regionCode: string;
        departmentCode: string;
      };
    }
  | {
      type: 'AssessMajorHazardSource';
      data: { population500m: number; chemicals: ChemicalAmount[]; trigger?: string | null; standard: string; reference: ChemicalReference[] };
    }
  | { type: 'AssignResponsiblePerson'; data: { role: ResponsibleRole; name: string; phone?: string | null } }
  | { type: 'RelieveResponsiblePerson'; data: { role: ResponsibleRole; reason: string } }
  | { type: 'RecordPatrol'; data: { role: ResponsibleRole; note: string } }
  /** The system's alarm: a responsible person's patrol is overdue (reasons computed by the caller from the cadence in force). */
  | { type: 'RaisePatrolAlarm'; data: { role: ResponsibleRole; reason: string } }
  | { type: 'VerifySourceOnSite'; data: SiteVerification };

export type SourceEventBody =
  | { type: 'MajorHazardSourceRegistered'; data: Extract<SourceCommand, { type: 'RegisterMajorHazardSource' }>['data'] }
  | {
      type: 'MajorHazardSourceAssessed';
      data: {
        standard: string;
        population500m: number;
        chemicals: ChemicalAmount[];
        result: Omit<GradeResult, 'terms'>;
        terms: GradeResult['terms'];
        trigger: string | null;
        reassessBy: string;
      };
    }
  | { type: 'ResponsiblePersonAssigned'; data: { role: ResponsibleRole; name: string; phone: string | null } }
  | { type: 'ResponsiblePersonRelieved'; data: { role: ResponsibleRole; name: string; reason: string } }
  | { type: 'PatrolRecorded'; data: { role: ResponsibleRole; person: string; note: string } }
  | { type: 'PatrolOverdue'; data: { role: ResponsibleRole; person: string; since: string; reason: string } }
  | { type: 'SourceVerifiedOnSite'; data: SiteVerification };

export interface SourceEvent {
  type: SourceEventBody['type'];
  data: SourceEventBody['data'];
  version: number;
  metadata: { occurredAt: string; recordedAt: string; actor: Actor };
}

export interface SourceState {
  id: string;
  version: number;
  name: string;
  enterpriseName: string;
  enterpriseCreditCode: string | null;
  unitKind: UnitKind;
  location: string;
  regionCode: string;
  departmentCode: string;
  registeredAt: string;
  assessment: (Extract<SourceEventBody, { type: 'MajorHazardSourceAssessed' }>['data'] & { at: string }) | null;
  assessments: number;
  responsible: Partial<Record<ResponsibleRole, { name: string; phone: string | null; since: string }>>;
  lastPatrol: Partial<Record<ResponsibleRole, string>>;
  /** Per role, the patrol basis (last patrol or assignment) an alarm was raised for: one alarm per missed patrol. */
  patrolAlarms?: Partial<Record<ResponsibleRole, string>>;
  /** The latest site verification (现场核查), absent before the first. */
  siteVerification?: SiteVerification & { at: string };
  siteVerifications?: number;
}

const REGISTER_ROLES: readonly Role[] = ['SUPERVISOR', 'COMMITTEE_OFFICE'];
const PATROL_ROLES: readonly Role[] = ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE'];

/** When the patrol now due was counted from: the last patrol, or the assignment before the first. */
export const patrolBasis = (state: SourceState, role: ResponsibleRole): string | null => state.lastPatrol[role] ?? state.responsible[role]?.since ?? null;

export function decideSource(state: SourceState | null, command: SourceCommand, meta: CommandMetadata): SourceEventBody[] {
  if (command.type === 'RaisePatrolAlarm') {
    if (meta.actor.roles.length > 0) throw new DomainError('FORBIDDEN', 'patrol alarms are raised by the system');
    if (!state) throw new DomainError('NOT_FOUND', 'no such major hazard source');
    const role = oneOf('role', command.data.role, RESPONSIBLE_ROLES);
    const person = state.responsible[role];
    const since = patrolBasis(state, role);
    if (!person || !since) throw invalidTransition(`no ${RESPONSIBLE_ROLE_LABELS[role]} is active`);
    if (state.patrolAlarms?.[role] === since) throw invalidTransition(`the alarm for ${RESPONSIBLE_ROLE_LABELS[role]}'s patrol since ${since} was raised`);
    return [{ type: 'PatrolOverdue', data: { role, person: person.name, since, reason: requiredText('reason', command.data.reason, { max: 1000 }) } }];
  }
  const allowed = command.type === 'RecordPatrol' || command.type === 'VerifySourceOnSite' ? PATROL_ROLES : REGISTER_ROLES;
  if (!meta.actor.roles.some((r) => allowed.includes(r))) throw new DomainError('FORBIDDEN', `your roles do not allow ${command.type}`);
  if (meta.expectedVersion !== undefined && meta.expectedVersion !== (state?.version ?? 0)) {
    throw new DomainError('VERSION_CONFLICT', `the source is at version ${state?.version ?? 0}, the command expected ${meta.expectedVersion}`);
  }
  if (command.type === 'RegisterMajorHazardSource') {
    if (state) throw invalidTransition(`major hazard source ${state.name} is already registered`);
    const d = command.data;
    return [
      {
        type: 'MajorHazardSourceRegistered',
        data: {
          sourceId: requiredText('sourceId', d.sourceId, { max: 64 }),
          name: requiredText('name', d.name, { max: 200 }),
          enterpriseName: requiredText('enterpriseName', d.enterpriseName, { max: 200 }),
          enterpriseCreditCode: creditCode('enterpriseCreditCode', d.enterpriseCreditCode),
          unitKind: oneOf('unitKind', d.unitKind, UNIT_KINDS),
          location: requiredText('location', d.location, { max: 500 }),
          regionCode: code('regionCode', d.regionCode),
          departmentCode: code('departmentCode', d.departmentCode),
        },
      },
    ];
  }
  if (!state) throw new DomainError('NOT_FOUND', 'no such major hazard source');
  switch (command.type) {
    case 'AssessMajorHazardSource': {
      const d = command.data;
      // Refused input throws here, before any event: an unknown chemical writes no snapshot.
      const graded = gradeMajorHazard({ population500m: d.population500m, chemicals: d.chemicals }, d.reference);
      const { terms, ...result } = graded;
      const at = Date.parse(meta.occurredAt ?? meta.now);
      return [
        {
          type: 'MajorHazardSourceAssessed',
          data: {
            standard: d.standard,
            population500m: d.population500m,
            chemicals: d.chemicals.map((c) => ({ name: c.name ?? null, cas: c.cas ?? null, quantityTonnes: c.quantityTonnes })),
            result,
            terms,
            trigger: optionalText('trigger', d.trigger, { max: 500 }),
            reassessBy: new Date(at + REASSESS_AFTER_DAYS * 86_400_000).toISOString(),
          },
        },
      ];
    }
    case 'AssignResponsiblePerson': {
      const role = oneOf('role', command.data.role, RESPONSIBLE_ROLES);
      const current = state.responsible[role];
      if (current) {
        throw invalidTransition(`${RESPONSIBLE_ROLE_LABELS[role]} ${current.name} is active; relieve them first (exactly one active per role)`);
      }
      return [{ type: 'ResponsiblePersonAssigned', data: { role, name: requiredText('name', command.data.name, { max: 100 }), phone: phone('phone', command.data.phone) } }];
    }
    case 'RelieveResponsiblePerson': {
      const role = oneOf('role', command.data.role, RESPONSIBLE_ROLES);
      const current = state.responsible[role];
      if (!current) throw invalidTransition(`no ${RESPONSIBLE_ROLE_LABELS[role]} is active`);
      return [{ type: 'ResponsiblePersonRelieved', data: { role, name: current.name, reason: requiredText('reason', command.data.reason, { max: 500 }) } }];
    }
    case 'RecordPatrol': {
      const role = oneOf('role', command.data.role, RESPONSIBLE_ROLES);
      const current = state.responsible[role];
      if (!current) throw badInput('role', `no ${RESPONSIBLE_ROLE_LABELS[role]} is active to patrol`);
      return [{ type: 'PatrolRecorded', data: { role, person: current.name, note: requiredText('note', command.data.note, { max: 2000, multiline: true }) } }];
    }
    case 'VerifySourceOnSite':
      return [{ type: 'SourceVerifiedOnSite', data: siteVerification(command.data) }];
    default:
      return assertNever(command);
  }
}

export function evolveSource(state: SourceState | null, event: SourceEvent): SourceState {
  const at = event.metadata.occurredAt;
  const body = { type: event.type, data: event.data } as SourceEventBody;
  if (body.type === 'MajorHazardSourceRegistered') {
    const d = body.data;
    return {
      id: d.sourceId,
      version: event.version,
      name: d.name,
      enterpriseName: d.enterpriseName,
      enterpriseCreditCode: d.enterpriseCreditCode ?? null,
      unitKind: d.unitKind,
      location: d.location,
      regionCode: d.regionCode,
      departmentCode: d.departmentCode,
      registeredAt: at,
      assessment: null,
      assessments: 0,
      responsible: {},
      lastPatrol: {},
    };
  }
  if (!state) throw new Error(`${event.type} before the source was registered`);
  const next = { ...state, version: event.version };
  switch (body.type) {
    case 'MajorHazardSourceAssessed':
      return { ...next, assessment: { ...body.data, at }, assessments: state.assessments + 1 };
    case 'ResponsiblePersonAssigned':
      return { ...next, responsible: { ...state.responsible, [body.data.role]: { name: body.data.name, phone: body.data.phone, since: at } } };
    case 'ResponsiblePersonRelieved': {
      const responsible = { ...state.responsible };
      delete responsible[body.data.role];
      return { ...next, responsible };
    }
    case 'PatrolOverdue':
      return { ...next, patrolAlarms: { ...(state.patrolAlarms ?? {}), [body.data.role]: body.data.since } };
    case 'PatrolRecorded':
      return { ...next, lastPatrol: { ...state.lastPatrol, [body.data.role]: at } };
    case 'SourceVerifiedOnSite':
      return { ...next, siteVerification: { ...body.data, at }, siteVerifications: (state.siteVerifications ?? 0) + 1 };
    default:
      return assertNever(body);
  }
}

/**
 * How often each responsible person patrols (包保检查), and how long before an official holiday a
 * patrol must have been made: rules as data, saved by the committee office as numbered versions,
 * each naming its source (the regulation or notice and its version).
 */
export interface PatrolCadenceRule {
  role: ResponsibleRole;
  everyDays: number;
  /** A patrol is due within this many days before each official holiday period; null: no such rule. */
  beforeHolidaysWithinDays: number | null;
  /** …and before each major event (a campaign's first day, e.g. the Two Sessions); null or absent: no such rule. */
  beforeMajorEventsWithinDays?: number | null;
}

/** A major event a pre-event patrol is due before: a campaign's name and first day (Beijing date). */
export interface MajorEvent {
  name: string;
  from: string;
}

export interface PatrolCadence {
  /** 0 for the built-in default, then 1, 2, … as the office saves versions. */
  version: number;
  source: string;
  rules: PatrolCadenceRule[];
}

/** Used until the office saves a version: quarterly for principal and technical persons, weekly for operational ones, technical before holidays and major events. */
export const DEFAULT_PATROL_CADENCE: PatrolCadence = {
  version: 0,
  source: 'built-in default (technical person at least quarterly and before holidays); save a version naming the regulation in force',
  rules: [
    { role: 'PRINCIPAL', everyDays: 90, beforeHolidaysWithinDays: null, beforeMajorEventsWithinDays: null },
    { role: 'TECHNICAL', everyDays: 90, beforeHolidaysWithinDays: 7, beforeMajorEventsWithinDays: 7 },
    { role: 'OPERATIONAL', everyDays: 7, beforeHolidaysWithinDays: null, beforeMajorEventsWithinDays: null },
  ],
};

/** Checks a cadence the office wants to save: every role exactly once, sane numbers, a named source. */
export function validatePatrolCadence(input: { source: unknown; rules: unknown }): Omit<PatrolCadence, 'version'> {
  const source = requiredText('source', input.source, { max: 500 });
  if (!Array.isArray(input.rules)) throw badInput('rules', 'must be a list with one rule per role');
  const rules = input.rules.map((r, i) => {
    const rule = (r ?? {}) as Record<string, unknown>;
    return {
      role: oneOf(`rules[${i}].role`, rule.role, RESPONSIBLE_ROLES),
      everyDays: integer(`rules[${i}].everyDays`, rule.everyDays, { min: 1, max: 366 }),
      beforeHolidaysWithinDays:
        rule.beforeHolidaysWithinDays === undefined || rule.beforeHolidaysWithinDays === null ? null : integer(`rules[${i}].beforeHolidaysWithinDays`, rule.beforeHolidaysWithinDays, { min: 1, max: 30 }),
      beforeMajorEventsWithinDays:
        rule.beforeMajorEventsWithinDays === undefined || rule.beforeMajorEventsWithinDays === null
          ? null
          : integer(`rules[${i}].beforeMajorEventsWithinDays`, rule.beforeMajorEventsWithinDays, { min: 1, max: 30 }),
    };
  });
  for (const role of RESPONSIBLE_ROLES) {
    const n = rules.filter((r) => r.role === role).length;
    if (n !== 1) throw badInput('rules', `name ${RESPONSIBLE_ROLE_LABELS[role]} (${role}) exactly once (found ${n})`);
  }
  return { source, rules: RESPONSIBLE_ROLES.map((role) => rules.find((r) => r.role === role) as PatrolCadenceRule) };
}

const SHANGHAI_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The first day (YYYY-MM-DD) of each run of consecutive official holidays. */
export function holidayStarts(holidays: readonly string[]): string[] {
  const set = new Set(holidays);
  const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
  return [...set].filter((d) => !set.has(dayBefore(d))).sort();
}

interface Occasion {
  kind: 'HOLIDAY' | 'EVENT';
  startMs: number;
  label: string;
}

/** Holiday periods and major events, as the moments (Beijing midnight) they begin, soonest first. */
function occasions(holidays: readonly string[], events: readonly MajorEvent[]): Occasion[] {
  const at = (date: string) => Date.parse(`${date}T00:00:00Z`) - SHANGHAI_MS;
  return [
    ...holidayStarts(holidays).map((d) => ({ kind: 'HOLIDAY' as const, startMs: at(d), label: `the holiday from ${d}` })),
    ...events.map((e) => ({ kind: 'EVENT' as const, startMs: at(e.from), label: `${e.name} from ${e.from}` })),
  ].sort((a, b) => a.startMs - b.startMs);
}

const windowDays = (rule: PatrolCadenceRule, kind: Occasion['kind']): number | null =>
  (kind === 'HOLIDAY' ? rule.beforeHolidaysWithinDays : rule.beforeMajorEventsWithinDays) ?? null;

/**
 * Why each role's patrol is overdue now (roles absent are not): the last patrol (or, before the
 * first, the assignment) is older than the cadence, or a holiday period starts within the
 * pre-holiday window and nobody patrolled since the window opened.
 */
export function patrolOverdueReasons(
  state: SourceState,
  nowMs: number,
  cadence: PatrolCadence = DEFAULT_PATROL_CADENCE,
  holidays: readonly string[] = [],
  events: readonly MajorEvent[] = [],
): Partial<Record<ResponsibleRole, string>> {
  const reasons: Partial<Record<ResponsibleRole, string>> = {};
  const starts = occasions(holidays, events);
  for (const rule of cadence.rules) {
    const person = state.responsible[rule.role];
    if (!person) continue;
    const last = Date.parse(state.lastPatrol[rule.role] ?? person.since);
    if (last + rule.everyDays * DAY_MS < nowMs) {
      reasons[rule.role] = `no patrol in ${rule.everyDays} days (cadence v${cadence.version}: ${cadence.source})`;
      continue;
    }
    for (const o of starts) {
      const days = windowDays(rule, o.kind);
      if (days === null) continue;
      const windowOpens = o.startMs - days * DAY_MS;
      if (nowMs >= windowOpens && nowMs < o.startMs && last < windowOpens) {
        reasons[rule.role] = `no patrol in the ${days} days before ${o.label} (cadence v${cadence.version}: ${cadence.source})`;
        break;
      }
    }
  }
  return reasons;
}

/** Roles whose patrol is overdue now, in the order of RESPONSIBLE_ROLES. */
export function overduePatrols(state: SourceState, nowMs: number, cadence: PatrolCadence = DEFAULT_PATROL_CADENCE, holidays: readonly string[] = [], events: readonly MajorEvent[] = []): ResponsibleRole[] {
  const reasons = patrolOverdueReasons(state, nowMs, cadence, holidays, events);
  return RESPONSIBLE_ROLES.filter((role) => reasons[role] !== undefined);
}

/**
 * When the next patrol alarm is due: per role with a person and no alarm yet for its current basis, the
 * earliest moment `patrolOverdueReasons` would name it (the cadence running out, or the pre-holiday
 * window opening with no patrol since). Pure: the alarm workflow sleeps until it.
 */
export function nextPatrolAlarm(
  state: SourceState,
  nowMs: number,
  cadence: PatrolCadence = DEFAULT_PATROL_CADENCE,
  holidays: readonly string[] = [],
  events: readonly MajorEvent[] = [],
): { role: ResponsibleRole; at: number } | null {
  const starts = occasions(holidays, events);
  let best: { role: ResponsibleRole; at: number } | null = null;
  for (const rule of cadence.rules) {
    const basis = patrolBasis(state, rule.role);
    if (!state.responsible[rule.role] || !basis || state.patrolAlarms?.[rule.role] === basis) continue;
    const last = Date.parse(basis);
    let at = last + rule.everyDays * DAY_MS + 1;
    for (const o of starts) {
      const days = windowDays(rule, o.kind);
      if (days === null || o.startMs <= nowMs || o.startMs - days * DAY_MS <= last) continue;
      at = Math.min(at, o.startMs - days * DAY_MS);
    }
    if (!best || at < best.at) best = { role: rule.role, at };
  }
  return best;
}
