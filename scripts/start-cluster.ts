import { join } from 'node:path';
import { ConfigError, DEVELOPMENT_JWT_SECRET, createLogger, developmentTokens, loadConfig } from '@hazard/config';
import { Cluster, TEMPORAL_SERVER_VERSION, dataDir } from '@hazard/devstack';

/*
 * npm run start:cluster (README "Production"): the production topology on one machine, each part its own process —
 * Postgres (embedded binaries, or DATABASE_URL's server), a real Temporal server on it (built once from the Go
 * module), two workers and two gateways on PORT and PORT+1. Ctrl-C stops all of it; a failed start stops what it
 * started.
 */
const log = createLogger('cluster');

async function main(): Promise<void> {
  const config = loadConfig();
  const port = config.PORT;
  const cluster = new Cluster({
    dir: join(dataDir(), 'cluster'),
    databaseUrl: process.env.DATABASE_URL || undefined,
    postgresPort: process.env.CLUSTER_POSTGRES_PORT ? Number(process.env.CLUSTER_POSTGRES_PORT) : undefined,
    temporalPort: Number(process.env.TEMPORAL_PORT ?? 7233),
    gatewayPorts: [port, port + 1],
    jwtSecret: config.JWT_SECRET,
    logLevel: config.LOG_LEVEL,
    log: (message) => log.info(message),
  });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log.info('stopping the cluster…');
    await cluster.close();
    log.info('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  try {
    await cluster.start();
  } catch (err) {
    log.error({ err }, `the cluster did not start: ${(err as Error).message}`);
    await stop(1);
    return;
  }
  const tokens = await developmentTokens(config.JWT_SECRET);
  console.log(
    [
      '',
      'Hazard rectification engine, production topology on this machine:',
      ...cluster.gatewayUrls.map((url, i) => `  Gateway ${i + 1}    ${url}   (console ${url.replace(/\/graphql$/, '/')})`),
      `  Temporal     ${cluster.temporal.address} (temporal-server ${TEMPORAL_SERVER_VERSION} on Postgres; deploy/temporal/config.yaml)`,
      `  Workers      ${cluster.workers.length} (pids ${cluster.workers.map((w) => w.child?.pid).join(', ')})`,
      `  Postgres     ${cluster.postgres ? `127.0.0.1:${cluster.postgres.port} (embedded binaries, data in ${join(dataDir(), 'cluster', 'postgres')})` : 'DATABASE_URL'}`,
      `  Logs         ${join(dataDir(), 'cluster', 'logs')}`,
      '',
      config.JWT_SECRET === DEVELOPMENT_JWT_SECRET ? 'Development tokens (valid 12 h):' : 'Development tokens (signed with your JWT_SECRET; valid 12 h):',
      ...tokens.map(({ role, sub, token }) => `  ${role.padEnd(16)} ${sub.padEnd(20)} ${token}`),
      '',
      'Ctrl-C stops everything.',
    ].join('\n'),
  );
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : String(err?.stack ?? err));
  process.exit(1);
});
