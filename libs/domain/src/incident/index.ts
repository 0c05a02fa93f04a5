/*
 * Incidents on the clock (事故信息报告). An incident's level and sector decide its reporting
 * obligations; each obligation has a due time from rules that name their source; a clock warns before
 * a report is due and raises an alarm when it is missed; a casualty change inside the window opens a
 * supplementary report. Pure: the workflow that drives the clocks and the gateway fold the same events.
 */
export * from './clocks';
export * from './commands';
export * from './decide';
export * from './events';
export * from './evolve';
export * from './rules';
export * from './state';
