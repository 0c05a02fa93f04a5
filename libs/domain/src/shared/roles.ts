import { ROLES, type Role } from './reference';

/*
 * The role lists every permission is made of. The roles form a ladder (README, Security model): each
 * adds to the one before it, and auditors read everything and change nothing.
 */

/** Every role, auditors included: what anyone signed in may read. */
export const EVERY_ROLE: readonly Role[] = ROLES;
/** Inspectors and up: work in the field (reporting, progress, patrols, site verifications). */
export const INSPECTOR_OR_ABOVE: readonly Role[] = ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE'];
/** Supervisors and up: a department's decisions and the registers it keeps. */
export const SUPERVISOR_OR_ABOVE: readonly Role[] = ['SUPERVISOR', 'COMMITTEE_OFFICE'];
/** The committee office alone: city-wide decisions (cancelling a hazard, supervising districts, campaigns, policies). */
export const COMMITTEE_OFFICE_ONLY: readonly Role[] = ['COMMITTEE_OFFICE'];
/** The committee office and auditors: who oversees the others' work. */
export const OVERSEERS: readonly Role[] = ['COMMITTEE_OFFICE', 'AUDITOR'];
/** No role at all: the system's own commands, which run as SYSTEM_ACTOR (see assertSystemActor). */
export const SYSTEM_ONLY: readonly Role[] = [];
