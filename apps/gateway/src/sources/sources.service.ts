import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { wakeRecordClocks } from '@hazard/clocks';
import {
  type DiscoverySource,
  DomainError,
  type HazardOrigin,
  type HazardState,
  type MajorEvent,
  type PatrolCadence,
  type ResponsibleRole,
  type SiteVerification,
  type SourceCommand,
  type SourceState,
  mayRead,
  overduePatrols,
  validatePatrolCadence,
  mayRunCommand,
} from '@hazard/domain';
import type { Db, StoredEvent } from '@hazard/event-store';
import { type MajorHazardSourceQuery, SOURCE, listMajorHazardSources, majorHazardSourceIds } from '@hazard/read-models';
import { CURRENT_HAZARD_STANDARD, type SavedPatrolCadence, hazardousChemicals, loadCalendar, loadPatrolCadence, majorEvents, savePatrolCadence } from '@hazard/administration';
import { authorize } from '../auth/authorize';
import { EvidenceService } from '../evidence/evidence.service';
import type { Principal, RequestInfo } from '../auth/principal';
import { assertCreatesInScope, readScope } from '../auth/scope-filter';
import { DirectStreams, type StreamCommandOptions } from '../common/direct-stream';
import { commandIdOf } from '../common/register-event.mapper';
import { APP_CONFIG, type GatewayConfig } from '../config';
import { type Finding, FindingsService, findingDraft } from '../findings/findings.service';
import { DATABASE } from '../infrastructure/database.provider';
import { TEMPORAL_CLIENT } from '../infrastructure/temporal.provider';

interface PatrolContext {
  cadence: PatrolCadence;
  holidays: string[];
  events: MajorEvent[];
}

/** A source as the API shows it: its state, its events (when fetched alone), and what decides at `now` whether its patrols are overdue. */
export interface SourceView {
  state: SourceState;
  events: StoredEvent[] | null;
  patrol: PatrolContext;
  now: number;
}

type SourceFilter = Omit<MajorHazardSourceQuery, 'scope'> & { overduePatrol?: boolean | null; verifiedOnSite?: boolean | null };

/**
 * The register of major hazard sources. Each source has one writer, its record workflow
 * (`source-clocks-<id>`), which runs people's commands and raises the patrol alarms one at a time;
 * DirectStreams checks and decides a command here and sends it there (docs/architecture.md).
 */
@Injectable()
export class SourcesService {
  private readonly streams: DirectStreams;

  private readonly log = new Logger('SourcesService');

