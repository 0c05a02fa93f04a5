import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { projectRoot, signDevelopmentToken } from '@hazard/config';
import { generateSigningKeyPem } from '@hazard/audit';
import type { Role } from '@hazard/domain';
import { type Db, createDatabase, ensureLoginRole, migrateToLatest } from '@hazard/event-store';
import { SEARCH_ATTRIBUTES } from '@hazard/contracts';
import { ensureDatabase } from './embedded-postgres';
import { freePort } from './ports';
import { type PostgresProcess, initPostgresDataDir, spawnPostgres } from './postgres-process';
import { TcpProxy } from './tcp-proxy';
import { findOrInstallTemporalCli } from './temporal-cli';
import { type RunningTemporalDevServer, startTemporalDevServer } from './temporal-dev-server';

export const STACK_JWT_SECRET = 'process-stack-secret-that-is-long-enough-0123456789';
export const COMMAND_TIMEOUT_MS = 15_000;
const APP_USER = 'hazard_fault_app';
const APP_PASSWORD = 'fault-app-password';

export interface ProcessStackOptions {
  /** Continue-as-new threshold of the hazard workflows (small in the fault runs). */
  maxUpdatesPerRun?: number;
  logLevel?: string;
  /** The worker reaches Postgres directly, not through the fault proxy (benchmarks measure the engine, not the harness). */
  directDatabase?: boolean;
  /** New hazards append as a local activity (HAZARD_LOCAL_APPEND). */
  localAppend?: boolean;
  /** More of the worker's configuration (the benchmark passes its WORKER_* tuning through). */
  workerEnv?: Record<string, string>;
  /** Node options for the apps' processes, e.g. `--cpu-prof` (the benchmark's `--profile`). */
  nodeArgs?: { worker?: string[]; gateway?: string[] };
}

/**
 * The whole stack as child processes that can be killed by PID: Postgres (reached by the worker
 * through a TCP proxy that can be turned bad), the Temporal dev server on a SQLite file, the
 * worker and the gateway. The fault harness breaks it on purpose; the load run and the
 * benchmarks measure it.
 */
export class ProcessStack {
  readonly dir = mkdtempSync(join(tmpdir(), 'hazard-faults-'));
  postgres!: PostgresProcess;
  proxy!: TcpProxy;
  temporal!: RunningTemporalDevServer;
  client!: Client;
  admin!: Db;
  worker: ChildProcess | null = null;
  gateway: ChildProcess | null = null;
  gatewayUrl = '';
  taskQueue = 'hazards';
  /** Exits nobody asked for: a crash the harness did not plant. */
  readonly unexpectedExits: string[] = [];
  workerKills = 0;
  injectedKills = 0;
  temporalRestarts = 0;
  postgresRestarts = 0;
  private pgPort = 0;
  private temporalPort = 0;
  private proxyPort = 0;
  private gatewayPort = 0;
  private workerInjection: string | null = null;
  private stopping = false;
  private readonly signingKey = generateSigningKeyPem();

  constructor(private readonly options: ProcessStackOptions = {}) {}

  get localAppend(): boolean {
    return Boolean(this.options.localAppend);
  }

  get databaseUrl(): string {
    return this.appUrl(this.pgPort);
  }

  async start(): Promise<void> {
    chmodSync(this.dir, 0o755);
    [this.pgPort, this.temporalPort, this.gatewayPort] = await Promise.all([freePort(), freePort(), freePort()]);
    await initPostgresDataDir(join(this.dir, 'pg'));
    this.postgres = await spawnPostgres({ dataDir: join(this.dir, 'pg'), port: this.pgPort });
    await ensureDatabase(this.postgres.url, 'hazards');
    this.admin = createDatabase({ connectionString: this.postgres.url.replace(/\/postgres$/, '/hazards'), poolSize: 4, statementTimeoutMs: 30_000 });
    await migrateToLatest(this.admin);
    await ensureLoginRole(this.admin, APP_USER, APP_PASSWORD);
    if (!this.options.directDatabase) {
      this.proxy = new TcpProxy(this.pgPort);
      this.proxyPort = await this.proxy.listen();
    }
    await this.startTemporal();
    this.startWorker();
    this.startGateway();
    await this.waitForGateway();
    await this.probe(60_000);
  }

  private appUrl(port: number): string {
    return `postgres://${APP_USER}:${APP_PASSWORD}@127.0.0.1:${port}/hazards`;
  }

  private async startTemporal(): Promise<void> {
    this.temporal = await startTemporalDevServer({
      cliPath: findOrInstallTemporalCli(),
      dbFile: join(this.dir, 'temporal.db'),
      port: this.temporalPort,
      headless: true,
      searchAttributes: SEARCH_ATTRIBUTES,
      logFile: join(this.dir, 'temporal.log'),
    });
    await this.client?.connection.close().catch(() => undefined);
    this.client = new Client({ connection: await Connection.connect({ address: this.temporal.address }) });
  }

