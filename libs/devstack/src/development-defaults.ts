import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@hazard/config';

export const EMBEDDED_POSTGRES_DEFAULT_PORT = 54329;

export const dataDir = (): string => process.env.DATA_DIR ?? join(projectRoot(), '.data');

export const developmentKeyFile = (): string => join(dataDir(), 'keys', 'audit-ed25519.pem');

/** The embedded database `npm start` runs, for CLIs used beside it; undefined when there is none. */
export function developmentDatabaseUrl(): string | undefined {
  if (!existsSync(join(dataDir(), 'postgres', 'PG_VERSION'))) return undefined;
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? EMBEDDED_POSTGRES_DEFAULT_PORT);
  return `postgres://postgres:postgres@127.0.0.1:${port}/hazards`;
}

/** Settings for CLIs: the environment, else what `npm start` uses locally. */
export function withDevelopmentDefaults(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const keyFile = developmentKeyFile();
  const hasKey = env.AUDIT_SIGNING_KEY || env.AUDIT_SIGNING_KEY_FILE || env.AUDIT_PUBLIC_KEY || env.AUDIT_PUBLIC_KEY_FILE;
  return {
    ...env,
    DATABASE_URL: env.DATABASE_URL ?? developmentDatabaseUrl(),
    ...(!hasKey && existsSync(keyFile) ? { AUDIT_SIGNING_KEY_FILE: keyFile } : {}),
  };
}
