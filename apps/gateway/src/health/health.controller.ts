import { Controller, Get, HttpException, HttpStatus, Inject } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { sql } from 'kysely';
import type { Db } from '@hazard/event-store';
import { APP_CONFIG, type GatewayConfig } from '../config';
import { DATABASE } from '../infrastructure/database.provider';
import { TEMPORAL_CLIENT } from '../infrastructure/temporal.provider';

/** Probes for orchestrators: live = the process answers; ready = Postgres and Temporal answer too. */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DATABASE) private readonly db: Db,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
  ) {}

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready() {
    const checks = await Promise.allSettled([
      sql`select 1`.execute(this.db),
      this.temporal.withDeadline(Date.now() + 3_000, () =>
        this.temporal.workflowService.describeNamespace({ namespace: this.config.TEMPORAL_NAMESPACE }),
      ),
    ]);
    const [postgres, temporal] = checks.map((c) => (c.status === 'fulfilled' ? 'ok' : 'unavailable'));
    if (postgres !== 'ok' || temporal !== 'ok') {
      throw new HttpException({ status: 'unavailable', postgres, temporal }, HttpStatus.SERVICE_UNAVAILABLE);
    }
    return { status: 'ok', postgres, temporal };
  }
}
