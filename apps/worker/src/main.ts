import { hostname } from 'node:os';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Runtime } from '@temporalio/worker';
import { loadSigningKey } from '@hazard/audit';
import { createLogger, loadConfig, requireSetting, projectRoot } from '@hazard/config';
import { createDatabase } from '@hazard/event-store';
import { ensureCheckpointSchedule, ensureDailyReportSchedule, ensureRecordClocks } from './schedules';
import { ensureSearchAttributes } from './search-attribute-registration';
import { temporalLogger } from './temporal-logger';
import { createHazardWorker, defaultWorkflowBundlePath, tuningFromConfig } from './worker';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger('worker', config.LOG_LEVEL);
  const address = config.TEMPORAL_ADDRESS ?? 'localhost:7233';
  const db = createDatabase({
    connectionString: requireSetting(config.DATABASE_URL, 'DATABASE_URL'),
    poolSize: config.DATABASE_POOL_SIZE,
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
    applicationName: 'hazard-worker',
  });
  // SIGINT and SIGTERM make the worker stop polling, finish what it holds, then run() resolves.
  Runtime.install({ shutdownSignals: ['SIGINT', 'SIGTERM'], logger: temporalLogger(log) });
  const registered = await ensureSearchAttributes(address, config.TEMPORAL_NAMESPACE);
  if (registered.length) log.info({ registered }, 'search attributes registered');
  const signingKey = loadSigningKey(config);
  if (signingKey) log.info({ fingerprint: signingKey.fingerprint }, 'audit signing key loaded');
  else log.warn('no audit signing key (AUDIT_SIGNING_KEY_FILE): checkpoints cannot be signed by this worker');
  const client = new Client({ connection: await Connection.connect({ address }), namespace: config.TEMPORAL_NAMESPACE });
  const [hour, minute] = config.AUDIT_CHECKPOINT_AT.split(':').map(Number);
  if (await ensureCheckpointSchedule(client, config.TEMPORAL_TASK_QUEUE, { hour, minute })) log.info({ at: config.AUDIT_CHECKPOINT_AT }, 'daily audit checkpoint scheduled');
  if (await ensureDailyReportSchedule(client, config.TEMPORAL_TASK_QUEUE)) log.info('daily reports scheduled at 00:05 Beijing time');
  const woken = await ensureRecordClocks(client, db, config.TEMPORAL_TASK_QUEUE);
  if (woken) log.info({ records: woken }, 'incident and patrol clocks checked');
  await client.connection.close();
  const connection = await NativeConnection.connect({ address });
  const tuning = tuningFromConfig(config);
  const worker = await createHazardWorker({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    db,
    signingKey,
    afterAppend: faultInjection(config.NODE_ENV, log),
    workflowBundlePath: config.WORKFLOW_BUNDLE_PATH ?? defaultWorkflowBundlePath(projectRoot()),
    identity: `worker@${hostname()}:${process.pid}`,
    tuning,
  });
  log.info({ address, namespace: config.TEMPORAL_NAMESPACE, taskQueue: config.TEMPORAL_TASK_QUEUE, pid: process.pid, tuning }, 'worker started');
  try {
    await worker.run();
  } finally {
    await connection.close();
    await db.destroy();
    log.info('worker stopped');
  }
}

/**
 * FAULT_INJECTION=kill-after-append:<probability> makes the worker SIGKILL itself right after an
 * append committed and before its activity answered: the window the fault harness must cover.
 * Refused in production.
 */
function faultInjection(nodeEnv: string, log: ReturnType<typeof createLogger>): (() => void) | undefined {
  const spec = process.env.FAULT_INJECTION;
  if (!spec) return undefined;
  const match = /^kill-after-append:(0(\.\d+)?|1)$/.exec(spec);
  if (!match || nodeEnv === 'production') throw new Error(`FAULT_INJECTION=${spec} is not allowed here`);
  const probability = Number(match[1]);
  log.warn({ probability }, 'fault injection on: the worker will kill itself after some appends');
  return () => {
    if (Math.random() < probability) process.kill(process.pid, 'SIGKILL');
  };
}

main().catch((err) => {
  createLogger('worker').fatal({ err }, 'worker failed');
  process.exit(1);
});
