import { sql } from 'kysely';
import type { Db } from '@hazard/event-store';

/** Hazards found in one region × sector: how many, how many major, how many rectified. */
export interface HazardCoverage {
  regionCode: string;
  sector: string;
  found: number;
  major: number;
  rectified: number;
}

/**
 * What a campaign's period and scope found: per region × sector, the hazards found in [from, until)
 * (cancelled ones left out), ordered by region and sector. Regions × sectors with none have no row.
 */
export async function hazardCoverage(db: Db, query: { from: Date; until: Date; regions: readonly string[]; sectors: readonly string[] }): Promise<HazardCoverage[]> {
  const rows = await db
    .selectFrom('hazards')
    .select([
      'region_code',
      'sector',
      sql<string>`count(*)`.as('found'),
      sql<string>`count(*) filter (where level = 'MAJOR')`.as('major'),
      sql<string>`count(*) filter (where status = 'RECTIFIED')`.as('rectified'),
    ])
    .where('found_at', '>=', query.from)
    .where('found_at', '<', query.until)
    .where('region_code', 'in', [...query.regions])
    .where('sector', 'in', [...query.sectors])
    .where('status', '!=', 'CANCELLED')
    .groupBy(['region_code', 'sector'])
    .orderBy('region_code')
    .orderBy('sector')
    .execute();
  return rows.map((r) => ({ regionCode: r.region_code, sector: r.sector, found: Number(r.found), major: Number(r.major), rectified: Number(r.rectified) }));
}
