import { ApplicationFailure } from '@temporalio/activity';
import type { ClockFire, ClockedRecord, RecordActivities, RecordCommandRequest, RecordCommandResult } from '@hazard/contracts';
import {
  DomainError,
  type IncidentCommand,
  type PatrolCadence,
  type ResponsibleRole,
  SYSTEM_ACTOR,
  type SourceCommand,
  nextPatrolAlarm,
  patrolBasis,
  patrolOverdueReasons,
  pendingIncidentClocks,
} from '@hazard/domain';
import { type Aggregate, type Db, foldStream, handleCommand, readStream } from '@hazard/event-store';
import { INCIDENT, SOURCE, sourceStreamId } from '@hazard/read-models';
import { activeSubscriptionFilters, anySubscriptionWants, loadCalendar, loadPatrolCadence, majorEvents } from '@hazard/administration';
import { streamFacts } from './stream-facts';

const NOT_ARMED: ClockFire = { outcome: 'NOT_ARMED', eventIds: [], notify: false };

/**
 * The record workflow's activities (incidents and major hazard sources): the next clock, a clock
 * fired, a person's command, each through the command handler.
 */
export function recordActivities({ db }: { db: Db }): RecordActivities {
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
    const facts = await streamFacts(db, aggregate.streamId(id));
    const notify = facts ? anySubscriptionWants(await activeSubscriptionFilters(db), facts, handled.appended.map((e) => e.type)) : false;
    return { outcome: 'FIRED', eventIds: handled.appended.map((e) => e.eventId), notify };
  };
  const incidentState = async (incidentId: string) =>
    ((await db.selectFrom('incidents').select('state').where('id', '=', incidentId).executeTakeFirst())?.state) ?? null;

  return {
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
      const next = nextPatrolAlarm(row.state, Date.now(), cadence, holidays, events);
      return next ? { clock: next.role, at: new Date(next.at).toISOString() } : null;
    },

    /**
     * Fires one clock through the record's decider, with a command id derived from the clock: a retry
     * after a crash finds it recorded and writes nothing. A clock no longer armed (the report was filed,
     * the patrol made, the cadence changed) fires nothing.
     */
    async fireRecordClock({ kind, id, clock }: ClockedRecord & { clock: string }): Promise<ClockFire> {
      if (kind === 'incident') {
        return fireByHandler(INCIDENT, id, `timer:incident:${id}:${clock}`, { type: 'FireIncidentClock', data: { key: clock } });
      }
      const role = clock as ResponsibleRole;
      const rules = await patrolRules();
      const current = await readStream(db, sourceStreamId(id));
      const state = foldStream(SOURCE, current);
      if (!state) return NOT_ARMED;
      const reason = patrolOverdueReasons(state, Date.now(), rules.cadence, rules.holidays, rules.events)[role];
      if (!reason) return NOT_ARMED;
      const commandId = `timer:source:${id}:${role}@${patrolBasis(state, role)}`;
      return fireByHandler(SOURCE, id, commandId, { type: 'RaisePatrolAlarm', data: { role, reason } });
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
  };
}
