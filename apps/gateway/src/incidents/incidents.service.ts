import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { DomainError, type IncidentCommand, type IncidentState, mayRead, validateIncidentRules } from '@hazard/domain';
import type { Db, StoredEvent } from '@hazard/event-store';
import { INCIDENT, type IncidentQuery, listIncidents } from '@hazard/read-models';
import { type SavedIncidentRules, loadIncidentRules, saveIncidentRules } from '@hazard/administration';
import { authorize } from '../auth/authorize';
import type { Principal, RequestInfo } from '../auth/principal';
import { assertCreatesInScope, readScope } from '../auth/scope-filter';
import { DirectStreams, type StreamCommandOptions } from '../common/direct-stream';
import { APP_CONFIG, type GatewayConfig } from '../config';
import { DATABASE } from '../infrastructure/database.provider';
import { TEMPORAL_CLIENT } from '../infrastructure/temporal.provider';

/**
 * The duty desk's incidents. Each incident has one writer, its record workflow (`incident-clocks-<id>`),
 * which runs people's commands and fires the reporting clocks one at a time; DirectStreams checks and
 * decides a command here and sends it there (docs/architecture.md).
 */
@Injectable()
export class IncidentsService {
  private readonly streams: DirectStreams;

  constructor(
    @Inject(DATABASE) private readonly db: Db,
    @Inject(TEMPORAL_CLIENT) temporal: Client,
    @Inject(APP_CONFIG) config: GatewayConfig,
  ) {
    this.streams = new DirectStreams(db, { temporal, taskQueue: config.TEMPORAL_TASK_QUEUE, timeoutMs: config.COMMAND_TIMEOUT_MS });
  }

  async execute(principal: Principal, request: RequestInfo, id: string, command: IncidentCommand, options: StreamCommandOptions) {
    if (command.type === 'FireIncidentClock') throw new DomainError('FORBIDDEN', 'clocks fire by themselves');
    const result = await this.streams.execute(INCIDENT, {
      principal,
      request,
      id,
      command,
      options,
      assertVisible: (state) => this.assertVisible(principal, state),
      resolve: async (_state, c) => {
        if (c.type !== 'RecordIncident') return c;
        const { regionCode, departmentCode } = c.data;
        assertCreatesInScope(principal, regionCode, departmentCode);
        // The rules in force are recorded in the incident's first event: a later version changes no running clock.
        const { savedAt: _at, savedBy: _by, ...rules } = (await loadIncidentRules(this.db)) as NonNullable<Awaited<ReturnType<typeof loadIncidentRules>>>;
        return { ...c, data: { ...c.data, incidentId: id, rules } };
      },
    });
    return result;
  }

  find(principal: Principal, id: string, asOf?: { at: string; basis: 'RECORDED' | 'OCCURRED' }): Promise<{ state: IncidentState; events: StoredEvent[] } | null> {
    return this.streams.find(INCIDENT, id, (state) => this.assertVisible(principal, state), asOf);
  }

  /** Incidents inside the caller's regions × departments, newest first. */
  list(principal: Principal, filter: Omit<IncidentQuery, 'scope'>): Promise<IncidentState[]> {
    return listIncidents(this.db, { ...filter, scope: readScope(principal) });
  }

  /** The incident reporting rules in force, or a given version. */
  rules(principal: Principal, version: number | null): Promise<SavedIncidentRules | null> {
    authorize(principal, 'readPolicies');
    return loadIncidentRules(this.db, version);
  }

  /** Saves a new version of the incident reporting rules; incidents recorded from now on use it (running clocks keep theirs). */
  async saveRules(principal: Principal, rules: Record<string, unknown>): Promise<SavedIncidentRules> {
    authorize(principal, 'managePolicies');
    return saveIncidentRules(this.db, validateIncidentRules(rules), principal.sub);
  }

  private assertVisible(principal: Principal, state: IncidentState): void {
    if (!mayRead(principal.roles, principal, state.regionCode, state.departmentCode)) throw new DomainError('NOT_FOUND', `no incident ${state.id} that you may see`);
  }
}
