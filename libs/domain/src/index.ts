/*
 * The pure domain: one folder per aggregate (commands, events, state, decide, evolve), and what
 * they share in shared/. It runs inside workflows, so nothing here touches I/O, clocks or Node.
 */
export * from './shared';
export * from './hazard';
export * from './incident';
export * from './source';
export * from './enterprise';
export * from './oversight';
export * from './campaign';
export * from './duty';
export * from './resources';
export * from './department';
export * from './reporting';
