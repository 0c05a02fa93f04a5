import { isDelay } from '../shared/delay';
import { badInput } from '../shared/errors';
import { SECTORS, type Sector } from '../shared/reference';
import { integer, oneOf, requiredText } from '../shared/validation';
import { INCIDENT_LEVELS, type IncidentLevel, REPORT_KINDS, type ReportKind } from './commands';

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

/** The casualty window of an incident's sector (days from the incident). */
export const casualtyWindowDays = (rules: IncidentReportingRules, sector: Sector): number => rules.casualtyWindowDaysBySector[sector] ?? rules.casualtyWindowDays;
