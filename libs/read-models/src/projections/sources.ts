import { type SourceEvent, type SourceState, evolveSource } from '@hazard/domain';
import { foldedReadModel, foldIntoReadModel, type Projector } from '@hazard/event-store';

export const SOURCE_STREAM_TYPE = 'hazard-source';
export const sourceStreamId = (id: string): string => `source-${id}`;

/** The register's read model, written in the append transaction like the hazards'. */
export const SOURCE_READ_MODEL = foldedReadModel<SourceState>('major_hazard_sources', (state) => ({
    version: state.version,
    name: state.name,
    enterprise_name: state.enterpriseName,
    region_code: state.regionCode,
    department_code: state.departmentCode,
    is_major: state.assessment?.result.isMajor ?? null,
    level: state.assessment?.result.level ?? null,
    reassess_by: state.assessment?.reassessBy ?? null,
  }));

export const projectSourceEvents: Projector = (trx, events) =>
  foldIntoReadModel(trx, SOURCE_READ_MODEL, (s, e) => evolveSource(s, e as unknown as SourceEvent), events);
