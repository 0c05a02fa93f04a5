import { createLogger, loadConfig, requireSetting } from '../libs/config/src';
import { createDatabase, migrateToLatest } from '../libs/event-store/src';

/** Applies pending migrations to DATABASE_URL (production: run once per release, before the apps). */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger('migrate', config.LOG_LEVEL);
  const db = createDatabase({ connectionString: requireSetting(config.DATABASE_URL, 'DATABASE_URL'), poolSize: 1 });
  try {
    const applied = await migrateToLatest(db);
    log.info({ applied }, applied.length ? 'migrations applied' : 'schema up to date');
  } finally {
    await db.destroy();
  }
}

main().catch((err) => {
  createLogger('migrate').fatal({ err }, 'migration failed');
  process.exit(1);
});
