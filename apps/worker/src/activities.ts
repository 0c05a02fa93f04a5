import { createHmac, randomUUID } from 'node:crypto';
import { ApplicationFailure, Context } from '@temporalio/activity';
import { type SigningKey, createCheckpoint } from '../../../libs/audit/src';
import { type StoredReport, draftReport, markEscalated, reportScope, submitReport } from '../../../libs/reports/src';
import {
  type CommandMetadata,
  DomainError,
  type HazardEvent,
  type HazardState,
  type IncidentEvent,
  type IncidentState,
  SYSTEM_ACTOR,
  decideIncident,
  evolveIncident,
  hazardIdFromStreamId,
  nextPatrolAlarm,
  type PatrolCadence,
  patrolBasis,
  patrolOverdueReasons,
  pendingIncidentClocks,
  type ResponsibleRole,
  type SourceEvent,
  type SourceState,
  decideSource,
  evolveSource,
} from '../../../libs/domain/src';
import type { ClockedRecord } from '../../../workflows/definitions';
import {
  type Db,
  HAZARD_STREAM_TYPE,
  INCIDENT_STREAM_TYPE,
  VersionConflictError,
  appendToStream,
  findWebhookTarget,
  listDepartments,
  matchingSubscriptionIds,
  incidentStreamId,
  projectHazardEvents,
  projectIncidentEvents,
  readStream,
  SOURCE_STREAM_TYPE,
  type Projector,
  type StoredEvent,
  loadCalendar,
  loadPatrolCadence,
  majorEvents,
  projectSourceEvents,
  sourceStreamId,
  recordDeliveryAttempt,
  toStoredEvent,
} from '../../../libs/event-store/src';

export interface AppendHazardEventsInput {
  hazardId: string;
  expectedVersion: number;
  events: HazardEvent[];
}

export interface AppendHazardEventsResult {
  hashes: string[];
  duplicate: boolean;
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
  /** Decides a clock's events on the stream as it is and appends them; a refusal means the clock is no longer armed. */
  const appendByClock = async (
    streamId: string,
    streamType: string,
    project: Projector,
    commandId: string,
    decideOn: (events: StoredEvent[], meta: CommandMetadata) => { version: number; bodies: { type: string; data: unknown }[] } | null,
    now: string,
  ): Promise<ClockFire> => {
    const events = await readStream(db, streamId);
    let decided;
    try {
      decided = decideOn(events, { commandId, actor: SYSTEM_ACTOR, now });
    } catch (err) {
      if (err instanceof DomainError) return NOT_ARMED;
      throw err;
    }
    if (!decided) return NOT_ARMED;
    const { version, bodies } = decided;
    let appended;
    try {
      appended = await appendToStream(
        db,
        {
          streamId,
          streamType,
          expectedVersion: version,
          events: bodies.map((body, i) => ({ eventId: randomUUID(), streamId, version: version + i + 1, type: body.type, data: body.data, metadata: { commandId, occurredAt: now, recordedAt: now, actor: SYSTEM_ACTOR } })),
        },
        project,
      );
    } catch (err) {
      // A command landed meanwhile: retry the activity, which reads the stream again.
      if (err instanceof VersionConflictError) throw ApplicationFailure.create({ type: 'VERSION_CONFLICT', message: err.message });
      throw err;
    }
    // Alarms go out like a hazard's escalations: to every webhook subscription whose filter matches.
    const facts = await streamFacts(streamId);
    let notify = false;
    if (facts) for (const e of appended.events) if ((await matchingSubscriptionIds(db, facts, e.type)).length > 0) notify = true;
    return { outcome: 'FIRED', eventIds: appended.events.map((e) => e.eventId), notify };
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
      let result;
      try {
        result = await appendToStream(
          db,
          { streamId, streamType: HAZARD_STREAM_TYPE, expectedVersion: input.expectedVersion, events: input.events },
          projectHazardEvents,
        );
      } catch (err) {
        if (err instanceof VersionConflictError) {
          throw ApplicationFailure.create({ type: 'VERSION_CONFLICT', message: err.message, nonRetryable: true });
        }
        throw err;
      }
      afterAppend?.();
      const hazard = await hazardFacts(input.hazardId);
      let notify = false;
      if (hazard) {
        for (const event of input.events) {
          if ((await matchingSubscriptionIds(db, hazard, event.type)).length > 0) notify = true;
        }
      }
      return { hashes: result.events.map((e) => e.hash), duplicate: result.duplicate, notify };
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
      const now = new Date().toISOString();
      if (kind === 'incident') {
        return appendByClock(incidentStreamId(id), INCIDENT_STREAM_TYPE, projectIncidentEvents, `timer:incident:${id}:${clock}`, (events, meta) => {
          const state = events.reduce<IncidentState | null>((s, e) => evolveIncident(s, e as unknown as IncidentEvent), null);
          return state ? { version: state.version, bodies: decideIncident(state, { type: 'FireIncidentClock', data: { key: clock } }, meta) } : null;
        }, now);
      }
      const streamId = sourceStreamId(id);
      const stored = await readStream(db, streamId);
      const state = stored.reduce<SourceState | null>((s, e) => evolveSource(s, e as unknown as SourceEvent), null);
      if (!state) return NOT_ARMED;
      const role = clock as ResponsibleRole;
      const { cadence, holidays, events } = await patrolRules();
      const reason = patrolOverdueReasons(state, Date.parse(now), cadence, holidays, events)[role];
      if (!reason) return NOT_ARMED;
      return appendByClock(streamId, SOURCE_STREAM_TYPE, projectSourceEvents, `timer:source:${id}:${role}@${patrolBasis(state, role)}`, (evts, meta) => {
        const current = evts.reduce<SourceState | null>((s, e) => evolveSource(s, e as unknown as SourceEvent), null);
        return current ? { version: current.version, bodies: decideSource(current, { type: 'RaisePatrolAlarm', data: { role, reason } }, meta) } : null;
      }, now);
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
