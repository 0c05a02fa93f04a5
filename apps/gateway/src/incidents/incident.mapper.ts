import { INCIDENT_LEVEL_LABELS, type IncidentState, pendingIncidentClocks } from '@hazard/domain';
import type { StoredEvent } from '@hazard/event-store';
import type { SavedIncidentRules } from '@hazard/administration';
import { toRegisterEvent } from '../common/register-event.mapper';
import type { IncidentModel } from './models/incident.model';
import type { IncidentRulesModel } from './models/incident-rules.model';

export function toIncidentModel(state: IncidentState, events: StoredEvent[] | null): IncidentModel {
  const next = pendingIncidentClocks(state)[0];
  return {
    id: state.id,
    version: state.version,
    title: state.title,
    level: state.level,
    levelLabel: INCIDENT_LEVEL_LABELS[state.level],
    sector: state.sector,
    regionCode: state.regionCode,
    departmentCode: state.departmentCode,
    place: state.place,
    summary: state.summary,
    happenedAt: state.occurredAt,
    receivedAt: state.receivedAt,
    casualties: state.casualties,
    hazardId: state.hazardId,
    majorHazardSourceId: state.majorHazardSourceId,
    rulesVersion: state.rules.version,
    rulesSource: state.rules.source,
    reports: state.obligations,
    nextClock: next ? { clock: next.clock, kind: next.kind, at: next.at } : null,
    closedAt: state.closedAt,
    history: events ? events.map((e) => toRegisterEvent(e)) : null,
  };
}

/** The casualty windows by sector, as the API names them (road traffic and fire have their own). */
export const toIncidentRulesModel = (r: SavedIncidentRules): IncidentRulesModel => ({
  ...r,
  roadTrafficCasualtyWindowDays: r.casualtyWindowDaysBySector.ROAD_TRAFFIC ?? null,
  fireCasualtyWindowDays: r.casualtyWindowDaysBySector.FIRE ?? null,
});
