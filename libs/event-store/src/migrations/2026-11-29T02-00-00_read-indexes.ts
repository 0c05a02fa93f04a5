import { type Kysely, sql } from 'kysely';

/**
 * Indexes for the common `hazards(filter)` combinations the benchmark found slow at 1M hazards:
 * region + sector (the scope index leads with region and then department, so sector was a heap
 * filter over a sixth of the table), and overdue by level (the open-deadline index did not know
 * the level). Both end in the page order, so a page is an index range, not a sort.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('hazards_region_sector_idx').on('hazards').columns(['region_code', 'sector', 'found_at desc', 'id desc']).execute();
  await db.schema
    .createIndex('hazards_open_level_deadline_idx')
    .on('hazards')
    .columns(['level', 'deadline'])
    .where(sql.ref('status'), 'in', ['FOUND', 'LISTED', 'SUPERVISED', 'SUSPENDED'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('hazards_open_level_deadline_idx').execute();
  await db.schema.dropIndex('hazards_region_sector_idx').execute();
}
