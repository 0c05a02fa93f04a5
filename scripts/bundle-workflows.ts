import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { projectRoot } from '@hazard/config';

/** Bundles the workflows once at build time, so workers start in a second instead of bundling each time. */
export async function bundleWorkflows(outFile = join(projectRoot(), 'dist', 'workflow-bundle.js')): Promise<string> {
  const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('@hazard/workflows'), logger: quietLogger });
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, code);
  return outFile;
}

const noop = () => undefined;
const quietLogger = { trace: noop, debug: noop, info: noop, warn: console.warn, error: console.error, log: noop };

if (require.main === module) {
  bundleWorkflows().then(
    (file) => console.log(`workflow bundle written to ${file}`),
    (err) => {
      console.error('workflow bundle failed:', err);
      process.exit(1);
    },
  );
}
