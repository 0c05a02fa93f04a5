import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { wakeRecordClocks } from '../../../../libs/clocks/src';
import { APP_CONFIG, type GatewayConfig } from '../config';
import { TEMPORAL_CLIENT } from '../infrastructure/temporal.provider';
import {
  DomainError,
  type MajorEvent,
  type PatrolCadence,
  type SourceCommand,
  type SourceState,
  mayPerform,
  mayRead,
} from '../../../../libs/domain/src';
import {
  CURRENT_HAZARD_STANDARD,
  type Db,
  type StoredEvent,
  hazardousChemicals,
  loadCalendar,
  loadPatrolCadence,
  majorEvents,
  SOURCE,
} from '../../../../libs/event-store/src';
import type { Principal, RequestInfo } from '../auth/principal';
import { assertCreatesInScope, inScope } from '../auth/scope-filter';
import { DirectStreams, type StreamCommandOptions } from '../common/direct-stream';
import { DATABASE } from '../infrastructure/database.provider';

export type RegisterCommandOptions = StreamCommandOptions;

export interface PatrolContext {
  cadence: PatrolCadence;
  holidays: string[];
  events: MajorEvent[];
}

/**
 * The register of major hazard sources. Each source has one writer, its record workflow
 * (`source-clocks-<id>`), which runs people's commands and raises the patrol alarms one at a time;
 * DirectStreams checks and decides a command here and sends it there (docs/architecture.md).
 */
@Injectable()
export class RegisterService {
  private readonly streams: DirectStreams;

  private readonly log = new Logger('RegisterService');

  constructor(
    @Inject(DATABASE) private readonly db: Db,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
  ) {
    this.streams = new DirectStreams(db, { temporal, taskQueue: config.TEMPORAL_TASK_QUEUE, timeoutMs: config.COMMAND_TIMEOUT_MS });
  }

  /**
   * Starts the source's patrol-alarm workflow or tells it to look again. Failing here loses nothing
   * (the command is recorded); the next command or the worker's start-up sweep starts it.
   */
  async wakePatrolClocks(sourceIds: readonly string[]): Promise<void> {
    for (const id of sourceIds) {
      try {
        await wakeRecordClocks(this.temporal, this.config.TEMPORAL_TASK_QUEUE, { kind: 'source', id });
      } catch (err) {
        this.log.error({ msg: 'could not wake the patrol clocks', sourceId: id, err: (err as Error).message });
      }
    }
  }

  /** After a new patrol cadence: every source computes its next alarm again. */
  async wakeAllPatrolClocks(): Promise<void> {
    const rows = await this.db.selectFrom('major_hazard_sources').select('id').execute();
    await this.wakePatrolClocks(rows.map((r) => r.id));
  }

  async execute(principal: Principal, request: RequestInfo, sourceId: string, command: SourceCommand, options: RegisterCommandOptions): Promise<{ state: SourceState; events: StoredEvent[]; commandId: string }> {
    if (!principal.roles.some((r) => r !== 'AUDITOR')) throw new DomainError('FORBIDDEN', `your roles (${principal.roles.join(', ')}) do not allow ${command.type}`);
    const result = await this.streams.execute(SOURCE, {
      principal,
      request,
      id: sourceId,
      command,
      options,
      assertVisible: (state) => this.assertVisible(principal, state),
      resolve: (_state, c) => this.resolve(principal, c, sourceId),
    });
    return result;
  }

  /** One source as the caller may see it, now or as of a moment (by recorded or occurred time). */
  find(principal: Principal, id: string, asOf?: { at: string; basis: 'RECORDED' | 'OCCURRED' }): Promise<{ state: SourceState; events: StoredEvent[] } | null> {
    return this.streams.find(SOURCE, id, (state) => this.assertVisible(principal, state), asOf);
  }

  async list(principal: Principal, filter: { regionCode?: string | null; departmentCode?: string | null; isMajor?: boolean | null; level?: number | null }): Promise<SourceState[]> {
    let query = this.db.selectFrom('major_hazard_sources').select('state').orderBy('region_code').orderBy('name').limit(5_000);
    if (filter.regionCode) query = query.where('region_code', '=', filter.regionCode);
    if (filter.departmentCode) query = query.where('department_code', '=', filter.departmentCode);
    if (filter.isMajor !== undefined && filter.isMajor !== null) query = query.where('is_major', '=', filter.isMajor);
    if (filter.level) query = query.where('level', '=', filter.level);
    query = query.where(inScope(principal));
    return (await query.execute()).map((r) => r.state);
  }

  /** What decides whether a patrol is overdue now: the cadence in force and the official holidays around now. */
  async patrolContext(): Promise<PatrolContext> {
    const year = new Date().getUTCFullYear();
    const [cadence, calendar, events] = await Promise.all([loadPatrolCadence(this.db), loadCalendar(this.db, year, year + 1), majorEvents(this.db)]);
    return { cadence: cadence as PatrolCadence, holidays: calendar.holidays, events };
  }

  private async resolve(principal: Principal, command: SourceCommand, id: string): Promise<SourceCommand> {
    if (command.type === 'RegisterMajorHazardSource') {
      const { regionCode, departmentCode } = command.data;
      assertCreatesInScope(principal, regionCode, departmentCode);
      return { ...command, data: { ...command.data, sourceId: id } };
    }
    // The reference entries an assessment used travel inside its event: a later edition changes no snapshot.
    if (command.type === 'AssessMajorHazardSource') return { ...command, data: { ...command.data, standard: CURRENT_HAZARD_STANDARD, reference: await hazardousChemicals(this.db) } };
    return command;
  }

  private assertVisible(principal: Principal, state: SourceState): void {
    if (!mayRead(principal.roles, principal, state.regionCode, state.departmentCode)) {
      throw new DomainError('NOT_FOUND', `no major hazard source ${state.id} that you may see`);
    }
  }

}

export const mayReadPersonalData = (principal: Principal): boolean => mayPerform(principal.roles, 'readPersonalData');
