import type { ChildProcess } from 'node:child_process';
import type { Client } from '@temporalio/client';
import type { Db } from '@hazard/event-store';

/**
 * What a benchmark section drives: a Temporal server with a worker polling `taskQueue`, a gateway, the store. The
 * dev-server stack (ProcessStack) and the production topology (Cluster, `npm run bench -- --cluster`) both are one.
 */
export interface BenchStack {
  temporal: { address: string };
  client: Client;
  taskQueue: string;
  gatewayUrl: string;
  /** The application role's URL (the floor's own append uses it). */
  databaseUrl: string;
  /** The store as its owner. */
  admin: Db;
  /** A worker process (its memory is sampled). */
  worker: ChildProcess | null;
  localAppend: boolean;
}
