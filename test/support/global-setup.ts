import { projectRoot } from '@hazard/config';
import { chmodSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  findOrInstallTemporalCli,
  freePort,
  startEmbeddedPostgres,
  startTemporalDevServer,
} from '@hazard/devstack';
import { SEARCH_ATTRIBUTES } from '@hazard/contracts';
import { bundleWorkflows } from '../../scripts/bundle-workflows';

/**
 * One real Postgres and one real Temporal dev server for the whole run (starting a server
 * costs seconds, a database milliseconds); each test file then makes its own database and
 * task queue. The addresses reach the test workers through the environment.
 */
/** Namespaces made for the Jest workers (more than jest.config.js's maxWorkers, for runs that raise it). */
export const TEST_NAMESPACES = 8;

export default async function globalSetup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hazard-test-'));
  // As root, Postgres runs as the `postgres` user, which must be able to reach its data directory.
  chmodSync(dir, 0o755);
  const [pgPort, temporalPort] = await Promise.all([freePort(), freePort()]);
  const [postgres, temporal] = await Promise.all([
    startEmbeddedPostgres({ dataDir: join(dir, 'postgres'), port: pgPort, persistent: false }),
    startTemporalDevServer({
      cliPath: findOrInstallTemporalCli((m) => console.log(m)),
      dbFile: join(dir, 'temporal.db'),
      port: temporalPort,
      headless: true,
      searchAttributes: SEARCH_ATTRIBUTES,
      // One namespace per Jest worker (test/support/stack.ts): files running at once never share a workflow id, and
      // some ids are the same in every stack by design (one daily report per unit and day).
      extraNamespaces: Array.from({ length: TEST_NAMESPACES }, (_, i) => `test-w${i + 1}`),
      logFile: join(dir, 'temporal.log'),
    }),
  ]);
  const prebuilt = join(projectRoot(), 'dist', 'workflow-bundle.js');
  const bundle = existsSync(prebuilt) && process.env.TEST_REBUNDLE !== '1' ? prebuilt : await bundleWorkflows(join(dir, 'workflow-bundle.js'));

  process.env.TEST_PG_ADMIN_URL = postgres.url;
  process.env.TEST_PG_PORT = String(pgPort);
  process.env.TEST_TEMPORAL_ADDRESS = temporal.address;
  process.env.TEST_WORKFLOW_BUNDLE = bundle;
  process.env.TEST_DATA_DIR = dir;
  (globalThis as Record<string, unknown>).__hazardTestServices = { postgres, temporal, dir };
}
