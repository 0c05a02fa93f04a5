import { hazardIdFromStreamId, reportingUnitOfStream } from '@hazard/domain';
import type { Db } from '@hazard/event-store';

/** What a webhook filter matches on. */
export interface StreamFacts {
  regionCode: string;
  departmentCode: string;
  sector: string;
  level: string;
}

/** A hazard's state from its read model (its region, department, sector and level are what filters match). */
export const hazardFacts = async (db: Db, hazardId: string) =>
  (await db.selectFrom('hazards').select('state').where('id', '=', hazardId).executeTakeFirst())?.state;

/**
 * What a webhook filter matches on, for any stream: a hazard's region, department, sector and level; an
 * incident's region, department, sector and incident level; a major hazard source's region and department
 * (sector hazardous chemicals, no level).
 */
export async function streamFacts(db: Db, streamId: string): Promise<StreamFacts | undefined> {
  if (streamId.startsWith('incident-')) {
    const row = await db.selectFrom('incidents').select(['region_code', 'department_code', 'sector', 'level']).where('stream_id', '=', streamId).executeTakeFirst();
    return row ? { regionCode: row.region_code, departmentCode: row.department_code, sector: row.sector, level: row.level } : undefined;
  }
  if (streamId.startsWith('source-')) {
    const row = await db.selectFrom('major_hazard_sources').select(['region_code', 'department_code']).where('stream_id', '=', streamId).executeTakeFirst();
    return row ? { regionCode: row.region_code, departmentCode: row.department_code, sector: 'HAZARDOUS_CHEMICALS', level: '' } : undefined;
  }
  if (streamId.startsWith('reporting-duty-')) {
    const unit = reportingUnitOfStream(streamId);
    return unit ? { regionCode: unit.regionCode ?? '', departmentCode: unit.departmentCode, sector: '', level: '' } : undefined;
  }
  return hazardFacts(db, hazardIdFromStreamId(streamId));
}
