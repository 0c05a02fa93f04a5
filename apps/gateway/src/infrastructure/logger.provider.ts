import type { Provider } from '@nestjs/common';
import { createLogger } from '@hazard/config';
import { APP_CONFIG, type GatewayConfig } from '../config';

export const LOGGER = Symbol('LOGGER');

export const loggerProvider: Provider = {
  provide: LOGGER,
  inject: [APP_CONFIG],
  useFactory: (config: GatewayConfig) => createLogger('gateway', config.LOG_LEVEL),
};
