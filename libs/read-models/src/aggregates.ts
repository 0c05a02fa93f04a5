import {
  REPORTING_DUTY_STREAM_TYPE,
  type ReportingDutyCommand,
  type ReportingDutyState,
  reportingDutyDecider,
  reportingDutyStreamId,
  type CampaignCommand,
  type CampaignState,
  type DepartmentCommand,
  type DepartmentState,
  type DrawCommand,
  type DrawState,
  type DutyLogCommand,
  type DutyLogEntry,
  type EnterpriseCommand,
  type EnterpriseState,
  type HazardCommand,
  type HazardState,
  type IncidentCommand,
  type IncidentState,
  type OversightCommand,
  type OversightState,
  type ResourceCommand,
  type ResourceState,
  type RosterCommand,
  type RosterState,
  type SourceCommand,
  type SourceState,
  campaignDecider,
  departmentDecider,
  drawDecider,
  dutyLogDecider,
  enterpriseDecider,
  hazardDecider,
  hazardStreamId,
  incidentDecider,
  oversightDecider,
  resourceDecider,
  rosterDecider,
  sourceDecider,
} from '@hazard/domain';
import type { Aggregate } from '@hazard/event-store';
import { DEPARTMENT_STREAM_TYPE, departmentStreamId, projectDepartmentEvents } from './projections/departments';
import { DUTY_LOG_READ_MODEL, DUTY_LOG_STREAM_TYPE, RESOURCE_READ_MODEL, RESOURCE_STREAM_TYPE, ROSTER_READ_MODEL, ROSTER_STREAM_TYPE, dutyLogStreamId, resourceStreamId, rosterStreamId } from './projections/duty';
import { ENTERPRISE_READ_MODEL, ENTERPRISE_STREAM_TYPE, enterpriseStreamId } from './projections/enterprises';
import { HAZARD_READ_MODEL, HAZARD_STREAM_TYPE } from './projections/hazards';
import { INCIDENT_READ_MODEL, INCIDENT_STREAM_TYPE, incidentStreamId } from './projections/incidents';
import { DRAW_STREAM_TYPE, OVERSIGHT_READ_MODEL, OVERSIGHT_STREAM_TYPE, drawStreamId, oversightStreamId } from './projections/oversight';
import { SOURCE_READ_MODEL, SOURCE_STREAM_TYPE, sourceStreamId } from './projections/sources';

// Every aggregate of the engine, described once (docs/architecture.md): its decider from libs/domain,
// and where its events and read model live and its clocks run.

/** Hazards run as workflows (their clocks and serialisation); the workflow calls the same decider and `appendDecided`. */
export const HAZARD: Aggregate<HazardState, HazardCommand> = {
  label: 'hazard',
  streamType: HAZARD_STREAM_TYPE,
  streamId: (id) => hazardStreamId(id),
  creates: (c) => c.type === 'ReportHazard',
  ...hazardDecider,
  readModel: HAZARD_READ_MODEL,
  clocks: 'hazard-workflow',
};

export const INCIDENT: Aggregate<IncidentState, IncidentCommand> = {
  label: 'incident',
  streamType: INCIDENT_STREAM_TYPE,
  streamId: incidentStreamId,
  creates: (c) => c.type === 'RecordIncident',
  ...incidentDecider,
  readModel: INCIDENT_READ_MODEL,
  clocks: 'record-clock-workflow',
};

export const SOURCE: Aggregate<SourceState, SourceCommand> = {
  label: 'major hazard source',
  streamType: SOURCE_STREAM_TYPE,
  streamId: sourceStreamId,
  creates: (c) => c.type === 'RegisterMajorHazardSource',
  ...sourceDecider,
  readModel: SOURCE_READ_MODEL,
  clocks: 'record-clock-workflow',
};

export const ENTERPRISE: Aggregate<EnterpriseState, EnterpriseCommand> = {
  label: 'enterprise',
  streamType: ENTERPRISE_STREAM_TYPE,
  streamId: enterpriseStreamId,
  creates: (c) => c.type === 'RegisterEnterprise',
  ...enterpriseDecider,
  readModel: ENTERPRISE_READ_MODEL,
  clocks: 'none',
};

export const OVERSIGHT: Aggregate<OversightState, OversightCommand> = {
  label: 'supervision or inspection',
  streamType: OVERSIGHT_STREAM_TYPE,
  streamId: oversightStreamId,
  creates: (c) => c.type === 'OpenSupervision' || c.type === 'OpenInspection',
  ...oversightDecider,
  readModel: OVERSIGHT_READ_MODEL,
  clocks: 'none',
};

export const DRAW: Aggregate<DrawState, DrawCommand> = {
  label: 'random draw',
  streamType: DRAW_STREAM_TYPE,
  streamId: drawStreamId,
  creates: () => true,
  ...drawDecider,
  clocks: 'none',
};

export const CAMPAIGN: Aggregate<CampaignState, CampaignCommand> = {
  label: 'campaign',
  streamType: 'campaign',
  streamId: (id) => `campaign-${id}`,
  creates: (c) => c.type === 'CreateCampaign',
  ...campaignDecider,
  clocks: 'none',
};

export const ROSTER: Aggregate<RosterState, RosterCommand> = {
  label: 'roster',
  streamType: ROSTER_STREAM_TYPE,
  streamId: rosterStreamId,
  creates: (c) => c.type === 'PublishRoster',
  ...rosterDecider,
  readModel: ROSTER_READ_MODEL,
  clocks: 'none',
};

export const DUTY_LOG: Aggregate<DutyLogEntry, DutyLogCommand> = {
  label: 'duty log entry',
  streamType: DUTY_LOG_STREAM_TYPE,
  streamId: dutyLogStreamId,
  creates: (c) => c.type === 'RecordDutyLogEntry',
  ...dutyLogDecider,
  readModel: DUTY_LOG_READ_MODEL,
  clocks: 'none',
};

export const RESOURCE: Aggregate<ResourceState, ResourceCommand> = {
  label: 'emergency resource',
  streamType: RESOURCE_STREAM_TYPE,
  streamId: resourceStreamId,
  creates: (c) => c.type === 'RegisterResource',
  ...resourceDecider,
  readModel: RESOURCE_READ_MODEL,
  clocks: 'none',
};

/** A unit's duty to report for a day or period: reminders, alarms and the submission on the record (README "The reporting chain"). */
export const REPORTING_DUTY: Aggregate<ReportingDutyState, ReportingDutyCommand> = {
  label: 'reporting duty',
  streamType: REPORTING_DUTY_STREAM_TYPE,
  streamId: reportingDutyStreamId,
  creates: () => true,
  ...(reportingDutyDecider as unknown as Pick<Aggregate<ReportingDutyState, ReportingDutyCommand>, 'decide' | 'evolve'>),
  clocks: 'none',
};

/**
 * The reporting units (README, Reporting units): the committee office's commands, through `handleCommand`. A
 * unit's tables (its row now and every version) are written by its projector in the append's transaction. Every
 * command is judged by the decider, even on a code with no stream: an unknown code is bad input there.
 */
export const DEPARTMENT: Aggregate<DepartmentState, DepartmentCommand> = {
  label: 'department',
  streamType: DEPARTMENT_STREAM_TYPE,
  streamId: departmentStreamId,
  creates: () => true,
  ...departmentDecider,
  project: projectDepartmentEvents,
  clocks: 'none',
};
