import type { INestApplication, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  DEVELOPMENT_JWT_SECRET,
  type Logger,
  assertProductionAuthentication,
  createLogger,
  developmentTokens,
  projectRoot,
} from '@hazard/config';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { serveConsole } from './console/serve-console';
import type { GatewayConfig } from './config';

export const MAX_BODY_BYTES = '1mb';
export const MAX_IMPORT_BYTES = '10mb';

class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}
  log(message: unknown, context?: string) {
    this.pino.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.pino.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.pino.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.pino.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.pino.trace({ context }, String(message));
  }
}

/** Builds the gateway; `listen` is the caller's, so tests can pick a free port. */
export async function createGateway(config: GatewayConfig): Promise<INestApplication> {
  assertProductionAuthentication(config);
  const log = createLogger('gateway', config.LOG_LEVEL);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    logger: new PinoNestLogger(log),
    bodyParser: false,
  });
  app.useBodyParser('json', { limit: MAX_BODY_BYTES });
  // Imports send a workbook or CSV as the body of POST /reports/import.
  app.useBodyParser('raw', { limit: MAX_IMPORT_BYTES, type: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv', 'application/octet-stream'] });
  const production = config.NODE_ENV === 'production';
  // Production serves no landing page, so its CSP can be strict; local runs keep Apollo's sandbox page working.
  app.use(
    helmet({
      contentSecurityPolicy: production ? { directives: { defaultSrc: ["'self'"], frameAncestors: ["'none'"], objectSrc: ["'none'"] } } : false,
      crossOriginEmbedderPolicy: false,
      strictTransportSecurity: production,
    }),
  );
  const origins = (config.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  app.enableCors({ origin: origins.length ? origins : false, credentials: false, allowedHeaders: ['authorization', 'content-type', 'x-request-id', 'apollo-require-preflight'] });
  // The console's development sign-in: tokens only with the documented development secret, never in
  // production; otherwise an empty list (the sign-in page then offers the token field alone).
  const offerDevelopmentTokens = config.NODE_ENV !== 'production' && config.JWT_SECRET === DEVELOPMENT_JWT_SECRET;
  app.use('/dev/tokens', (_req: unknown, res: { json: (v: unknown) => void }) => {
    if (!offerDevelopmentTokens) return res.json([]);
    void developmentTokens(config.JWT_SECRET).then((people) => res.json(people));
  });
  if (config.CONSOLE_DIR !== 'none') {
    const dir = config.CONSOLE_DIR ?? join(projectRoot(), 'dist', 'console');
    if (!serveConsole(app, dir)) log.warn({ dir }, 'no built console to serve (npm run build writes it); the API runs without it');
  }
  app.enableShutdownHooks();
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  return app;
}
