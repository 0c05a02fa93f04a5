import type { INestApplication, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, DEVELOPMENT_JWT_SECRET, type Logger, createLogger } from '../../../libs/config/src';
import { AppModule } from './app.module';
import type { GatewayConfig } from './config';

export const MAX_BODY_BYTES = '1mb';

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
  if (config.NODE_ENV === 'production' && config.JWT_SECRET === DEVELOPMENT_JWT_SECRET) {
    throw new ConfigError('JWT_SECRET: production refuses the documented development secret; set a secret of at least 32 characters');
  }
  const log = createLogger('gateway', config.LOG_LEVEL);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    logger: new PinoNestLogger(log),
    bodyParser: false,
  });
  app.useBodyParser('json', { limit: MAX_BODY_BYTES });
  app.enableShutdownHooks();
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  return app;
}
