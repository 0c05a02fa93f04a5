/*
 * The event store: the database and its migrations, the hash-chained append (events and the stream's
 * read-model row in one statement), reading streams, the stream checks auditors run, and the command handler
 * that decides and appends. The read models and their queries are @hazard/read-models; the administration
 * data the office maintains (reference data, policies, webhooks, versioned rules) is @hazard/administration.
 */
export * from './append';
export * from './audit';
export * from './canonical';
export * from './command-handler';
export * from './database';
export * from './read';
export * from './read-model';
export * from './schema';
