import { Kysely, type LogEvent, Migrator, PostgresDialect, sql } from 'kysely';
import { Pool, types } from 'pg';
import { migrations } from './migrations';
import type { Database } from './schema';

// bigint columns (global positions) arrive as text; keep them so, JavaScript numbers would round.
types.setTypeParser(types.builtins.INT8, (v) => v);

export interface DatabaseOptions {
  connectionString: string;
  poolSize?: number;
  /** Server-side limit per statement; the client-side read timeout adds a margin on top. */
  statementTimeoutMs?: number;
  connectTimeoutMs?: number;
  applicationName?: string;
  /** Sees every statement as sent (SQL and parameters): the benchmark uses it to EXPLAIN the append. */
  onQuery?: (sql: string, parameters: readonly unknown[]) => void;
}

export type Db = Kysely<Database>;

/**
 * A pool where nothing waits forever: statements, idle transactions and the socket read all
 * time out, so a dead connection turns into an error that the caller (an activity) can retry.
 */
export function createDatabase(options: DatabaseOptions): Db {
  const statementTimeout = options.statementTimeoutMs ?? 15_000;
  const pool = new Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: statementTimeout,
    lock_timeout: statementTimeout,
    idle_in_transaction_session_timeout: statementTimeout * 2,
    query_timeout: statementTimeout + 5_000,
    application_name: options.applicationName ?? 'hazard-engine',
    keepAlive: true,
  });
  // An idle client that loses its connection emits 'error' on the pool; without a listener
  // that would crash the process. The next checkout simply gets a fresh connection.
  pool.on('error', () => undefined);
  // A checked-out client whose server goes away emits 'error' too, between queries; unheard, that
  // would crash the process. The failure still reaches the query that runs on it, and the pool
  // drops the broken client.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const { onQuery } = options;
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    ...(onQuery ? { log: (event: LogEvent) => onQuery(event.query.sql, event.query.parameters) } : {}),
  });
}

export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export const APPLICATION_ROLE = 'hazard_app';

/**
 * A login role that is a member of the application role (and nothing more), made or updated by
 * whoever runs the migrations. Its password comes from configuration, never from code.
 */
export async function ensureLoginRole(db: Kysely<any>, user: string, password: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(user)) throw new Error(`not a valid role name: ${user}`);
  const quoted = sql.raw(`"${user}"`);
  await sql`
    do $$ begin
      create role ${quoted} login;
    exception when duplicate_object or unique_violation then null;
    end $$`.execute(db);
  await sql`alter role ${quoted} with login nosuperuser nocreatedb nocreaterole password ${sql.lit(password)}`.execute(db);
  await sql`grant ${sql.raw(APPLICATION_ROLE)} to ${quoted}`.execute(db);
}
