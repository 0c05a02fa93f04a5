import { createHmac } from 'node:crypto';
import { ApplicationFailure, Context } from '@temporalio/activity';
import { type SigningKey, createCheckpoint } from '../../../libs/audit/src';
import { type StoredReport, draftReport, markEscalated, reportScope, submitReport } from '../../../libs/reports/src';
import {
  DomainError,
  type HazardEvent,
  type HazardState,
  type IncidentCommand,
  type IncidentState,
  SYSTEM_ACTOR,
  hazardIdFromStreamId,
  nextPatrolAlarm,
  type PatrolCadence,
  patrolBasis,
  patrolOverdueReasons,
  pendingIncidentClocks,
  type ResponsibleRole,
  type SourceCommand,
  type SourceState,
} from '../../../libs/domain/src';
import type { ClockedRecord, RecordCommandRequest, RecordCommandResult } from '../../../workflows/definitions';
import {
  type Aggregate,
  type Db,
  HAZARD,
  HAZARD_STREAM_TYPE,
  INCIDENT,
  SOURCE,
  VersionConflictError,
  activeSubscriptionFilters,
  anySubscriptionWants,
  appendDecided,
  appendToStream,
  findWebhookTarget,
  foldStream,
  handleCommand,
  listDepartments,
  matchingSubscriptionIds,
  projectHazardEvents,
  readStream,
  type StoredEvent,
  loadCalendar,
  loadPatrolCadence,
  majorEvents,
  sourceStreamId,
  recordDeliveryAttempt,
  toStoredEvent,
} from '../../../libs/event-store/src';

export interface AppendHazardEventsInput {
  hazardId: string;
  expectedVersion: number;
  events: HazardEvent[];
  /** The stream head the workflow last saw: with it (and `state`) the append is one statement. */
  expectedHeadHash?: string;
  /** The state these events lead to, folded by the workflow: the read-model row is written from it. */
  state?: HazardState;
}

export interface AppendHazardEventsResult {
  hashes: string[];
  duplicate: boolean;
  /** When the command had been applied before (a re-run after a crash): the events as stored up to it, to fold instead. */
  stored?: HazardEvent[];
  /** Nothing written: the stream holds these events after the expected version (of other commands), to fold before deciding again. */
  behind?: HazardEvent[];
  /** Whether any webhook subscription wants these events. */
  notify: boolean;
}

export interface Delivery {
  subscriptionId: string;
  eventId: string;
}

export interface ActivityDependencies {
  db: Db;
  /** The audit signing key (from a file or the environment, never the database); null disables checkpoints. */
  signingKey?: SigningKey | null;
  /** Per-attempt limit of a webhook request. */
  webhookTimeoutMs?: number;
  /** Fault injection (tests only): runs after an append has committed, before the activity answers. */
  afterAppend?: () => void;
}

export interface ReportSummary {
  departmentCode: string;
  date: string;
  status: 'DRAFT' | 'SUBMITTED';
  contentHash: string;
  xlsxSha256: string;
  submittedAt: string | null;
  late: boolean;
}

const summary = (r: StoredReport): ReportSummary => ({
  departmentCode: r.departmentCode,
  date: r.date,
  status: r.status,
  contentHash: r.contentHash,
  xlsxSha256: r.xlsxSha256,
  submittedAt: r.submittedAt,
  late: r.late,
});

