import { z } from 'zod';

export const DEVELOPMENT_JWT_SECRET = 'hazard-engine-development-secret-do-not-use-in-production';

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(fallback);

const milliseconds = (fallback: number) =>
  z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(100, 'must be at least 100 ms').default(fallback);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PORT: port(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: milliseconds(15_000),
  DATABASE_CONNECT_TIMEOUT_MS: milliseconds(5_000),
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[^\s:]+:\d+$/, 'must be host:port, e.g. localhost:7233')
    .optional(),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('hazards'),
  WORKFLOW_BUNDLE_PATH: z.string().optional(),
  COMMAND_TIMEOUT_MS: milliseconds(30_000),
  /** Workflows the worker keeps in memory; one woken out of the cache replays its (short) history first. */
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number({ error: 'must be a whole number' }).int().min(0).max(100_000).default(4_000),
  /** Concurrent workflow-task and activity-task polls of the worker. */
  WORKER_WORKFLOW_POLLERS: z.coerce.number({ error: 'must be a whole number' }).int().min(1).max(100).default(8),
  WORKER_ACTIVITY_POLLERS: z.coerce.number({ error: 'must be a whole number' }).int().min(1).max(100).default(4),
  /** Appends (local activities) and workflow tasks the worker runs at once. */
  WORKER_MAX_LOCAL_ACTIVITIES: z.coerce.number({ error: 'must be a whole number' }).int().min(1).max(1_000).default(64),
  WORKER_MAX_WORKFLOW_TASKS: z.coerce.number({ error: 'must be a whole number' }).int().min(2).max(1_000).default(64),
  /** Continue-as-new after this many commands in one workflow run (tests set it low). */
  HAZARD_MAX_UPDATES_PER_RUN: z.coerce.number().int().min(2).max(1900).optional(),
  /** New hazards append as a local activity (faster; not yet the default: the long fault run is not clean with it, docs/architecture.md). */
  HAZARD_LOCAL_APPEND: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false').transform((v) => v === 'true'),
  /** When the daily audit checkpoint is signed (Asia/Shanghai), HH:MM. */
  AUDIT_CHECKPOINT_AT: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour, Beijing time)')
    .default('01:00'),
  /** Ed25519 private key (PEM) that signs audit checkpoints; the worker needs it, the gateway must not. */
  AUDIT_SIGNING_KEY: z.string().optional(),
  AUDIT_SIGNING_KEY_FILE: z.string().optional(),
  /** The public key verifiers trust (PEM); defaults to the one derived from the signing key. */
  AUDIT_PUBLIC_KEY: z.string().optional(),
  AUDIT_PUBLIC_KEY_FILE: z.string().optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEVELOPMENT_JWT_SECRET),
  /** Production: tokens are RS256/ES256, verified against this JWKS (the identity provider's keys). */
  JWKS_URL: z.string().url('must be a URL').optional(),
  JWT_ISSUER: z.string().min(1).optional(),
  JWT_AUDIENCE: z.string().min(1).optional(),
  /** The built web console the gateway serves at `/` (default: dist/console of this checkout); `none` serves no console. */
  CONSOLE_DIR: z.string().optional(),
  /** Allowed browser origins for CORS, comma-separated; none by default (same origin only). */
  CORS_ORIGINS: z.string().optional(),
  /** Administrative inspections of one enterprise by one enforcement body per calendar year; unset: no cap. */
  INSPECTION_ANNUAL_CAP: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1').optional(),
  /** Where evidence files are kept (README "Evidence files"): `file`, a folder (EVIDENCE_DIR), or `s3`, an S3-compatible bucket. */
  EVIDENCE_STORE: z.enum(['file', 's3'], { error: 'must be file or s3' }).default('file'),
  /** The folder of the `file` store; default `.data/evidence` (under DATA_DIR when set). */
  EVIDENCE_DIR: z.string().optional(),
  /** The largest file accepted, in bytes (default 20 MiB). */
  EVIDENCE_MAX_BYTES: z.coerce.number({ error: 'must be a number of bytes' }).int().min(1_024, 'must be at least 1024 bytes').max(500 * 1024 * 1024, 'must be at most 500 MiB').default(20 * 1024 * 1024),
  /** The `s3` store: endpoint (MinIO, Ceph, a cloud's S3), bucket, region and keys (else the SDK's own chain: environment, profile, role). */
  S3_ENDPOINT: z.string().url('must be a URL').optional(),
  S3_BUCKET: z.string().min(3).max(63).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Path-style addressing (http://host/bucket/key), which MinIO and most self-hosted stores need. */
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false'], { error: 'must be true or false' }).default('true').transform((v) => v === 'true'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  MUTATION_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
});

export type AppConfig = z.infer<typeof schema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads the environment once; a bad variable stops the process with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/**
 * What production insists on: real token verification. Called by the gateway before it starts,
 * so a misconfigured deployment stops with a message instead of accepting forged tokens.
 */
export function assertProductionAuthentication(config: AppConfig): void {
  if (config.NODE_ENV !== 'production') return;
  const problems: string[] = [];
  if (!config.JWKS_URL) problems.push('JWKS_URL: production verifies RS256/ES256 tokens against the identity provider’s JWKS; set it');
  if (config.JWT_SECRET === DEVELOPMENT_JWT_SECRET && !config.JWKS_URL) problems.push('JWT_SECRET: production refuses the documented development secret');
  if (config.JWKS_URL && !config.JWT_ISSUER) problems.push('JWT_ISSUER: production checks the token issuer; set it');
  if (config.JWKS_URL && !config.JWT_AUDIENCE) problems.push('JWT_AUDIENCE: production checks the token audience; set it');
  if (problems.length) throw new ConfigError(`refusing to start in production:\n  ${problems.join('\n  ')}`);
}

export function requireSetting<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new ConfigError(`${name} is required here (set the environment variable ${name})`);
  return value;
}