  constructor(
    @Inject(DATABASE) private readonly db: Db,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
    private readonly findings: FindingsService,
    private readonly evidence: EvidenceService,
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

  /** After a new patrol cadence or a new major event: every source computes its next alarm again. */
  async wakeAllPatrolClocks(): Promise<void> {
    await this.wakePatrolClocks(await majorHazardSourceIds(this.db));
  }

  async execute(principal: Principal, request: RequestInfo, sourceId: string, command: SourceCommand, options: StreamCommandOptions): Promise<SourceView> {
    const { state, events } = await this.write(principal, request, sourceId, command, options);
    return this.view(state, events);
  }

  /** Records a responsible person's patrol; its findings become hazards in the same step (the enterprise checking itself). */
  recordPatrol(principal: Principal, request: RequestInfo, sourceId: string, patrol: { role: ResponsibleRole; note: string }, findings: readonly Finding[], options: StreamCommandOptions) {
    const command: SourceCommand = { type: 'RecordPatrol', data: patrol };
    return this.withFindings(principal, request, sourceId, command, findings, options, { event: 'PatrolRecorded', kind: 'PATROL', how: 'ENTERPRISE_SELF_INSPECTION' });
  }

  /** Records a site verification by at least two verifiers; its findings become hazards in the same step (the department's inspection). */
  async verifyOnSite(principal: Principal, request: RequestInfo, sourceId: string, verification: SiteVerification, findings: readonly Finding[], options: StreamCommandOptions) {
    const command: SourceCommand = { type: 'VerifySourceOnSite', data: verification };
    // the photos cited are files the server received (README "Evidence files"); someone who may not verify is refused as such
    if (mayRunCommand(principal.roles, command.type)) await this.evidence.assertReceived(verification.evidenceHashes);
    return this.withFindings(principal, request, sourceId, command, findings, options, { event: 'SourceVerifiedOnSite', kind: 'SITE_VERIFICATION', how: 'DEPARTMENT_INSPECTION' });
  }

  /**
   * A command whose findings become hazards: the findings are checked before the command is written (a bad
   * one refuses both), then started with the command's key, referring to the event that recorded them.
   */
  private async withFindings(
    principal: Principal,
    request: RequestInfo,
    sourceId: string,
    command: SourceCommand,
    findings: readonly Finding[],
    options: StreamCommandOptions,
    as: { event: string; kind: HazardOrigin['kind']; how: DiscoverySource },
  ): Promise<{ source: SourceView; hazards: HazardState[] }> {
    const current = await this.find(principal, sourceId);
    // No such source: the command goes on to be refused as it would be without findings.
    if (!current) return { source: await this.execute(principal, request, sourceId, command, options), hazards: [] };
    const foundAt = options.occurredAt ?? new Date().toISOString();
    const drafts = findings.map((f) => findingDraft(f, this.findingFacts(current.state, foundAt, as.how)));
    this.findings.check(principal, drafts);
    const { state, events, commandId } = await this.write(principal, request, sourceId, command, options);
    const version = events.find((e) => e.type === as.event && commandIdOf(e) === commandId)?.version ?? state.version;
    const origin: HazardOrigin = { kind: as.kind, reference: `source-${sourceId}@${version}`, majorHazardSourceId: sourceId };
    const source = await this.view(state, events);
    return { source, hazards: await this.findings.start(principal, request, drafts, origin, options.idempotencyKey ?? commandId) };
  }

  private findingFacts(source: SourceState, foundAt: string, how: DiscoverySource) {
    return {
      sector: 'HAZARDOUS_CHEMICALS' as const,
      regionCode: source.regionCode,
      departmentCode: source.departmentCode,
      enterpriseName: source.enterpriseName,
      enterpriseCreditCode: source.enterpriseCreditCode,
      location: `${source.name}（${source.location}）`,
      // A patrol by the responsible persons (the enterprise's own people) is the enterprise checking itself;
      // a site verification is the department's.
      source: how,
      foundAt,
    };
  }

  /** One source as the caller may see it, now or as of a moment (by recorded or occurred time). */
  find(principal: Principal, id: string, asOf?: { at: string; basis: 'RECORDED' | 'OCCURRED' }): Promise<{ state: SourceState; events: StoredEvent[] } | null> {
    return this.streams.find(SOURCE, id, (state) => this.assertVisible(principal, state), asOf);
  }

  /** One source with its history, its patrols judged at `at` (or now). */
  async get(principal: Principal, id: string, asOf?: { at: string; basis: 'RECORDED' | 'OCCURRED' }): Promise<SourceView | null> {
    const found = await this.find(principal, id, asOf);
    return found ? this.view(found.state, found.events, asOf ? Date.parse(asOf.at) : Date.now()) : null;
  }

  /** The register inside the caller's regions × departments (auditors see all). */
  list(principal: Principal, filter: Omit<MajorHazardSourceQuery, 'scope'>): Promise<SourceState[]> {
    return listMajorHazardSources(this.db, { ...filter, scope: readScope(principal) });
  }

  /** The register as the API lists it: what the read model filters, then whether a patrol is overdue now and whether it was verified on site. */
  async register(principal: Principal, filter: SourceFilter): Promise<SourceView[]> {
    const now = Date.now();
    const [states, patrol] = await Promise.all([this.list(principal, filter), this.patrolContext()]);
    return states
      .filter((s) => filter.overduePatrol === undefined || filter.overduePatrol === null || this.hasOverduePatrol(s, patrol, now) === filter.overduePatrol)
      .filter((s) => filter.verifiedOnSite === undefined || filter.verifiedOnSite === null || Boolean(s.siteVerification) === filter.verifiedOnSite)
      .map((state) => ({ state, events: null, patrol, now }));
  }

  /** What decides whether a patrol is overdue now: the cadence in force and the official holidays around now. */
  async patrolContext(): Promise<PatrolContext> {
    const year = new Date().getUTCFullYear();
    const [cadence, calendar, events] = await Promise.all([loadPatrolCadence(this.db), loadCalendar(this.db, year, year + 1), majorEvents(this.db)]);
    return { cadence: cadence as PatrolCadence, holidays: calendar.holidays, events };
  }

  /** The patrol cadence in force, or a given version. */
  patrolCadence(principal: Principal, version: number | null): Promise<SavedPatrolCadence | null> {
    authorize(principal, 'readPolicies');
    return loadPatrolCadence(this.db, version);
  }

  /** Saves a new version of the patrol cadence (old versions stay); every source's next alarm follows it from now on. */
  async savePatrolCadence(principal: Principal, cadence: { source: string; rules: unknown[] }): Promise<SavedPatrolCadence> {
    authorize(principal, 'managePolicies');
    const checked = validatePatrolCadence(cadence);
    const saved = await savePatrolCadence(this.db, checked, principal.sub);
    await this.wakeAllPatrolClocks();
    return saved;
  }

  private async view(state: SourceState, events: StoredEvent[] | null, now = Date.now()): Promise<SourceView> {
    return { state, events, patrol: await this.patrolContext(), now };
  }

  private hasOverduePatrol(s: SourceState, patrol: PatrolContext, now: number): boolean {
    return overduePatrols(s, now, patrol.cadence, patrol.holidays, patrol.events).length > 0;
  }

  private write(principal: Principal, request: RequestInfo, sourceId: string, command: SourceCommand, options: StreamCommandOptions) {
    if (!principal.roles.some((r) => r !== 'AUDITOR')) throw new DomainError('FORBIDDEN', `your roles (${principal.roles.join(', ')}) do not allow ${command.type}`);
    return this.streams.execute(SOURCE, {
      principal,
      request,
      id: sourceId,
      command,
      options,
      assertVisible: (state) => this.assertVisible(principal, state),
      resolve: (_state, c) => this.resolve(principal, c, sourceId),
    });
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
