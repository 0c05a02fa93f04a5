import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { requireSetting } from '@hazard/config';
import { type Db, createDatabase } from '@hazard/event-store';
import { APP_CONFIG, type GatewayConfig } from '../config';

export const DATABASE = Symbol('DATABASE');

export const databaseProvider: Provider = {
  provide: DATABASE,
  inject: [APP_CONFIG],
  useFactory: (config: GatewayConfig): Db =>
    createDatabase({
      connectionString: requireSetting(config.DATABASE_URL, 'DATABASE_URL'),
      poolSize: config.DATABASE_POOL_SIZE,
      statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
      connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
      applicationName: 'hazard-gateway',
    }),
};

@Injectable()
export class DatabaseShutdown implements OnApplicationShutdown {
  constructor(@Inject(DATABASE) private readonly db: Db) {}

  async onApplicationShutdown(): Promise<void> {
    await this.db.destroy();
  }
}
