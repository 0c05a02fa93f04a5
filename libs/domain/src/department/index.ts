/*
 * Reporting units (成员单位): the departments and companies on the city's work-safety committee, each with the
 * sectors it supervises and whether the districts have a counterpart unit. The committee office adds, renames,
 * re-sectors and retires them; every change is an event of the stream `department-<code>`, and the projection
 * keeps the current list and every version (README, Reporting units).
 */
export * from './commands';
export * from './decide';
export * from './events';
export * from './evolve';
export * from './state';
