import type { Decider } from '../shared/aggregate';
import { EMPTY_CALENDAR } from '../shared/calendar';
import { applyDelay } from '../shared/delay';
import { DomainError, badInput, invalidTransition } from '../shared/errors';
import { type CommandMetadata, assertSystemActor } from '../shared/metadata';
import { assertNever } from '../shared/never';
import { assertMayRunCommand } from '../shared/permissions';
import { SECTORS } from '../shared/reference';
import { code, instant, integer, oneOf, optionalText, requiredText } from '../shared/validation';
import { pendingIncidentClocks } from './clocks';
import { type Casualties, INCIDENT_LEVELS, type IncidentCommand } from './commands';
import type { IncidentEventBody, Obligation } from './events';
import { evolveIncident } from './evolve';
import { casualtyWindowDays } from './rules';
import type { IncidentState } from './state';

const DAY_MS = 86_400_000;
const after = (fromIso: string, delay: string): string => new Date(applyDelay(Date.parse(fromIso), delay, EMPTY_CALENDAR)).toISOString();

function casualties(value: unknown): Casualties {
  const c = (value ?? {}) as Record<string, unknown>;
  return {
    deaths: integer('casualties.deaths', c.deaths ?? 0, { min: 0, max: 100_000 }),
    injuries: integer('casualties.injuries', c.injuries ?? 0, { min: 0, max: 100_000 }),
    missing: integer('casualties.missing', c.missing ?? 0, { min: 0, max: 100_000 }),
  };
}

export function decideIncident(state: IncidentState | null, command: IncidentCommand, meta: CommandMetadata): IncidentEventBody[] {
  if (command.type === 'FireIncidentClock') assertSystemActor(meta, 'fires clocks');
  else assertMayRunCommand(meta, command.type);
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

/** The incident's decider as one value (the command handler takes it so). */
export const incidentDecider: Decider<IncidentState, IncidentCommand, IncidentEventBody> = { decide: decideIncident, evolve: evolveIncident };
