import type { Role } from './reference';

/*
 * The role lists every permission is made of. The roles form a ladder (README, Security model): each
 * adds to the one before it, and auditors read everything and change nothing.
 */

/** Every official, auditors included: what any official signed in may read. Enterprises read only their own hazards. */
export const EVERY_ROLE: readonly Role[] = ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE', 'AUDITOR'];
/** Inspectors and up: work in the field (reporting, progress, patrols, site verifications). */
export const INSPECTOR_OR_ABOVE: readonly Role[] = ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE'];
/** Field work an enterprise does on its own hazards too: progress, its rectification with evidence, the standby checks it is assigned. */
export const INSPECTOR_OR_ABOVE_AND_ENTERPRISE: readonly Role[] = [...INSPECTOR_OR_ABOVE, 'ENTERPRISE'];
/** Supervisors and up: a department's decisions and the registers it keeps. */
export const SUPERVISOR_OR_ABOVE: readonly Role[] = ['SUPERVISOR', 'COMMITTEE_OFFICE'];
/** The committee office alone: city-wide decisions (cancelling a hazard, supervising districts, campaigns, policies). */
export const COMMITTEE_OFFICE_ONLY: readonly Role[] = ['COMMITTEE_OFFICE'];
/** The committee office and auditors: who oversees the others' work. */
export const OVERSEERS: readonly Role[] = ['COMMITTEE_OFFICE', 'AUDITOR'];
/** No role at all: the system's own commands, which run as SYSTEM_ACTOR (see assertSystemActor). */
export const SYSTEM_ONLY: readonly Role[] = [];
