/*
 * What every aggregate shares: the decider's shape and the envelope, command metadata and the system
 * actor, errors, field validation, time (durations, delays, the working-day calendar), reference data,
 * the role lists and the one permission table.
 */
export * from './aggregate';
export * from './calendar';
export * from './claims';
export * from './delay';
export * from './duration';
export * from './errors';
export * from './metadata';
export * from './permissions';
export * from './reference';
export * from './roles';
export * from './site-verification';
export * from './validation';
