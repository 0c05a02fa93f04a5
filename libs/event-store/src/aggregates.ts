import {
  type AnyCommand,
  type CampaignCommand,
  type CampaignEvent,
  type CampaignState,
  type DrawCommand,
  type DrawState,
  type DutyLogCommand,
  type DutyLogEntry,
  type EnterpriseCommand,
  type EnterpriseEvent,
  type EnterpriseState,
  type HazardEvent,
  type HazardState,
  type IncidentCommand,
  type IncidentEvent,
  type IncidentState,
  type OversightCommand,
  type OversightEvent,
  type OversightState,
  type ResourceCommand,
  type ResourceState,
  type RosterCommand,
  type RosterEvent,
  type RosterState,
  type SourceCommand,
  type SourceEvent,
  type SourceState,
  decide,
  decideCampaign,
  decideDraw,
  decideDutyLog,
  decideEnterprise,
  decideIncident,
  decideOversight,
  decideResource,
  decideRoster,
  decideSource,
  evolve,
  evolveCampaign,
  evolveDraw,
  evolveDutyLog,
  evolveEnterprise,
  evolveIncident,
  evolveOversight,
  evolveResource,
  evolveRoster,
  evolveSource,
  hazardStreamId,
} from '../../domain/src';
import type { Aggregate } from './command-handler';
import { DUTY_LOG_READ_MODEL, DUTY_LOG_STREAM_TYPE, RESOURCE_READ_MODEL, RESOURCE_STREAM_TYPE, ROSTER_READ_MODEL, ROSTER_STREAM_TYPE, dutyLogStreamId, resourceStreamId, rosterStreamId } from './projections/duty';
import { ENTERPRISE_READ_MODEL, ENTERPRISE_STREAM_TYPE, enterpriseStreamId } from './projections/enterprises';
import { HAZARD_READ_MODEL, HAZARD_STREAM_TYPE } from './projections/hazards';
import { INCIDENT_READ_MODEL, INCIDENT_STREAM_TYPE, incidentStreamId } from './projections/incidents';
import { DRAW_STREAM_TYPE, OVERSIGHT_READ_MODEL, OVERSIGHT_STREAM_TYPE, drawStreamId, oversightStreamId } from './projections/oversight';
import { SOURCE_READ_MODEL, SOURCE_STREAM_TYPE, sourceStreamId } from './projections/sources';

// Every aggregate of the engine, described once (docs/architecture.md). The deciders' event types
// are narrower than the store's envelope; the casts are where the two meet.

/** Hazards run as workflows (their clocks and serialisation); the workflow calls the same decider and `appendDecided`. */
export const HAZARD: Aggregate<HazardState, AnyCommand> = {
  label: 'hazard',
  streamType: HAZARD_STREAM_TYPE,
  streamId: (id) => hazardStreamId(id),
  creates: (c) => c.type === 'ReportHazard',
  decide,
  evolve: (s, e) => evolve(s, e as unknown as HazardEvent),
  readModel: HAZARD_READ_MODEL,
  clocks: 'hazard-workflow',
};

export const INCIDENT: Aggregate<IncidentState, IncidentCommand> = {
  label: 'incident',
  streamType: INCIDENT_STREAM_TYPE,
  streamId: incidentStreamId,
  creates: (c) => c.type === 'RecordIncident',
  decide: decideIncident,
  evolve: (s, e) => evolveIncident(s, e as unknown as IncidentEvent),
  readModel: INCIDENT_READ_MODEL,
  clocks: 'record-clock-workflow',
};

export const SOURCE: Aggregate<SourceState, SourceCommand> = {
  label: 'major hazard source',
  streamType: SOURCE_STREAM_TYPE,
  streamId: sourceStreamId,
  creates: (c) => c.type === 'RegisterMajorHazardSource',
  decide: decideSource,
  evolve: (s, e) => evolveSource(s, e as unknown as SourceEvent),
  readModel: SOURCE_READ_MODEL,
  clocks: 'record-clock-workflow',
};

export const ENTERPRISE: Aggregate<EnterpriseState, EnterpriseCommand> = {
  label: 'enterprise',
  streamType: ENTERPRISE_STREAM_TYPE,
  streamId: enterpriseStreamId,
  creates: (c) => c.type === 'RegisterEnterprise',
  decide: decideEnterprise,
  evolve: (s, e) => evolveEnterprise(s, e as unknown as EnterpriseEvent),
  readModel: ENTERPRISE_READ_MODEL,
  clocks: 'none',
};

export const OVERSIGHT: Aggregate<OversightState, OversightCommand> = {
  label: 'supervision or inspection',
  streamType: OVERSIGHT_STREAM_TYPE,
  streamId: oversightStreamId,
  creates: (c) => c.type === 'OpenSupervision' || c.type === 'OpenInspection',
  decide: decideOversight,
  evolve: (s, e) => evolveOversight(s, e as unknown as OversightEvent),
  readModel: OVERSIGHT_READ_MODEL,
  clocks: 'none',
};

export const DRAW: Aggregate<DrawState, DrawCommand> = {
  label: 'random draw',
  streamType: DRAW_STREAM_TYPE,
  streamId: drawStreamId,
  creates: () => true,
  decide: decideDraw,
  evolve: (s, e) => evolveDraw(s, e),
  clocks: 'none',
};

export const CAMPAIGN: Aggregate<CampaignState, CampaignCommand> = {
  label: 'campaign',
  streamType: 'campaign',
  streamId: (id) => `campaign-${id}`,
  creates: (c) => c.type === 'CreateCampaign',
  decide: decideCampaign,
  evolve: (s, e) => evolveCampaign(s, e as unknown as CampaignEvent),
  clocks: 'none',
};

export const ROSTER: Aggregate<RosterState, RosterCommand> = {
  label: 'roster',
  streamType: ROSTER_STREAM_TYPE,
  streamId: rosterStreamId,
  creates: (c) => c.type === 'PublishRoster',
  decide: decideRoster,
  evolve: (s, e) => evolveRoster(s, e as unknown as RosterEvent),
  readModel: ROSTER_READ_MODEL,
  clocks: 'none',
};

export const DUTY_LOG: Aggregate<DutyLogEntry, DutyLogCommand> = {
  label: 'duty log entry',
  streamType: DUTY_LOG_STREAM_TYPE,
  streamId: dutyLogStreamId,
  creates: (c) => c.type === 'RecordDutyLogEntry',
  decide: decideDutyLog,
  evolve: (s, e) => evolveDutyLog(s, e),
  readModel: DUTY_LOG_READ_MODEL,
  clocks: 'none',
};

export const RESOURCE: Aggregate<ResourceState, ResourceCommand> = {
  label: 'emergency resource',
  streamType: RESOURCE_STREAM_TYPE,
  streamId: resourceStreamId,
  creates: (c) => c.type === 'RegisterResource',
  decide: decideResource,
  evolve: (s, e) => evolveResource(s, e),
  readModel: RESOURCE_READ_MODEL,
  clocks: 'none',
};
