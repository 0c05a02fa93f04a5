import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from '@hazard/config';
import { TokenVerifier } from './auth/token-verifier';
import { GraphQLExceptionFilter } from './common/graphql-exception.filter';
import { APP_CONFIG, type GatewayConfig } from './config';
import { CoreModule } from './core.module';
import { graphqlOptions } from './graphql.options';
import { AdministrationModule } from './administration/administration.module';
import { AuditModule } from './audit/audit.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { DutyDeskModule } from './duty-desk/duty-desk.module';
import { EnterprisesModule } from './enterprises/enterprises.module';
import { EventsModule } from './events/events.module';
import { GradingModule } from './grading/grading.module';
import { HazardsModule } from './hazards/hazards.module';
import { HealthController } from './health/health.controller';
import { IncidentsModule } from './incidents/incidents.module';
import { OversightModule } from './oversight/oversight.module';
import { ReportsModule } from './reports/reports.module';
import { SourcesModule } from './sources/sources.module';
import { LOGGER } from './infrastructure/logger.provider';
import { GqlThrottlerGuard, isMutation } from './security/gql-throttler.guard';
import { EnterpriseGuard } from './auth/enterprise.guard';
import { EvidenceModule } from './evidence/evidence.module';

@Module({})
export class AppModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(config),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [APP_CONFIG, TokenVerifier, LOGGER],
          useFactory: (cfg: GatewayConfig, verifier: TokenVerifier, log: Logger) => graphqlOptions(cfg, verifier, log),
        }),
        ThrottlerModule.forRoot({
          throttlers: [
            { name: 'requests', ttl: 60_000, limit: config.RATE_LIMIT_PER_MINUTE },
            { name: 'mutations', ttl: 60_000, limit: config.MUTATION_RATE_LIMIT_PER_MINUTE, skipIf: (context) => !isMutation(context) },
          ],
        }),
        EvidenceModule,
        HazardsModule,
        EventsModule,
        AdministrationModule,
        AuditModule,
        ReportsModule,
        SourcesModule,
        EnterprisesModule,
        OversightModule,
        CampaignsModule,
        GradingModule,
        IncidentsModule,
        DutyDeskModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
        { provide: APP_GUARD, useClass: GqlThrottlerGuard },
        { provide: APP_GUARD, useClass: EnterpriseGuard },
      ],
    };
  }
}
