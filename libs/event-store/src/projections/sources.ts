import type { Transaction } from 'kysely';
import { type SourceEvent, type SourceState, evolveSource } from '../../../domain/src';
import type { StoredEvent } from '../append';
import type { Database } from '../schema';
import { upsertFolded } from './upsert-folded';

export const SOURCE_STREAM_TYPE = 'hazard-source';
export const sourceStreamId = (id: string): string => `source-${id}`;

/** The register's read model, written in the append transaction like the hazards'. */
export function projectSourceEvents(trx: Transaction<Database>, events: readonly StoredEvent[]): Promise<void> {
  return upsertFolded<SourceState>(trx, 'major_hazard_sources', events, (s, e) => evolveSource(s, e as unknown as SourceEvent), (state) => ({
    version: state.version,
    name: state.name,
    enterprise_name: state.enterpriseName,
    region_code: state.regionCode,
    department_code: state.departmentCode,
    is_major: state.assessment?.result.isMajor ?? null,
    level: state.assessment?.result.level ?? null,
    reassess_by: state.assessment?.reassessBy ?? null,
  }));
}
