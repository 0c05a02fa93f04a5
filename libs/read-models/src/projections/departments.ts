import { sql } from 'kysely';
import { type DepartmentEvent, type DepartmentState, evolveDepartment } from '@hazard/domain';
import { type Projector, type StoredEvent, toStoredEvent } from '@hazard/event-store';

export const DEPARTMENT_STREAM_TYPE = 'department';
export const departmentStreamId = (code: string): string => `department-${code}`;

const reasonOf = (event: StoredEvent): string | null => {
  const data = event.data as { reason?: unknown };
  return typeof data.reason === 'string' ? data.reason : null;
};

/**
 * The reporting units' projection (README, Reporting units), run in the append's transaction: a version row in
 * `department_versions` for each event (the unit after it, from when it holds, who recorded it), and the unit's
 * row in `departments` as it now stands. The stream is folded from its first event (a unit has a handful), read
 * in the same transaction, so the new events are in it.
 */
export const projectDepartmentEvents: Projector = async (trx, events) => {
  if (events.length === 0) return;
  const { streamId } = events[0];
  const fresh = new Set(events.map((e) => e.version));
  const rows = await trx.selectFrom('events').selectAll().where('stream_id', '=', streamId).where('version', '<=', events[events.length - 1].version).orderBy('version').execute();
  let state: DepartmentState | null = null;
  const versions = [];
  for (const row of rows) {
    const event = toStoredEvent(row);
    state = evolveDepartment(state, event as unknown as DepartmentEvent);
    if (!fresh.has(event.version)) continue;
    versions.push({
      code: state.code,
      version: event.version,
      change: event.type,
      name: state.name,
      sectors: sql<string[]>`${state.sectors}::text[]`,
      has_district_units: state.hasDistrictUnits,
      active: state.active,
      valid_from: event.metadata.occurredAt,
      recorded_at: event.metadata.recordedAt,
      recorded_by: event.metadata.actor.sub,
      recorded_by_name: event.metadata.actor.name,
      reason: reasonOf(event),
      event_id: event.eventId,
    });
  }
  if (!state) return;
  if (versions.length > 0) await trx.insertInto('department_versions').values(versions).onConflict((oc) => oc.columns(['code', 'version']).doNothing()).execute();
  const current = { name: state.name, sectors: sql<string[]>`${state.sectors}::text[]`, has_district_units: state.hasDistrictUnits, active: state.active, version: state.version };
  await trx
    .insertInto('departments')
    .values({ code: state.code, ...current, sort_order: sql<number>`(select coalesce(max(sort_order), 0) + 1 from departments)` })
    .onConflict((oc) =>
      oc
        .column('code')
        .doUpdateSet(current)
        .where('departments.version', '<', state.version),
    )
    .execute();
};
