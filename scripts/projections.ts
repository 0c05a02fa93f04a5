import { parseArgs } from 'node:util';
import { loadConfig, requireSetting } from '@hazard/config';
import { createDatabase } from '@hazard/event-store';
import { rebuildHazardProjection } from '@hazard/read-models';
import { progressBar } from './cli/progress';

const USAGE = 'usage: npm run projections -- rebuild    (rebuilds every read model from the events; DATABASE_URL)';

async function main(): Promise<number> {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals[0] !== 'rebuild') {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const db = createDatabase({ connectionString: requireSetting(config.DATABASE_URL, 'DATABASE_URL'), poolSize: 2, statementTimeoutMs: 600_000 });
  const bar = progressBar('hazards');
  try {
    const count = await rebuildHazardProjection(db, ({ done, total }) => bar.update(done, total));
    bar.stop();
    console.log(`rebuilt the hazards read model from the events: ${count} hazards`);
    return 0;
  } finally {
    bar.stop();
    await db.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(String(err?.message ?? err));
    process.exit(1);
  },
);
