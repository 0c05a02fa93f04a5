import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Connection } from '@temporalio/client';

export interface TemporalDevServerOptions {
  cliPath: string;
  /** SQLite file: workflows, timers and history survive a restart of the server. */
  dbFile: string;
  port: number;
  uiPort?: number;
  headless?: boolean;
  namespace?: string;
  /** More namespaces to create (a test that must not share deterministic workflow ids with the others runs in its own). */
  extraNamespaces?: string[];
  searchAttributes?: Record<string, 'Keyword' | 'Text' | 'Int' | 'Double' | 'Bool' | 'Datetime' | 'KeywordList'>;
  logFile?: string;
  readyTimeoutMs?: number;
}

export interface RunningTemporalDevServer {
  address: string;
  uiUrl: string | null;
  pid: number;
  process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * The dynamic config a production server would run with (the dev server's defaults suit a laptop):
 * activities dispatched eagerly to the worker that scheduled them, eager workflow start, one task-queue
 * partition (a few workers poll one queue: no forwarding between partitions), and a mutable-state cache
 * that holds ten thousand open hazards (the dev server has one history shard, so its per-shard cache is
 * all there is). docs/architecture.md names them; the benchmarks run on them.
 */
export const PRODUCTION_DYNAMIC_CONFIG: ReadonlyArray<readonly [string, unknown]> = [
  ['system.enableActivityEagerExecution', true],
  ['system.enableEagerWorkflowStart', true],
  ['matching.numTaskqueueReadPartitions', 1],
  ['matching.numTaskqueueWritePartitions', 1],
  ['history.cacheMaxSize', 16384],
];

export async function startTemporalDevServer(options: TemporalDevServerOptions): Promise<RunningTemporalDevServer> {
  mkdirSync(dirname(options.dbFile), { recursive: true });
  const args = [
    'server',
    'start-dev',
    '--db-filename',
    options.dbFile,
    '--port',
    String(options.port),
    '--ip',
    '127.0.0.1',
    '--log-level',
    'warn',
    // WAL keeps readers and the writer out of each other's way; busy_timeout rides out lock waits.
    '--sqlite-pragma',
    'journal_mode=wal',
    '--sqlite-pragma',
    'synchronous=normal',
    '--sqlite-pragma',
    'busy_timeout=10000',
    ...PRODUCTION_DYNAMIC_CONFIG.flatMap(([key, value]) => ['--dynamic-config-value', `${key}=${JSON.stringify(value)}`]),
  ];
  if (options.headless || options.uiPort === undefined) args.push('--headless');
  else args.push('--ui-port', String(options.uiPort));
  if (options.namespace && options.namespace !== 'default') args.push('--namespace', options.namespace);
  for (const namespace of options.extraNamespaces ?? []) args.push('--namespace', namespace);
  for (const [name, type] of Object.entries(options.searchAttributes ?? {})) args.push('--search-attribute', `${name}=${type}`);

  const child = spawn(options.cliPath, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  if (options.logFile) {
    mkdirSync(dirname(options.logFile), { recursive: true });
    const log = createWriteStream(options.logFile, { flags: 'a' });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
  } else {
    child.stdout?.resume();
    child.stderr?.resume();
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const address = `127.0.0.1:${options.port}`;
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForTemporal(address, options.namespace ?? 'default', options.readyTimeoutMs ?? 60_000, exited);
  } catch (err) {
    await stop('SIGKILL');
    throw err;
  }
  return {
    address,
    uiUrl: options.headless || options.uiPort === undefined ? null : `http://localhost:${options.uiPort}`,
    pid: child.pid as number,
    process: child,
    stop,
  };
}

/** Ready means the frontend answers for the namespace, not merely that the port is open. */
export async function waitForTemporal(
  address: string,
  namespace: string,
  timeoutMs: number,
  exited?: Promise<number | null>,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let processExit: number | null | undefined;
  void exited?.then((code) => (processExit = code));
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (processExit !== undefined) throw new Error(`the Temporal dev server exited with code ${processExit} while starting`);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1_000 });
      try {
        await connection.workflowService.describeNamespace({ namespace });
        return;
      } finally {
        await connection.close();
      }
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`the Temporal server at ${address} was not ready within ${timeoutMs} ms: ${String(lastError)}`);
}
