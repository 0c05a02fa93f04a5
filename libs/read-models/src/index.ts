/*
 * The read models: each aggregate bound to its decider and to the row that holds its folded state
 * (aggregates.ts, projections/), the queries the gateway and the reports read them through (queries/,
 * hazard-queries.ts), and rebuilding them from the events.
 */
export * from './aggregates';
export * from './hazard-queries';
export * from './projections/departments';
export * from './projections/duty';
export * from './projections/enterprises';
export * from './projections/hazards';
export * from './projections/incidents';
export * from './projections/oversight';
export * from './projections/rebuild';
export * from './projections/sources';
export * from './queries/campaigns';
export * from './queries/duty';
export * from './queries/enterprises';
export * from './queries/hazard-states';
export * from './queries/incidents';
export * from './queries/oversight';
export * from './queries/sources';
