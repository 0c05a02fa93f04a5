import pino, { type Logger } from 'pino';

export type { Logger };

const REDACT = ['req.headers.authorization', '*.authorization', '*.password', '*.secret', '*.token', 'JWT_SECRET'];

/** Structured JSON logs on stdout; secrets are redacted wherever they appear by name. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ name: service, level, redact: { paths: REDACT, censor: '[redacted]' }, base: { service } });
}
