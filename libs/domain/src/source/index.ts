/*
 * The register of major hazard sources (重大危险源): event-sourced like hazards. Each assessment is
 * an immutable snapshot of its inputs, the reference entries it used and its result; the three
 * responsible persons (包保责任人) are one active per role; patrols are recorded against a cadence.
 */
export * from './commands';
export * from './decide';
export * from './events';
export * from './evolve';
export * from './grading';
export * from './patrols';
export * from './state';
