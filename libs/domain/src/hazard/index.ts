/*
 * Hazards (隐患) from their report to rectification or cancellation: listing (挂牌), supervision,
 * suspension with standby checks, extensions, enforcement, and the clocks that escalate what is late.
 * The hazard runs as its own workflow; its clocks are computed from the state (timers.ts).
 */
export * from './availability';
export * from './commands';
export * from './decide';
export * from './envelope';
export * from './events';
export * from './evolve';
export * from './permissions';
export * from './policy';
export * from './preconditions';
export * from './state';
export * from './timers';
export { CLOCK_SKEW_MS, MAX_DEADLINE_HORIZON_MS, MAX_FINDING_AGE_MS, MAX_FINE_AMOUNT, MAX_MONITORS, STANDBY_INTERVAL_BOUNDS, validateCommand, validateMetadata } from './validation';
