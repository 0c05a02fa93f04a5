import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TokenVerifier } from './auth/token-verifier';
import { AUDIT_PUBLIC_KEY, auditPublicKeyProvider } from './infrastructure/audit-key.provider';
import { APP_CONFIG, type GatewayConfig } from './config';
import { DATABASE, DatabaseShutdown, databaseProvider } from './infrastructure/database.provider';
import { LOGGER, loggerProvider } from './infrastructure/logger.provider';
import { TEMPORAL_CLIENT, TemporalShutdown, temporalClientProvider } from './infrastructure/temporal.provider';
import { ReferenceDataService } from './reference/reference-data.service';

/** Configuration and the clients of the outside world, shared by every feature module. */
@Global()
@Module({})
export class CoreModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        loggerProvider,
        databaseProvider,
        temporalClientProvider,
        DatabaseShutdown,
        TemporalShutdown,
        TokenVerifier,
        ReferenceDataService,
        auditPublicKeyProvider,
      ],
      exports: [APP_CONFIG, LOGGER, DATABASE, TEMPORAL_CLIENT, TokenVerifier, ReferenceDataService, AUDIT_PUBLIC_KEY],
    };
  }
}
