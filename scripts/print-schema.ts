import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGateway } from '@hazard/gateway/bootstrap';
import { servedSchemaSdl } from '@hazard/gateway/schema-sdl';
import { loadConfig, projectRoot } from '@hazard/config';

/** Writes schema.gql from the gateway's code-first definitions; connects to nothing. */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://unused@127.0.0.1:1/unused' });
  const app = await createGateway(config);
  await app.init();
  const file = join(projectRoot(), 'schema.gql');
  writeFileSync(file, servedSchemaSdl(app));
  await app.close();
  console.log(`schema written to ${file}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