export const SIGNATURE_HEADER = 'x-hazard-signature';

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`: the receiver checks both the MAC and the age. */
export function signWebhook(secret: string, body: string, timestampSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex');
  return `t=${timestampSeconds},v1=${mac}`;
}

/** What firing a record's clock did: the events it recorded and whether any webhook subscription wants them. */
export interface ClockFire {
  outcome: 'FIRED' | 'NOT_ARMED';
  eventIds: string[];
  notify: boolean;
}
const NOT_ARMED: ClockFire = { outcome: 'NOT_ARMED', eventIds: [], notify: false };

/** Activities are built over injected dependencies: the worker wires real ones, tests others. */
export function createActivities({ db, webhookTimeoutMs = 10_000, signingKey = null, afterAppend }: ActivityDependencies) {
  const scopeOf = async (departmentCode: string) => {
    const scope = await reportScope(db, departmentCode);
    if (!scope) throw ApplicationFailure.create({ type: 'NOT_FOUND', message: `no department ${departmentCode}`, nonRetryable: true });
    return scope;
  };
  const patrolRules = async () => {
    const year = new Date().getUTCFullYear();
    const [cadence, calendar, events] = await Promise.all([loadPatrolCadence(db), loadCalendar(db, year, year + 1), majorEvents(db)]);
    return { cadence: cadence as PatrolCadence, holidays: calendar.holidays, events };
  };
  /**
   * Fires a clock of a record kept outside a hazard workflow through the command handler, like any
   * command: a refusal means the clock is no longer armed. The command id comes from the clock, so a
   * retry after a crash finds it recorded and writes nothing.
   */
  const fireByHandler = async <S extends { id: string; version: number }, C extends { type: string }>(
    aggregate: Aggregate<S, C>,
    id: string,
    commandId: string,
    command: C,
  ): Promise<ClockFire> => {
    let handled;
    try {
      handled = await handleCommand(db, aggregate, { id, command, meta: { commandId, actor: SYSTEM_ACTOR, now: new Date().toISOString() } });
    } catch (err) {
      if (err instanceof DomainError && err.code === 'VERSION_CONFLICT') {
        // A command landed meanwhile: retry the activity, which reads the stream again.
        throw ApplicationFailure.create({ type: 'VERSION_CONFLICT', message: err.message });
      }
      if (err instanceof DomainError) return NOT_ARMED;
      throw err;
    }
    if (handled.appended.length === 0) return NOT_ARMED;
    // Alarms go out like a hazard's escalations: to every webhook subscription whose filter matches.
    const facts = await streamFacts(aggregate.streamId(id));
    const notify = facts ? anySubscriptionWants(await activeSubscriptionFilters(db), facts, handled.appended.map((e) => e.type)) : false;
    return { outcome: 'FIRED', eventIds: handled.appended.map((e) => e.eventId), notify };
  };
  const incidentState = async (incidentId: string) =>
    ((await db.selectFrom('incidents').select('state').where('id', '=', incidentId).executeTakeFirst())?.state as IncidentState | undefined) ?? null;
  /**
   * What a webhook filter matches on, for any stream: a hazard's region, department, sector and level; an
   * incident's region, department, sector and incident level; a major hazard source's region and department
   * (sector hazardous chemicals, no level).
   */
  const streamFacts = async (streamId: string) => {
    if (streamId.startsWith('incident-')) {
      const row = await db.selectFrom('incidents').select(['region_code', 'department_code', 'sector', 'level']).where('stream_id', '=', streamId).executeTakeFirst();
      return row ? { regionCode: row.region_code, departmentCode: row.department_code, sector: row.sector, level: row.level } : undefined;
    }
    if (streamId.startsWith('source-')) {
      const row = await db.selectFrom('major_hazard_sources').select(['region_code', 'department_code']).where('stream_id', '=', streamId).executeTakeFirst();
      return row ? { regionCode: row.region_code, departmentCode: row.department_code, sector: 'HAZARDOUS_CHEMICALS', level: '' } : undefined;
    }
    return hazardFacts(hazardIdFromStreamId(streamId));
  };
  const hazardFacts = async (hazardId: string) =>
    (await db.selectFrom('hazards').select('state').where('id', '=', hazardId).executeTakeFirst())?.state as HazardState | undefined;

  return {
    async appendHazardEvents(input: AppendHazardEventsInput): Promise<AppendHazardEventsResult> {
      const streamId = input.events[0]?.streamId;
      const subscriptions = activeSubscriptionFilters(db);
      subscriptions.catch(() => undefined);
      const asEvents = (stored: StoredEvent[]) => stored.map(({ prevHash: _p, hash: _h, globalPosition: _g, ...event }) => event as unknown as HazardEvent);
      let result;
      try {
        result = input.state
          ? await appendDecided(db, HAZARD, { streamId, expectedVersion: input.expectedVersion, expectedHeadHash: input.expectedHeadHash, events: input.events, state: input.state })
          : // A workflow run from before the one-statement append sends no state: fold into the stored row.
            await appendToStream(db, { streamId, streamType: HAZARD_STREAM_TYPE, expectedVersion: input.expectedVersion, events: input.events }, projectHazardEvents);
      } catch (err) {
        if (err instanceof VersionConflictError && err.newer.length > 0) {
          // The workflow is behind its stream (a task lost in a crash had appended): it folds these and decides again.
          return { hashes: err.newer.map((e) => e.hash), duplicate: false, notify: false, behind: asEvents(err.newer) };
        }
        if (err instanceof VersionConflictError) {
          throw ApplicationFailure.create({ type: 'VERSION_CONFLICT', message: err.message, nonRetryable: true });
        }
        throw err;
      }
      afterAppend?.();
      const facts = input.state ?? (await hazardFacts(input.hazardId));
      const notify = facts ? anySubscriptionWants(await subscriptions, facts, input.events.map((e) => e.type)) : false;
      const stored = input.state && result.duplicate ? { stored: asEvents(result.events) } : {};
      return { hashes: result.events.map((e) => e.hash), duplicate: result.duplicate, notify, ...stored };
    },

    async createAuditCheckpoint(): Promise<{ id: string; createdAt: string; streamCount: number; root: string }> {
      if (!signingKey) {
        throw ApplicationFailure.create({
          type: 'NO_SIGNING_KEY',
          message: 'no audit signing key: set AUDIT_SIGNING_KEY_FILE (or AUDIT_SIGNING_KEY) for the worker',
          nonRetryable: true,
        });
      }
      const { id, createdAt, streamCount, root } = await createCheckpoint(db, signingKey);
      return { id, createdAt, streamCount, root };
    },

    /** The record's next unfired clock; null when nothing is left to fire (closed, every report filed, nobody to patrol). */
    async nextRecordClock(record: ClockedRecord): Promise<{ clock: string; at: string } | null> {
      if (record.kind === 'incident') {
        const state = await incidentState(record.id);
        const next = state ? pendingIncidentClocks(state)[0] : undefined;
        return next ? { clock: next.clock, at: next.at } : null;
      }
      const row = await db.selectFrom('major_hazard_sources').select('state').where('id', '=', record.id).executeTakeFirst();
      if (!row) return null;
      const { cadence, holidays, events } = await patrolRules();
      const next = nextPatrolAlarm(row.state as SourceState, Date.now(), cadence, holidays, events);
      return next ? { clock: next.role, at: new Date(next.at).toISOString() } : null;
    },

    /**
     * Fires one clock through the record's decider, with a command id derived from the clock: a retry
     * after a crash finds it recorded and writes nothing. A clock no longer armed (the report was filed,
     * the patrol made, the cadence changed) fires nothing.
     */
    async fireRecordClock({ kind, id, clock }: ClockedRecord & { clock: string }): Promise<ClockFire> {
      if (kind === 'incident') {
        return fireByHandler(INCIDENT, id, `timer:incident:${id}:${clock}`, { type: 'FireIncidentClock', data: { key: clock } } as IncidentCommand);
      }
      const role = clock as ResponsibleRole;
      const rules = await patrolRules();
      const current = await readStream(db, sourceStreamId(id));
      const state = foldStream(SOURCE, current);
      if (!state) return NOT_ARMED;
      const reason = patrolOverdueReasons(state, Date.now(), rules.cadence, rules.holidays, rules.events)[role];
      if (!reason) return NOT_ARMED;
      const commandId = `timer:source:${id}:${role}@${patrolBasis(state, role)}`;
      return fireByHandler(SOURCE, id, commandId, { type: 'RaisePatrolAlarm', data: { role, reason } } as SourceCommand);
    },

    /**
     * A person's command on an incident or a major hazard source, run by the record's workflow (its single
     * writer) through the command handler. The gateway checked scope and dry-ran the decider; a refusal
     * here (the record changed in between) fails the update with the domain code and writes nothing.
     */
    async handleRecordCommand({ kind, id, command, meta }: ClockedRecord & RecordCommandRequest): Promise<RecordCommandResult> {
      try {
        const handled =
          kind === 'incident'
            ? await handleCommand(db, INCIDENT, { id, command: command as IncidentCommand, meta })
            : await handleCommand(db, SOURCE, { id, command: command as SourceCommand, meta });
        return { version: handled.state.version, duplicate: handled.duplicate };
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        // Only a clock of an older run can still race this writer: read the stream again.
        if (err.code === 'VERSION_CONFLICT') throw ApplicationFailure.create({ type: 'VERSION_CONFLICT', message: err.message });
        throw ApplicationFailure.create({ type: err.code, message: err.message, details: err.field ? [{ field: err.field }] : [], nonRetryable: true });
      }
    },

    /** Answers at once: proves that a worker polls and Postgres answers (the fault harness's probe). */
    async probe(): Promise<string> {
      await db.selectFrom('streams').select('stream_id').limit(1).execute();
      return 'ok';
    },

    async listReportingDepartments(): Promise<string[]> {
      return (await listDepartments(db)).map((d) => d.code);
    },

    async draftDailyReport({ departmentCode, date }: { departmentCode: string; date: string }): Promise<ReportSummary> {
      return summary(await draftReport(db, await scopeOf(departmentCode), date));
    },

    async submitDailyReport(input: { departmentCode: string; date: string; by: { sub: string; name: string }; dueAt: string }): Promise<ReportSummary> {
      return summary(await submitReport(db, await scopeOf(input.departmentCode), input.date, input.by, new Date(), new Date(input.dueAt)));
    },

    async escalateMissingReport({ departmentCode, date }: { departmentCode: string; date: string }): Promise<void> {
      await markEscalated(db, departmentCode, date, new Date());
      Context.current().log.warn('daily report not submitted by its deadline: escalated to the committee office', { departmentCode, date });
    },

    async planDeliveries({ eventIds }: { eventIds: string[] }): Promise<Delivery[]> {
      const rows = await db.selectFrom('events').select(['event_id', 'stream_id', 'type']).where('event_id', 'in', eventIds).execute();
      const deliveries: Delivery[] = [];
      for (const row of rows) {
        const hazard = await streamFacts(row.stream_id);
        if (!hazard) continue;
        for (const subscriptionId of await matchingSubscriptionIds(db, hazard, row.type)) {
          deliveries.push({ subscriptionId, eventId: row.event_id });
        }
      }
      return deliveries;
    },

    async deliverWebhook({ subscriptionId, eventId }: Delivery): Promise<{ status: number }> {
      const attempt = Context.current().info.attempt;
      const target = await findWebhookTarget(db, subscriptionId);
      if (!target || !target.active) return { status: 0 };
      const row = await db.selectFrom('events').selectAll().where('event_id', '=', eventId).executeTakeFirstOrThrow();
      const event = toStoredEvent(row);
      const body = JSON.stringify({
        deliveryId: `${subscriptionId}:${eventId}`,
        eventId,
        hazardId: event.streamId.startsWith('hazard-') ? hazardIdFromStreamId(event.streamId) : null,
        streamId: event.streamId,
        version: event.version,
        type: event.type,
        data: event.data,
        metadata: event.metadata,
        prevHash: event.prevHash,
        hash: event.hash,
      });
      const started = Date.now();
      let status: number | null = null;
      let error: string | null = null;
      try {
        const res = await fetch(target.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [SIGNATURE_HEADER]: signWebhook(target.secret, body, Math.floor(Date.now() / 1000)),
            'x-hazard-event-id': eventId,
            'x-hazard-delivery-attempt': String(attempt),
          },
          body,
          signal: AbortSignal.timeout(webhookTimeoutMs),
          redirect: 'manual',
        });
        status = res.status;
        await res.arrayBuffer().catch(() => undefined);
        if (res.status < 200 || res.status >= 300) error = `receiver answered ${res.status}`;
      } catch (err) {
        error = (err as Error).name === 'TimeoutError' ? `no answer within ${webhookTimeoutMs} ms` : String((err as Error).message ?? err);
      }
      await recordDeliveryAttempt(db, {
        subscriptionId,
        eventId,
        attempt,
        statusCode: status,
        error,
        succeeded: error === null,
        durationMs: Date.now() - started,
      });
      if (error !== null) throw ApplicationFailure.create({ type: 'WEBHOOK_DELIVERY_FAILED', message: error });
      return { status: status as number };
    },
  };
}

export type HazardActivities = ReturnType<typeof createActivities>;
