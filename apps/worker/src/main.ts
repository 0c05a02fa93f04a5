import { hostname } from 'node:os';
import { NativeConnection, Runtime } from '@temporalio/worker';
import { createLogger, loadConfig, requireSetting } from '../../../libs/config/src';
import { projectRoot } from '../../../libs/devstack/src/paths';
import { createDatabase } from '../../../libs/event-store/src';
import { ensureSearchAttributes } from './search-attribute-registration';
import { temporalLogger } from './temporal-logger';
import { createHazardWorker, defaultWorkflowBundlePath } from './worker';

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
  const connection = await NativeConnection.connect({ address });
  const worker = await createHazardWorker({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    db,
    workflowBundlePath: config.WORKFLOW_BUNDLE_PATH ?? defaultWorkflowBundlePath(projectRoot()),
    identity: `worker@${hostname()}:${process.pid}`,
  });
  log.info({ address, namespace: config.TEMPORAL_NAMESPACE, taskQueue: config.TEMPORAL_TASK_QUEUE, pid: process.pid }, 'worker started');
  try {
    await worker.run();
  } finally {
    await connection.close();
    await db.destroy();
    log.info('worker stopped');
  }
}

main().catch((err) => {
  createLogger('worker').fatal({ err }, 'worker failed');
  process.exit(1);
});
