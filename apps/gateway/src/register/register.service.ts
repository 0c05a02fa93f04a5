import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  type CommandMetadata,
  DomainError,
  type SourceCommand,
  type SourceEvent,
  type SourceState,
  decideSource,
  evolveSource,
  mayPerform,
  mayRead,
  requiredText,
  scopeCovers,
  validateMetadata,
} from '../../../../libs/domain/src';
import {
  CURRENT_HAZARD_STANDARD,
  type Db,
  type NewEvent,
  SOURCE_STREAM_TYPE,
  type StoredEvent,
  VersionConflictError,
  appendToStream,
  hazardousChemicals,
  projectSourceEvents,
  readStream,
  readStreamRows,
  sourceStreamId,
  streamHasCommand,
  toStoredEvent,
} from '../../../../libs/event-store/src';
import { type Principal, type RequestInfo, actorOf } from '../auth/principal';
import { DATABASE } from '../infrastructure/database.provider';

/** What a register command needs besides its data (the same options hazard commands take). */
export interface RegisterCommandOptions {
  idempotencyKey?: string | null;
  expectedVersion?: number | null;
  occurredAt?: string | null;
}

/**
 * The register of major hazard sources. It has no clocks of its own (patrol overdue is computed
 * from the state at read time), so its commands append straight to the event store: the same
 * hash chain, expected-version concurrency, idempotency by command id and a read model written
 * in the append transaction, without a workflow.
 */
@Injectable()
export class RegisterService {
  constructor(@Inject(DATABASE) private readonly db: Db) {}

  async execute(principal: Principal, request: RequestInfo, sourceId: string, command: SourceCommand, options: RegisterCommandOptions): Promise<SourceState> {
    if (!principal.roles.some((r) => r !== 'AUDITOR')) throw new DomainError('FORBIDDEN', `your roles (${principal.roles.join(', ')}) do not allow ${command.type}`);
    const id = requiredText('id', sourceId, { max: 64 });
    const streamId = sourceStreamId(id);
    const key = options.idempotencyKey === undefined || options.idempotencyKey === null ? null : requiredText('idempotencyKey', options.idempotencyKey, { max: 128 });
    const meta = this.metadata(principal, request, key, options);

    const events = await readStream(this.db, streamId);
    const state = fold(events);
    if (state) this.assertVisible(principal, state);
    else if (command.type !== 'RegisterMajorHazardSource') throw new DomainError('NOT_FOUND', `no major hazard source ${id} that you may see`);
    // A retried command (same key) answers with the current state and writes nothing.
    if (key && state && (await streamHasCommand(this.db, streamId, meta.commandId))) return state;

    const resolved = await this.resolve(principal, command, id);
    const bodies = decideSource(state, resolved, meta);
    const expectedVersion = state?.version ?? 0;
    const newEvents: NewEvent[] = bodies.map((body, i) => ({
      eventId: randomUUID(),
      streamId,
      version: expectedVersion + i + 1,
      type: body.type,
      data: body.data,
      metadata: {
        commandId: meta.commandId,
        occurredAt: meta.occurredAt ?? meta.now,
        recordedAt: meta.now,
        actor: meta.actor,
        requestId: meta.requestId,
        ...(meta.clientAddress ? { clientAddress: meta.clientAddress } : {}),
        ...(meta.userAgent ? { userAgent: meta.userAgent } : {}),
      } as NewEvent['metadata'],
    }));
    try {
      const { events: stored } = await appendToStream(this.db, { streamId, streamType: SOURCE_STREAM_TYPE, expectedVersion, events: newEvents }, projectSourceEvents);
      return fold([...events, ...stored]) as SourceState;
    } catch (err) {
      if (err instanceof VersionConflictError) {
        if (key && (await streamHasCommand(this.db, streamId, meta.commandId))) return fold(await readStream(this.db, streamId)) as SourceState;
        throw new DomainError('VERSION_CONFLICT', 'the major hazard source changed meanwhile; reload it and try again');
      }
      if ((err as { code?: string }).code === '23505' && command.type === 'RegisterMajorHazardSource') {
        throw new DomainError('INVALID_TRANSITION', `major hazard source ${id} is already registered`);
      }
      throw err;
    }
  }

