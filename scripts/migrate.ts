import { createLogger, loadConfig, requireSetting } from '@hazard/config';
import { createDatabase, ensureLoginRole, migrateToLatest } from '@hazard/event-store';

/**
 * Applies pending migrations with the owner role (DATABASE_MIGRATION_URL, else DATABASE_URL), once per
 * release before the apps start; with APP_DATABASE_USER and APP_DATABASE_PASSWORD it also makes the
 * login role the apps use, a member of hazard_app.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger('migrate', config.LOG_LEVEL);
  const url = process.env.DATABASE_MIGRATION_URL ?? requireSetting(config.DATABASE_URL, 'DATABASE_URL');
  const db = createDatabase({ connectionString: url, poolSize: 1, statementTimeoutMs: 600_000 });
  try {
    const applied = await migrateToLatest(db);
    log.info({ applied }, applied.length ? 'migrations applied' : 'schema up to date');
    const { APP_DATABASE_USER: user, APP_DATABASE_PASSWORD: password } = process.env;
    if (user && password) {
      await ensureLoginRole(db, user, password);
      log.info({ user }, 'application login role ready (member of hazard_app)');
    }
  } finally {
    await db.destroy();
  }
}

main().catch((err) => {
  createLogger('migrate').fatal({ err }, 'migration failed');
  process.exit(1);
});
