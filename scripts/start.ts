import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { ConfigError, DEVELOPMENT_JWT_SECRET, createLogger, developmentTokens, loadConfig, projectRoot } from '@hazard/config';
import {
  EMBEDDED_POSTGRES_DEFAULT_PORT,
  type RunningPostgres,
  type RunningTemporalDevServer,
  ensureDatabase,
  initPostgresDataDir,
  reachablePostgresHome,
  spawnPostgres,
  findOrInstallTemporalCli,
  portInUse,
  startEmbeddedPostgres,
  startTemporalDevServer,
  dataDir as dataDirectory,
  developmentKeyFile,
  waitForHttp,
  waitForTemporal,
} from '@hazard/devstack';
import { createDatabase, ensureLoginRole, migrateToLatest } from '@hazard/event-store';
import { ensureDevelopmentKeyFile, loadSigningKey } from '@hazard/audit';
import { SEARCH_ATTRIBUTES } from '@hazard/contracts';
import { progressBar } from './cli/progress';
import { runDemo, summaryLine } from './demo';

const log = createLogger('start');
const root = projectRoot();
/** `npm start -- --demo` (or DEMO=1): a demo city in an empty system (README "A demo city"). */
const demo = process.argv.slice(2).includes('--demo') || process.env.DEMO === '1';

interface Supervised {
  name: string;
  child: ChildProcess | null;
  stopping: boolean;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const dataDir = dataDirectory();
  const cleanups: (() => Promise<void>)[] = [];
  let shuttingDown = false;

  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info('stopping…');
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((err) => log.warn({ err }, 'cleanup failed'));
    }
    log.info('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    // Temporal: a given cluster, or the dev server on a SQLite file under .data/.
    let temporalAddress = config.TEMPORAL_ADDRESS;
    let temporal: RunningTemporalDevServer | null = null;
    if (temporalAddress) {
      await waitForTemporal(temporalAddress, config.TEMPORAL_NAMESPACE, 60_000);
    } else {
      const port = Number(process.env.TEMPORAL_PORT ?? 7233);
      const uiPort = Number(process.env.TEMPORAL_UI_PORT ?? port + 1000);
      if (await portInUse(port)) {
        throw new Error(`port ${port} is taken (another Temporal server, or an earlier npm start still running?); set TEMPORAL_ADDRESS to use it, or TEMPORAL_PORT for another port`);
      }
      const cliPath = findOrInstallTemporalCli((m) => log.info(m));
      log.info({ cliPath }, 'starting the Temporal dev server');
      temporal = await startTemporalDevServer({
        cliPath,
        dbFile: join(dataDir, 'temporal', 'temporal.db'),
        port,
        uiPort,
        namespace: config.TEMPORAL_NAMESPACE,
        searchAttributes: SEARCH_ATTRIBUTES,
        logFile: join(dataDir, 'logs', 'temporal.log'),
      });
      temporalAddress = temporal.address;
      const running = temporal;
      cleanups.push(() => running.stop());
    }

    // Postgres: DATABASE_URL, or embedded Postgres with its data under .data/.
    let databaseUrl = config.DATABASE_URL;
    let postgres: RunningPostgres | null = null;
    let postgresDataDir = join(dataDir, 'postgres');
    if (!databaseUrl) {
      const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? EMBEDDED_POSTGRES_DEFAULT_PORT);
      if (await portInUse(port)) throw new Error(`port ${port} for embedded Postgres is taken; set EMBEDDED_POSTGRES_PORT or DATABASE_URL`);
      // As root in a folder the user postgres cannot enter (root's home), Postgres runs from a copy it can reach.
      const reachable = reachablePostgresHome(join(dataDir, 'postgres'), (m) => log.info(m));
      if (reachable) {
        postgresDataDir = reachable.dataDir;
        log.warn({ binaries: reachable.nativeDir, data: reachable.dataDir }, `${dataDir} is closed to the system user postgres (Postgres refuses root): Postgres runs from ${reachable.nativeDir} with its data in ${reachable.dataDir}, kept between runs`);
        await initPostgresDataDir(reachable.dataDir, reachable.nativeDir);
        const proc = await spawnPostgres({ dataDir: reachable.dataDir, port, nativeDir: reachable.nativeDir });
        postgres = { url: proc.url, adminUrl: (database) => proc.url.replace(/\/postgres$/, `/${database}`), port, stop: () => proc.stop('SIGINT') };
      } else {
        log.info({ port }, 'starting embedded Postgres');
        postgres = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), port, persistent: true });
      }
      const running = postgres;
      cleanups.push(() => running.stop());
      await ensureDatabase(postgres.url, 'hazards');
      databaseUrl = postgres.adminUrl('hazards');
    }

    const db = createDatabase({ connectionString: process.env.DATABASE_MIGRATION_URL ?? databaseUrl, poolSize: 2 });
    const applied = await migrateToLatest(db);
    log.info({ applied }, applied.length ? 'database migrated' : 'database schema up to date');
    if (postgres) {
      // The apps log in as a member of hazard_app: no DDL, events append-only. The embedded
      // server listens on 127.0.0.1 only, so a fixed local password is enough here.
      await ensureLoginRole(db, 'hazard_app_login', 'hazard_app_login');
      databaseUrl = postgres.adminUrl('hazards').replace('//postgres:postgres@', '//hazard_app_login:hazard_app_login@');
    }
    await db.destroy();

    // The audit signing key: yours (AUDIT_SIGNING_KEY_FILE), else one made once under .data/keys.
    // Only the worker gets the private key; the gateway verifies with the public key.
    const ownKey = Boolean(config.AUDIT_SIGNING_KEY || config.AUDIT_SIGNING_KEY_FILE);
    const keySettings: Record<string, string> = ownKey
      ? { AUDIT_SIGNING_KEY: config.AUDIT_SIGNING_KEY ?? '', AUDIT_SIGNING_KEY_FILE: config.AUDIT_SIGNING_KEY_FILE ?? '' }
      : { AUDIT_SIGNING_KEY_FILE: ensureDevelopmentKeyFile(developmentKeyFile()) };
    const signingKey = loadSigningKey(Object.fromEntries(Object.entries(keySettings).filter(([, v]) => v)));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporalAddress,
      PORT: String(config.PORT),
      JWT_SECRET: config.JWT_SECRET,
    };
    const workerEnv = { ...env, ...keySettings };
    const gatewayEnv = { ...env, AUDIT_SIGNING_KEY: '', AUDIT_SIGNING_KEY_FILE: '', AUDIT_PUBLIC_KEY: config.AUDIT_PUBLIC_KEY ?? signingKey?.publicKeyPem ?? '' };
    const worker = supervise('worker', join(root, 'dist', 'apps', 'worker', 'src', 'main.js'), workerEnv, () => shuttingDown);
    cleanups.push(() => stopChild(worker));
    const gateway = supervise('gateway', join(root, 'dist', 'apps', 'gateway', 'src', 'main.js'), gatewayEnv, () => shuttingDown);
    cleanups.push(() => stopChild(gateway));
    await waitForHttp(`http://127.0.0.1:${config.PORT}/health/ready`, 60_000);
    const demoLine = demo ? await fillDemo(config.PORT, config.JWT_SECRET, Boolean(config.JWKS_URL)) : null;

    const tokens = await developmentTokens(config.JWT_SECRET);
    const lines = [
      '',
      'Hazard rectification engine is running.',
      `  Console      http://localhost:${config.PORT}/  (development sign-in: pick a role)`,
      `  GraphQL      http://localhost:${config.PORT}/graphql`,
      temporal?.uiUrl ? `  Temporal UI  ${temporal.uiUrl}` : `  Temporal     ${temporalAddress}`,
      `  Postgres     ${postgres ? `${databaseUrl} (embedded, data in ${postgresDataDir})` : 'DATABASE_URL'}`,
      `  Audit key    ${signingKey?.fingerprint ?? 'none'}${ownKey ? '' : ` (development key ${developmentKeyFile()})`}`,
      ...(demoLine ? [`  Demo city    ${demoLine}`] : []),
      '',
      config.JWT_SECRET === DEVELOPMENT_JWT_SECRET
        ? 'Development tokens (the documented development JWT_SECRET; valid 12 h):'
        : 'Development tokens (signed with your JWT_SECRET; valid 12 h):',
      ...tokens.map(({ role, sub, token }) => `  ${role.padEnd(16)} ${sub.padEnd(20)} ${token}`),
      '',
      `Try: curl -s localhost:${config.PORT}/graphql -H 'content-type: application/json' -H "authorization: Bearer <token>" -d '{"query":"{ hazards { totalCount } }"}'`,
      'Ctrl-C stops everything.',
      '',
    ];
    process.stdout.write(lines.join('\n'));
  } catch (err) {
    if (err instanceof ConfigError) log.fatal(err.message);
    else log.fatal({ err }, 'start-up failed');
    await shutdown(1);
  }
}

