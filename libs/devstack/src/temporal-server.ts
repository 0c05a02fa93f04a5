import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client as PgClient } from 'pg';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common';
import { projectRoot } from '@hazard/config';
import { freePort, portInUse } from './ports';

/*
 * A real Temporal server (README "Production"): the Go module go.temporal.io/server, built once into .tools/ by the
 * machine's Go, its schema set up on Postgres by the module's own SQL tool (the schemas are embedded in it), and run
 * with the committed deploy/temporal/config.yaml and dynamicconfig.yaml.
 */

export const TEMPORAL_SERVER_VERSION = '1.30.4';

type Log = (message: string) => void;

export interface TemporalServerBinaries {
  server: string;
  sqlTool: string;
}

/** The server and its SQL tool, built from the module on first use (a few minutes) and kept under .tools/. */
export function findOrBuildTemporalServer(log: Log = () => undefined): TemporalServerBinaries {
  const dir = join(projectRoot(), '.tools', 'temporal-server', TEMPORAL_SERVER_VERSION);
  const binaries = { server: join(dir, 'temporal-server'), sqlTool: join(dir, 'temporal-sql-tool') };
  if (process.env.TEMPORAL_SERVER_PATH && process.env.TEMPORAL_SQL_TOOL_PATH) {
    return { server: process.env.TEMPORAL_SERVER_PATH, sqlTool: process.env.TEMPORAL_SQL_TOOL_PATH };
  }
  if (existsSync(binaries.server) && existsSync(binaries.sqlTool)) return binaries;
  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (go.status !== 0) throw new Error('building the Temporal server needs Go (https://go.dev/dl/); or set TEMPORAL_SERVER_PATH and TEMPORAL_SQL_TOOL_PATH to built binaries');
  const bin = mkdtempSync(join(tmpdir(), 'temporal-server-build-'));
  try {
    for (const [pkg, name] of [
      ['go.temporal.io/server/cmd/server', 'server'],
      ['go.temporal.io/server/cmd/tools/sql', 'sql'],
    ] as const) {
      log(`building ${pkg}@v${TEMPORAL_SERVER_VERSION} with ${go.stdout.trim()} (once; a few minutes)`);
      const built = spawnSync('go', ['install', `${pkg}@v${TEMPORAL_SERVER_VERSION}`], {
        env: { ...process.env, GOBIN: bin, CGO_ENABLED: process.env.CGO_ENABLED ?? '0', GOFLAGS: '-buildvcs=false' },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      if (built.status !== 0 || !existsSync(join(bin, name))) throw new Error(`go install ${pkg}@v${TEMPORAL_SERVER_VERSION} failed (exit ${built.status})`);
    }
    mkdirSync(dir, { recursive: true });
    // copied under a temporary name, then renamed: a second start never sees half a binary
    for (const [from, to] of [
      [join(bin, 'sql'), binaries.sqlTool],
      [join(bin, 'server'), binaries.server],
    ]) {
      copyFileSync(from, `${to}.part`);
      renameSync(`${to}.part`, to);
    }
    return binaries;
  } finally {
    rmSync(bin, { recursive: true, force: true });
  }
}

export interface TemporalDatabase {
  host: string;
  port: number;
  user: string;
  password: string;
  /** The history store's database and visibility's. */
  database?: string;
  visibilityDatabase?: string;
}

/** Creates the two databases if missing and brings both schemas to the tool's latest version (idempotent). */
export async function setupTemporalSchema(sqlTool: string, db: TemporalDatabase, log: Log = () => undefined): Promise<void> {
  const databases: [string, string][] = [
    [db.database ?? 'temporal', 'postgresql/v12/temporal'],
    [db.visibilityDatabase ?? 'temporal_visibility', 'postgresql/v12/visibility'],
  ];
  for (const [database, schema] of databases) {
    const common = ['--plugin', 'postgres12', '--ep', db.host, '-p', String(db.port), '-u', db.user, '--pw', db.password, '--db', database];
    if (!(await databaseExists(db, database))) run(sqlTool, [...common, 'create-database'], `create database ${database}`);
    if (!(await hasVersionTable(db, database))) run(sqlTool, [...common, 'setup-schema', '-v', '0.0'], `set up ${database}`);
    run(sqlTool, [...common, 'update-schema', '--schema-name', schema], `update ${database}`);
    log(`Temporal schema ${schema} up to date in ${database}`);
  }
}

function run(tool: string, args: string[], what: string): void {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`temporal-sql-tool could not ${what}: ${(result.stderr || result.stdout).trim().split('\n').slice(-5).join(' | ')}`);
}

async function withPg<T>(db: TemporalDatabase, database: string, fn: (client: PgClient) => Promise<T>): Promise<T> {
  const client = new PgClient({ host: db.host, port: db.port, user: db.user, password: db.password, database, connectionTimeoutMillis: 5_000, query_timeout: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const databaseExists = (db: TemporalDatabase, database: string) =>
  withPg(db, 'postgres', async (c) => (await c.query('select 1 from pg_database where datname = $1', [database])).rowCount === 1);

const hasVersionTable = (db: TemporalDatabase, database: string) =>
  withPg(db, database, async (c) => (await c.query(`select to_regclass('public.schema_version') is not null as present`)).rows[0].present === true);

export interface TemporalServerOptions {
  binary: string;
  db: TemporalDatabase;
  /** The frontend's gRPC port; the other services take free ports. */
  port?: number;
  /**
   * The other services' ports, from an earlier start on the same database: a restart on them joins its own
   * membership record at once, where new ports leave the old record to time out (ringpop's 30 s join, then a
   * retry, during which matching answers "Not enough hosts").
   */
  ports?: TemporalServicePorts;
  logFile: string;
  historyShards?: number;
  logLevel?: string;
  /** Custom search attributes to register in `default` (name → type), as the dev server's `--search-attribute`. */
  searchAttributes?: Record<string, 'Keyword' | 'Datetime' | 'Int'>;
}

/** temporal.api.enums.v1.IndexedValueType */
const INDEXED_VALUE_TYPE = { Keyword: 2, Int: 3, Datetime: 6 } as const;

/** The services' gRPC ports and their membership ports (stored as a Postgres smallint: below 32768). */
export interface TemporalServicePorts {
  history: number;
  matching: number;
  worker: number;
  http: number;
  membership: [number, number, number, number];
}

export interface RunningTemporalServer {
  address: string;
  port: number;
  ports: TemporalServicePorts;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts the server with the committed config; resolves once its frontend answers and the `default` namespace exists. */
export async function startTemporalServer(options: TemporalServerOptions): Promise<RunningTemporalServer> {
  const root = projectRoot();
  const port = options.port ?? (await freePort());
  const ports = options.ports && (await allFree(options.ports)) ? options.ports : await newServicePorts();
  const { history, matching, worker, http } = ports;
  const [m1, m2, m3, m4] = ports.membership;
  mkdirSync(dirname(options.logFile), { recursive: true });
  const out = createWriteStream(options.logFile, { flags: 'a' });
  const child = spawn(options.binary, ['--config-file', join(root, 'deploy', 'temporal', 'config.yaml'), '--allow-no-auth', 'start'], {
    cwd: root,
    env: {
      ...process.env,
      TEMPORAL_LOG_LEVEL: options.logLevel ?? 'warn',
      TEMPORAL_HISTORY_SHARDS: String(options.historyShards ?? 16),
      TEMPORAL_DB_HOST: options.db.host,
      TEMPORAL_DB_PORT: String(options.db.port),
      TEMPORAL_DB_USER: options.db.user,
      TEMPORAL_DB_PASSWORD: options.db.password,
      TEMPORAL_FRONTEND_PORT: String(port),
      TEMPORAL_HISTORY_PORT: String(history),
      TEMPORAL_MATCHING_PORT: String(matching),
      TEMPORAL_WORKER_PORT: String(worker),
      TEMPORAL_FRONTEND_HTTP_PORT: String(http),
      TEMPORAL_FRONTEND_MEMBERSHIP_PORT: String(m1),
      TEMPORAL_HISTORY_MEMBERSHIP_PORT: String(m2),
      TEMPORAL_MATCHING_MEMBERSHIP_PORT: String(m3),
      TEMPORAL_WORKER_MEMBERSHIP_PORT: String(m4),
      TEMPORAL_DYNAMIC_CONFIG: join(root, 'deploy', 'temporal', 'dynamicconfig.yaml'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  const address = `127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const done = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 20_000).unref())]);
    if (!done) {
      child.kill('SIGKILL');
      await exited;
    }
  };
  try {
    await waitForNamespace(address, 'default', 90_000, () => child.exitCode !== null);
    if (options.searchAttributes) await registerSearchAttributes(address, 'default', options.searchAttributes);
  } catch (err) {
    await stop('SIGKILL');
    throw new Error(`${(err as Error).message} (server log: ${options.logFile})`);
  }
  return { address, port, ports, child, stop };
}

async function newServicePorts(): Promise<TemporalServicePorts> {
  const [history, matching, worker, http] = await Promise.all(Array.from({ length: 4 }, () => freePort()));
  // membership ports are stored as a Postgres smallint: they must be below 32768, where the system's free ports are not
  const [m1, m2, m3, m4] = await lowFreePorts(4);
  return { history, matching, worker, http, membership: [m1, m2, m3, m4] };
}

async function allFree(ports: TemporalServicePorts): Promise<boolean> {
  const all = [ports.history, ports.matching, ports.worker, ports.http, ...ports.membership];
  return (await Promise.all(all.map((p) => portInUse(p)))).every((used) => !used);
}

/**
 * Waits for the frontend, then registers the namespace once (a fresh server has none; the dev server makes
 * `default` itself). Retention three days: the record is Postgres's event store, not Temporal's history.
 */
async function waitForNamespace(address: string, namespace: string, timeoutMs: number, dead: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = null;
  while (Date.now() < deadline) {
    if (dead()) throw new Error('the Temporal server exited while starting');
    try {
      const connection = await Connection.connect({ address, connectTimeout: 2_000 });
      try {
        await connection.workflowService.getSystemInfo({});
        try {
          await connection.workflowService.describeNamespace({ namespace });
          return;
        } catch {
          await connection.workflowService
            .registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs('3 days') })
            .catch((err: { code?: number }) => {
              if (err.code !== 6) throw err; // ALREADY_EXISTS: another caller registered it
            });
        }
      } finally {
        await connection.close();
      }
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the Temporal server at ${address} did not come up with namespace ${namespace}: ${String(last)}`);
}

/** Adds the search attributes the namespace lacks, and waits until the server lists them all. */
async function registerSearchAttributes(address: string, namespace: string, wanted: Record<string, keyof typeof INDEXED_VALUE_TYPE>): Promise<void> {
  const connection = await Connection.connect({ address });
  // a namespace just registered reaches the server's namespace cache within seconds: until then calls say NOT_FOUND
  const deadline = Date.now() + 60_000;
  let last: unknown = null;
  try {
    while (Date.now() < deadline) {
      try {
        const have = (await connection.operatorService.listSearchAttributes({ namespace })).customAttributes ?? {};
        const missing = Object.entries(wanted).filter(([name]) => !(name in have));
        if (missing.length === 0) return;
        await connection.operatorService.addSearchAttributes({ namespace, searchAttributes: Object.fromEntries(missing.map(([name, type]) => [name, INDEXED_VALUE_TYPE[type]])) });
      } catch (err) {
        last = err;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await connection.close();
  }
  throw new Error(`search attributes ${Object.keys(wanted).join(', ')} were not registered in namespace ${namespace}: ${String(last)}`);
}

/** Free ports in 20000–32767 (a random start, then upward), distinct from each other. */
async function lowFreePorts(count: number): Promise<number[]> {
  const found: number[] = [];
  let port = 20_000 + Math.floor(Math.random() * 10_000);
  while (found.length < count && port < 32_768) {
    if (!(await portInUse(port))) found.push(port);
    port++;
  }
  if (found.length < count) throw new Error('no free ports below 32768 for the Temporal server’s membership');
  return found;
}
