/*
 * Enterprises in the register, the key units (重点单位) among them with their risk colour, and their
 * key parts (重点部位). Event-sourced like hazards and major hazard sources: an enterprise's stream is
 * keyed by its unified social credit code, so one enterprise is registered once.
 */
export * from './commands';
export * from './decide';
export * from './events';
export * from './evolve';
export * from './state';