/** Fills the demo city through the gateway just started, with a progress bar; the line the banner shows. */
async function fillDemo(port: number, secret: string, jwks: boolean): Promise<string> {
  if (jwks) {
    log.warn('--demo: the gateway verifies tokens against JWKS_URL, so the demo’s development tokens would be refused; skipping the demo');
    return 'skipped: the gateway verifies tokens against JWKS_URL';
  }
  const bar = progressBar('demo city');
  try {
    const outcome = await runDemo({ url: `http://127.0.0.1:${port}/graphql`, secret, onProgress: (done, total) => bar.update(done, total) });
    bar.stop();
    if (outcome.kind === 'skipped') {
      log.info({ state: outcome.state }, `--demo: skipping, ${outcome.reason}`);
      return `skipped: ${outcome.reason}`;
    }
    const line = summaryLine(outcome.summary);
    log.info(`demo city ${outcome.kind}: ${line}`);
    return line;
  } catch (err) {
    bar.stop();
    throw new Error(`the demo city could not be filled: ${(err as Error).message}. Run npm start -- --demo again to finish it (every step is idempotent)`, { cause: err });
  }
}

function supervise(name: string, script: string, env: NodeJS.ProcessEnv, stopping: () => boolean): Supervised {
  const handle: Supervised = { name, child: null, stopping: false };
  const recent: number[] = [];
  const launch = () => {
    const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
    handle.child = child;
    child.on('exit', (code, signal) => {
      if (handle.stopping || stopping()) return;
      const now = Date.now();
      recent.push(now);
      while (recent.length && recent[0] < now - 60_000) recent.shift();
      if (recent.length > 5) {
        log.fatal({ process: name, code, signal }, `${name} keeps crashing; not restarting it`);
        return;
      }
      log.error({ process: name, code, signal }, `${name} exited; restarting it`);
      setTimeout(launch, 1_000);
    });
  };
  launch();
  return handle;
}

async function stopChild(handle: Supervised): Promise<void> {
  handle.stopping = true;
  const child = handle.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

void main();