  private spawnApp(name: 'worker' | 'gateway', env: NodeJS.ProcessEnv): ChildProcess {
    const child = spawn(process.execPath, [...(this.options.nodeArgs?.[name] ?? []), join(projectRoot(), 'dist', 'apps', name, 'src', 'main.js')], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        LOG_LEVEL: this.options.logLevel ?? process.env.STACK_LOG_LEVEL ?? 'warn',
        TEMPORAL_ADDRESS: `127.0.0.1:${this.temporalPort}`,
        TEMPORAL_TASK_QUEUE: this.taskQueue,
        JWT_SECRET: STACK_JWT_SECRET,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Keep the last lines each process wrote, to say why it died.
    let tail = '';
    const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-3_000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.once('exit', (code, signal) => {
      const planned = (child as ChildProcess & { planned?: boolean }).planned;
      if (name === 'worker' && signal === 'SIGKILL' && this.workerInjection && !planned) this.injectedKills++;
      else if (!planned && !this.stopping) this.unexpectedExits.push(`${name} exited with ${code ?? signal}: ${tail.split('\n').slice(-16).join(' | ')}`);
      if (name === 'worker' && !this.stopping && this.worker === child) setTimeout(() => this.startWorker(), 300);
    });
    return child;
  }

  startWorker(): void {
    this.worker = this.spawnApp('worker', {
      DATABASE_URL: this.appUrl(this.options.directDatabase ? this.pgPort : this.proxyPort),
      DATABASE_STATEMENT_TIMEOUT_MS: '3000',
      DATABASE_CONNECT_TIMEOUT_MS: '2000',
      WORKFLOW_BUNDLE_PATH: join(projectRoot(), 'dist', 'workflow-bundle.js'),
      AUDIT_SIGNING_KEY: this.signingKey,
      ...this.options.workerEnv,
      ...(this.workerInjection ? { FAULT_INJECTION: this.workerInjection } : {}),
    });
  }

  private startGateway(): void {
    this.gatewayUrl = `http://127.0.0.1:${this.gatewayPort}/graphql`;
    this.gateway = this.spawnApp('gateway', {
      PORT: String(this.gatewayPort),
      DATABASE_URL: this.appUrl(this.pgPort),
      DATABASE_CONNECT_TIMEOUT_MS: '2000',
      COMMAND_TIMEOUT_MS: String(COMMAND_TIMEOUT_MS),
      ...(this.options.maxUpdatesPerRun ? { HAZARD_MAX_UPDATES_PER_RUN: String(this.options.maxUpdatesPerRun) } : {}),
      ...(this.options.localAppend ? { HAZARD_LOCAL_APPEND: 'true' } : {}),
      RATE_LIMIT_PER_MINUTE: '1000000',
      MUTATION_RATE_LIMIT_PER_MINUTE: '1000000',
    });
  }

  private async waitForGateway(): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(this.gatewayUrl.replace('/graphql', '/health/live'))).ok) return;
      } catch {
        // not yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('the gateway did not start');
  }

  /** Ready means a workflow ran to completion through a worker and Postgres, not that a port is open. */
  async probe(timeoutMs = 60_000): Promise<void> {
    await this.client.withDeadline(Date.now() + timeoutMs, () =>
      this.client.workflow.execute('probeWorkflow', { workflowId: `probe-${Date.now()}-${Math.random()}`, taskQueue: this.taskQueue }),
    );
  }

  /** SIGKILL the worker; the supervisor starts another. */
  killWorker(): void {
    const w = this.worker as (ChildProcess & { planned?: boolean }) | null;
    if (!w || w.exitCode !== null || w.signalCode !== null) return;
    w.planned = true;
    w.kill('SIGKILL');
    this.workerKills++;
  }

  /** Restarts the worker with (or without) the crash planted right after a committed append. */
  setWorkerInjection(spec: string | null): void {
    this.workerInjection = spec;
    this.killWorker();
    this.workerKills--;
  }

  async restartTemporal(downMs = 1_000): Promise<void> {
    await this.temporal.stop('SIGTERM');
    await new Promise((r) => setTimeout(r, downMs));
    await this.startTemporal();
    this.temporalRestarts++;
    await this.probe();
  }

  /** Immediate shutdown (SIGQUIT: no checkpoint, crash recovery on start), then start again on the same data. */
  async restartPostgres(downMs = 1_000): Promise<void> {
    await this.postgres.stop('SIGQUIT');
    await new Promise((r) => setTimeout(r, downMs));
    this.postgres = await spawnPostgres({ dataDir: join(this.dir, 'pg'), port: this.pgPort });
    this.postgresRestarts++;
    await this.probe();
  }

  token(sub: string, roles: Role[]): Promise<string> {
    return signDevelopmentToken(STACK_JWT_SECRET, { sub, name: sub, roles, regions: '*', departments: '*' });
  }

  async close(): Promise<void> {
    this.stopping = true;
    for (const child of [this.gateway, this.worker]) {
      if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        // A worker draining a task stuck on a broken link gets ten seconds, then SIGKILL: closing never hangs.
        const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 10_000).unref())]);
        if (!stopped) {
          child.kill('SIGKILL');
          await exited;
        }
      }
    }
    await this.client?.connection.close().catch(() => undefined);
    await this.admin?.destroy().catch(() => undefined);
    await this.proxy?.close();
    await this.temporal?.stop('SIGTERM').catch(() => undefined);
    await this.postgres?.stop('SIGINT').catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
