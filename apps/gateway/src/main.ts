import 'reflect-metadata';
import { createLogger, loadConfig } from '@hazard/config';
import { createGateway } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger('gateway', config.LOG_LEVEL);
  const app = await createGateway(config);
  await app.listen(config.PORT, '0.0.0.0');
  log.info({ url: `http://localhost:${config.PORT}/graphql`, pid: process.pid }, 'gateway listening');
}

main().catch((err) => {
  createLogger('gateway').fatal({ err }, 'gateway failed to start');
  process.exit(1);
});
