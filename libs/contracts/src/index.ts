/**
 * What workflows, worker, gateway and tools agree on: workflow types and ids, updates, queries and
 * signals, activity interfaces, search attributes. Workflow code imports it, so it stays free of Node
 * built-ins and I/O (docs/architecture.md, layers).
 */
export * from './activities';
export * from './audit';
export * from './hazard';
export * from './notify';
export * from './records';
export * from './reports';
export * from './search-attributes';
