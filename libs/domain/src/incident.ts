import { EMPTY_CALENDAR } from './calendar';
import type { Actor, CommandMetadata } from './commands';
import { DomainError, badInput, invalidTransition } from './errors';
import { assertNever } from './never';
import { applyDelay, isDelay } from './policy';
import { type Role, SECTORS, type Sector } from './reference';
import { code, instant, integer, oneOf, optionalText, requiredText } from './validation';

/**
 * Incidents on the clock (事故信息报告). An incident's level and sector decide its reporting
 * obligations; each obligation has a due time from rules that name their source; a clock warns before
 * a report is due and raises an alarm when it is missed; a casualty change inside the window opens a
 * supplementary report. Pure: the workflow that drives the clocks and the gateway fold the same events.
 */
export const INCIDENT_LEVELS = ['ORDINARY', 'LARGER', 'MAJOR', 'ESPECIALLY_MAJOR'] as const;
export type IncidentLevel = (typeof INCIDENT_LEVELS)[number];
export const INCIDENT_LEVEL_LABELS: Record<IncidentLevel, string> = { ORDINARY: '一般事故', LARGER: '较大事故', MAJOR: '重大事故', ESPECIALLY_MAJOR: '特别重大事故' };

export const REPORT_KINDS = ['UNIT_REPORT', 'PHONE_FLASH', 'WRITTEN_FIRST', 'PASS_ON', 'FOLLOW_UP', 'FINAL', 'SUPPLEMENTARY'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface ObligationRule {
  kind: Exclude<ReportKind, 'SUPPLEMENTARY'>;
  /** The levels it applies to (empty: every level). */
  levels: IncidentLevel[];
  /** Counted from when the incident happened or from when the duty desk received it. */
  from: 'OCCURRED' | 'RECEIVED';
  within: string;
}

export interface IncidentReportingRules {
  /** 0 for the built-in default, then the versions the office saves. */
  version: number;
  source: string;
  obligations: ObligationRule[];
  /** A casualty change within this many days of the incident is reported again (补报). */
  casualtyWindowDays: number;
  /** …with a shorter window for these sectors. */
  casualtyWindowDaysBySector: Partial<Record<Sector, number>>;
  /** How long after a casualty change the supplementary report is due. */
  supplementaryWithin: string;
  /** How long before a due time the desk is warned. */
  warnBefore: string;
}

/**
 * 《生产安全事故报告和调查处理条例》 (State Council Decree 493): art. 9, the unit reports to the
 * county-level authority within 1 hour; art. 10, each level passes it on within 2 hours; art. 13, a
 * casualty change within 30 days (7 for road traffic and fire accidents) is reported again. The
 * regulation says "promptly" (及时) for that report: the 2 hours here are this default's choice.
 */
export const DEFAULT_INCIDENT_RULES: IncidentReportingRules = {
  version: 0,
  source: '《生产安全事故报告和调查处理条例》（国务院令第493号）第九条、第十条、第十三条；补报时限 2 小时为本系统默认',
  obligations: [
    { kind: 'UNIT_REPORT', levels: [], from: 'OCCURRED', within: 'PT1H' },
    { kind: 'PASS_ON', levels: [], from: 'RECEIVED', within: 'PT2H' },
  ],
  casualtyWindowDays: 30,
  casualtyWindowDaysBySector: { ROAD_TRAFFIC: 7, FIRE: 7 },
  supplementaryWithin: 'PT2H',
  warnBefore: 'PT15M',
};

export interface Casualties {
  deaths: number;
  injuries: number;
  missing: number;
}

export interface Obligation {
  key: string;
  kind: ReportKind;
  dueAt: string;
  filedAt: string | null;
  late: boolean;
  warnedAt: string | null;
  missedAt: string | null;
}

export type IncidentCommand =
  | {
      type: 'RecordIncident';
      data: {
        incidentId: string;
        title: string;
        level: IncidentLevel;
        sector: Sector;
        regionCode: string;
        departmentCode: string;
        place: string;
        summary: string;
        occurredAt: string;
        receivedAt: string;
        casualties: Casualties;
        hazardId?: string | null;
        majorHazardSourceId?: string | null;
        rules: IncidentReportingRules;
      };
    }
  | { type: 'FileIncidentReport'; data: { key: string; summary: string; recipient: string } }
  | { type: 'ReportCasualtyChange'; data: Casualties & { note: string } }
  | { type: 'FireIncidentClock'; data: { key: string } }
  | { type: 'CloseIncident'; data: { reason: string } };

export type IncidentEventBody =
  | { type: 'IncidentRecorded'; data: Omit<Extract<IncidentCommand, { type: 'RecordIncident' }>['data'], 'hazardId' | 'majorHazardSourceId'> & { hazardId: string | null; majorHazardSourceId: string | null; obligations: Obligation[] } }
  | { type: 'IncidentReportFiled'; data: { key: string; summary: string; recipient: string; late: boolean } }
  | { type: 'CasualtiesChanged'; data: Casualties & { note: string; day: number; withinWindow: boolean; windowDays: number } }
  | { type: 'SupplementaryReportOpened'; data: { key: string; dueAt: string } }
  | { type: 'IncidentReportDueSoon'; data: { key: string; clock: string; dueAt: string } }
  | { type: 'IncidentReportOverdue'; data: { key: string; clock: string; dueAt: string; escalatedTo: string } }
  | { type: 'IncidentClosed'; data: { reason: string; openObligations: string[] } };

export interface IncidentEvent {
  type: IncidentEventBody['type'];
  data: IncidentEventBody['data'];
  version: number;
  metadata: { occurredAt: string; recordedAt: string; actor: Actor };
}

export interface IncidentState {
  id: string;
  version: number;
  title: string;
  level: IncidentLevel;
  sector: Sector;
  regionCode: string;
  departmentCode: string;
  place: string;
  summary: string;
  occurredAt: string;
  receivedAt: string;
  casualties: Casualties;
  hazardId: string | null;
  majorHazardSourceId: string | null;
  rules: IncidentReportingRules;
  obligations: Obligation[];
  firedClocks: string[];
  closedAt: string | null;
}

const WRITE_ROLES: readonly Role[] = ['SUPERVISOR', 'COMMITTEE_OFFICE'];
const DAY_MS = 86_400_000;
const after = (fromIso: string, delay: string): string => new Date(applyDelay(Date.parse(fromIso), delay, EMPTY_CALENDAR)).toISOString();

/** Checks rules the office wants to save: durations, windows, and a named source. */
export function validateIncidentRules(input: Record<string, unknown>): Omit<IncidentReportingRules, 'version'> {
  const duration = (field: string, value: unknown): string => {
    if (!isDelay(value) || /WD$/.test(value)) throw badInput(field, 'must be an ISO-8601 duration such as PT1H (working days do not apply to incident clocks)');
    return value;
  };
  if (!Array.isArray(input.obligations)) throw badInput('obligations', 'must be a list');
  const bySector = (input.casualtyWindowDaysBySector ?? {}) as Record<string, unknown>;
  return {
    source: requiredText('source', input.source, { max: 500 }),
    obligations: input.obligations.map((o, i) => {
      const r = (o ?? {}) as Record<string, unknown>;
      return {
        kind: oneOf(`obligations[${i}].kind`, r.kind, REPORT_KINDS.filter((k) => k !== 'SUPPLEMENTARY') as Exclude<ReportKind, 'SUPPLEMENTARY'>[]),
        levels: (Array.isArray(r.levels) ? r.levels : []).map((l, j) => oneOf(`obligations[${i}].levels[${j}]`, l, INCIDENT_LEVELS)),
        from: oneOf(`obligations[${i}].from`, r.from, ['OCCURRED', 'RECEIVED'] as const),
        within: duration(`obligations[${i}].within`, r.within),
      };
    }),
    casualtyWindowDays: integer('casualtyWindowDays', input.casualtyWindowDays, { min: 1, max: 365 }),
    casualtyWindowDaysBySector: Object.fromEntries(
      Object.entries(bySector).map(([sector, days]) => [oneOf('casualtyWindowDaysBySector', sector, SECTORS), integer(`casualtyWindowDaysBySector.${sector}`, days, { min: 1, max: 365 })]),
    ),
    supplementaryWithin: duration('supplementaryWithin', input.supplementaryWithin),
    warnBefore: duration('warnBefore', input.warnBefore),
  };
}

function casualties(value: unknown): Casualties {
  const c = (value ?? {}) as Record<string, unknown>;
  return {
    deaths: integer('casualties.deaths', c.deaths ?? 0, { min: 0, max: 100_000 }),
    injuries: integer('casualties.injuries', c.injuries ?? 0, { min: 0, max: 100_000 }),
    missing: integer('casualties.missing', c.missing ?? 0, { min: 0, max: 100_000 }),
  };
}

/** The casualty window of an incident's sector (days from the incident). */
export const casualtyWindowDays = (rules: IncidentReportingRules, sector: Sector): number => rules.casualtyWindowDaysBySector[sector] ?? rules.casualtyWindowDays;

export function decideIncident(state: IncidentState | null, command: IncidentCommand, meta: CommandMetadata): IncidentEventBody[] {
  const system = command.type === 'FireIncidentClock';
  if (!system && !meta.actor.roles.some((r) => WRITE_ROLES.includes(r))) throw new DomainError('FORBIDDEN', `your roles do not allow ${command.type}`);
  if (meta.expectedVersion !== undefined && meta.expectedVersion !== (state?.version ?? 0)) {
    throw new DomainError('VERSION_CONFLICT', `the incident is at version ${state?.version ?? 0}, the command expected ${meta.expectedVersion}`);
  }
  const now = meta.occurredAt ?? meta.now;
  if (command.type === 'RecordIncident') {
    if (state) throw invalidTransition(`incident ${state.title} is already recorded`);
    const d = command.data;
    const occurredAt = instant('occurredAt', d.occurredAt);
    const receivedAt = instant('receivedAt', d.receivedAt);
    if (Date.parse(occurredAt) > Date.parse(meta.now) + 60_000) throw badInput('occurredAt', 'must not be in the future');
    if (Date.parse(receivedAt) < Date.parse(occurredAt)) throw badInput('receivedAt', 'must not be before the incident occurred');
    if (Date.parse(receivedAt) > Date.parse(meta.now) + 60_000) throw badInput('receivedAt', 'must not be in the future');
    const level = oneOf('level', d.level, INCIDENT_LEVELS);
    const rules = d.rules;
    const obligations: Obligation[] = rules.obligations
      .filter((o) => o.levels.length === 0 || o.levels.includes(level))
      .map((o) => {
        const dueAt = after(o.from === 'OCCURRED' ? occurredAt : receivedAt, o.within);
        // The unit's report is the one the desk received: filed at receipt, late if after its due time.
        const filed = o.kind === 'UNIT_REPORT';
        return { key: o.kind.toLowerCase(), kind: o.kind, dueAt, filedAt: filed ? receivedAt : null, late: filed && Date.parse(receivedAt) > Date.parse(dueAt), warnedAt: null, missedAt: null };
      });
    return [
      {
        type: 'IncidentRecorded',
        data: {
          incidentId: requiredText('incidentId', d.incidentId, { max: 64 }),
          title: requiredText('title', d.title, { max: 200 }),
          level,
          sector: oneOf('sector', d.sector, SECTORS),
          regionCode: code('regionCode', d.regionCode),
          departmentCode: code('departmentCode', d.departmentCode),
          place: requiredText('place', d.place, { max: 500 }),
          summary: requiredText('summary', d.summary, { max: 4000, multiline: true }),
          occurredAt,
          receivedAt,
          casualties: casualties(d.casualties),
          hazardId: optionalText('hazardId', d.hazardId, { max: 64 }),
          majorHazardSourceId: optionalText('majorHazardSourceId', d.majorHazardSourceId, { max: 64 }),
          rules,
          obligations,
        },
      },
    ];
  }
  if (!state) throw new DomainError('NOT_FOUND', 'no such incident');
  if (state.closedAt) throw invalidTransition(`incident ${state.title} is closed`);
  switch (command.type) {
    case 'FileIncidentReport': {
      const key = requiredText('key', command.data.key, { max: 64 });
      const o = state.obligations.find((x) => x.key === key);
      if (!o) throw badInput('key', `no report ${key} is due for this incident (due: ${state.obligations.map((x) => x.key).join(', ')})`);
      if (o.filedAt) throw invalidTransition(`report ${key} was filed at ${o.filedAt}`);
      return [
        {
          type: 'IncidentReportFiled',
          data: {
            key,
            summary: requiredText('summary', command.data.summary, { max: 4000, multiline: true }),
            recipient: requiredText('recipient', command.data.recipient, { max: 200 }),
            late: Date.parse(now) > Date.parse(o.dueAt),
          },
        },
      ];
    }
    case 'ReportCasualtyChange': {
      const next = casualties(command.data);
      const note = requiredText('note', command.data.note, { max: 2000, multiline: true });
      if (next.deaths === state.casualties.deaths && next.injuries === state.casualties.injuries && next.missing === state.casualties.missing) {
        throw badInput('deaths', 'the casualties are unchanged');
      }
      const windowDays = casualtyWindowDays(state.rules, state.sector);
      // Day 1 is the day of the incident: a change on day N is N − 1 whole days later.
      const day = Math.floor((Date.parse(now) - Date.parse(state.occurredAt)) / DAY_MS) + 1;
      const withinWindow = day <= windowDays;
      const events: IncidentEventBody[] = [{ type: 'CasualtiesChanged', data: { ...next, note, day, withinWindow, windowDays } }];
      if (withinWindow) {
        const n = state.obligations.filter((o) => o.kind === 'SUPPLEMENTARY').length + 1;
        events.push({ type: 'SupplementaryReportOpened', data: { key: `supplementary-${n}`, dueAt: after(now, state.rules.supplementaryWithin) } });
      }
      return events;
    }
    case 'FireIncidentClock': {
      const clock = requiredText('key', command.data.key, { max: 100 });
      const due = pendingIncidentClocks(state).find((c) => c.clock === clock);
      if (!due) throw invalidTransition(`clock ${clock} is not armed`);
      if (Date.parse(meta.now) < Date.parse(due.at)) throw invalidTransition(`clock ${clock} is due at ${due.at}`);
      const o = state.obligations.find((x) => x.key === due.obligation) as Obligation;
      return due.kind === 'WARN'
        ? [{ type: 'IncidentReportDueSoon', data: { key: o.key, clock, dueAt: o.dueAt } }]
        : [{ type: 'IncidentReportOverdue', data: { key: o.key, clock, dueAt: o.dueAt, escalatedTo: 'COMMITTEE_OFFICE' } }];
    }
    case 'CloseIncident':
      return [{ type: 'IncidentClosed', data: { reason: requiredText('reason', command.data.reason, { max: 2000, multiline: true }), openObligations: state.obligations.filter((o) => !o.filedAt).map((o) => o.key) } }];
    default:
      return assertNever(command);
  }
}

export function evolveIncident(state: IncidentState | null, event: IncidentEvent): IncidentState {
  const at = event.metadata.occurredAt;
  const body = { type: event.type, data: event.data } as IncidentEventBody;
  if (body.type === 'IncidentRecorded') {
    const { incidentId, ...d } = body.data;
    return { id: incidentId, version: event.version, ...d, firedClocks: [], closedAt: null };
  }
  if (!state) throw new Error(`${event.type} before the incident was recorded`);
  const next = { ...state, version: event.version };
  const update = (key: string, change: Partial<Obligation>) => next.obligations.map((o) => (o.key === key ? { ...o, ...change } : o));
  switch (body.type) {
    case 'IncidentReportFiled':
      return { ...next, obligations: update(body.data.key, { filedAt: at, late: body.data.late }) };
    case 'CasualtiesChanged':
      return { ...next, casualties: { deaths: body.data.deaths, injuries: body.data.injuries, missing: body.data.missing } };
    case 'SupplementaryReportOpened':
      return { ...next, obligations: [...state.obligations, { key: body.data.key, kind: 'SUPPLEMENTARY', dueAt: body.data.dueAt, filedAt: null, late: false, warnedAt: null, missedAt: null }] };
    case 'IncidentReportDueSoon':
      return { ...next, obligations: update(body.data.key, { warnedAt: at }), firedClocks: [...state.firedClocks, body.data.clock] };
    case 'IncidentReportOverdue':
      return { ...next, obligations: update(body.data.key, { missedAt: at }), firedClocks: [...state.firedClocks, body.data.clock] };
    case 'IncidentClosed':
      return { ...next, closedAt: at };
    default:
      return assertNever(body);
  }
}

export interface IncidentClock {
  clock: string;
  kind: 'WARN' | 'MISSED';
  obligation: string;
  at: string;
}

/** The clocks not yet fired, soonest first: a warning before each unfiled report and an alarm at its due time. */
export function pendingIncidentClocks(state: IncidentState): IncidentClock[] {
  if (state.closedAt) return [];
  return state.obligations
    .filter((o) => !o.filedAt)
    .flatMap((o): IncidentClock[] => [
      { clock: `warn:${o.key}`, kind: 'WARN', obligation: o.key, at: new Date(applyDelay(Date.parse(o.dueAt), state.rules.warnBefore, EMPTY_CALENDAR, -1)).toISOString() },
      { clock: `missed:${o.key}`, kind: 'MISSED', obligation: o.key, at: o.dueAt },
    ])
    .filter((c) => !state.firedClocks.includes(c.clock))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.clock < b.clock ? -1 : 1));
}
