import type { Transaction } from 'kysely';
import { type SourceEvent, type SourceState, evolveSource } from '../../../domain/src';
import type { StoredEvent } from '../append';
import type { Database } from '../schema';

export const SOURCE_STREAM_TYPE = 'hazard-source';
export const sourceStreamId = (id: string): string => `source-${id}`;

/** The register's read model, written in the append transaction like the hazards'. */
export async function projectSourceEvents(trx: Transaction<Database>, events: readonly StoredEvent[]): Promise<void> {
  if (events.length === 0) return;
  const streamId = events[0].streamId;
  const row = await trx.selectFrom('major_hazard_sources').select('state').where('stream_id', '=', streamId).forUpdate().executeTakeFirst();
  let state = (row?.state as SourceState | undefined) ?? null;
  for (const event of events) if (!state || event.version > state.version) state = evolveSource(state, event as unknown as SourceEvent);
  if (!state) return;
  const values = {
    id: state.id,
    stream_id: streamId,
    version: state.version,
    name: state.name,
    enterprise_name: state.enterpriseName,
    region_code: state.regionCode,
    department_code: state.departmentCode,
    is_major: state.assessment?.result.isMajor ?? null,
    level: state.assessment?.result.level ?? null,
    reassess_by: state.assessment?.reassessBy ?? null,
    state: JSON.stringify(state),
  };
  await trx.insertInto('major_hazard_sources').values(values).onConflict((oc) => oc.column('id').doUpdateSet(values)).execute();
}