  /** One source as the caller may see it, now or as of a moment (by recorded or occurred time). */
  async find(principal: Principal, id: string, asOf?: { at: string; basis: 'RECORDED' | 'OCCURRED' }): Promise<{ state: SourceState; events: StoredEvent[] } | null> {
    const streamId = sourceStreamId(id);
    const rows = await readStreamRows(this.db, streamId, asOf ? (asOf.basis === 'OCCURRED' ? { occurredUntil: new Date(asOf.at) } : { recordedUntil: new Date(asOf.at) }) : {});
    const events = rows.map(toStoredEvent);
    // By occurred time, a source not yet registered then did not exist, whatever else was back-dated.
    const state = events[0]?.type === 'MajorHazardSourceRegistered' ? fold(events) : null;
    if (!state) {
      if (asOf) {
        // Existence is only revealed inside the caller's scope: check the current state.
        const now = fold(await readStream(this.db, streamId));
        if (now) this.assertVisible(principal, now);
      }
      return null;
    }
    this.assertVisible(principal, state);
    return { state, events };
  }

  async list(principal: Principal, filter: { regionCode?: string | null; departmentCode?: string | null; isMajor?: boolean | null; level?: number | null }): Promise<SourceState[]> {
    let query = this.db.selectFrom('major_hazard_sources').select('state').orderBy('region_code').orderBy('name').limit(5_000);
    if (filter.regionCode) query = query.where('region_code', '=', filter.regionCode);
    if (filter.departmentCode) query = query.where('department_code', '=', filter.departmentCode);
    if (filter.isMajor !== undefined && filter.isMajor !== null) query = query.where('is_major', '=', filter.isMajor);
    if (filter.level) query = query.where('level', '=', filter.level);
    if (!principal.roles.includes('AUDITOR')) {
      if (!principal.regions.includes('*')) query = query.where('region_code', 'in', principal.regions.length ? [...principal.regions] : ['-']);
      if (!principal.departments.includes('*')) query = query.where('department_code', 'in', principal.departments.length ? [...principal.departments] : ['-']);
    }
    return (await query.execute()).map((r) => r.state as SourceState);
  }

  private async resolve(principal: Principal, command: SourceCommand, id: string): Promise<SourceCommand> {
    if (command.type === 'RegisterMajorHazardSource') {
      const { regionCode, departmentCode } = command.data;
      if (typeof regionCode === 'string' && typeof departmentCode === 'string' && !scopeCovers(principal, regionCode, departmentCode)) {
        throw new DomainError('FORBIDDEN', `region ${regionCode} × department ${departmentCode} is outside your scope`);
      }
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

  private metadata(principal: Principal, request: RequestInfo, key: string | null, options: RegisterCommandOptions): CommandMetadata {
    const meta: CommandMetadata = {
      commandId: key ? `${principal.sub}:${key}` : randomUUID(),
      actor: actorOf(principal),
      now: new Date().toISOString(),
      requestId: request.requestId,
      ...(request.clientAddress ? { clientAddress: request.clientAddress } : {}),
      ...(request.userAgent ? { userAgent: request.userAgent.slice(0, 300) } : {}),
      ...(options.occurredAt ? { occurredAt: options.occurredAt } : {}),
      ...(options.expectedVersion !== undefined && options.expectedVersion !== null ? { expectedVersion: options.expectedVersion } : {}),
    };
    validateMetadata(meta);
    return meta;
  }
}

export const fold = (events: readonly StoredEvent[]): SourceState | null =>
  events.reduce<SourceState | null>((state, event) => evolveSource(state, event as unknown as SourceEvent), null);

export const mayReadPersonalData = (principal: Principal): boolean => mayPerform(principal.roles, 'readPersonalData');
