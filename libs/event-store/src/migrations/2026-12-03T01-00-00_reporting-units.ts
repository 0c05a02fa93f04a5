import { createHash, randomUUID } from 'node:crypto';
import { canonicalize } from 'json-canonicalize';
import { type Kysely, sql } from 'kysely';

// Frozen in time: reporting units as data (README, Reporting units). The committee office adds, renames,
// re-sectors and retires its member units through GraphQL; each change is an event of the stream
// `department-<CODE>` (hash-chained like every other), and the projection keeps `departments` (the units now)
// and `department_versions` (every version, with when it took effect and who recorded it) current.
//
// Here every unit already in `departments` (Panjin's eight, or whatever this city has made of them) gets its
// stream, with a first event valid from 2000-01-01, and Panjin's other member units of the city work-safety
// committee are added the same way. The sectors Panjin adds (油田, 工贸 to the emergency bureau) are a second
// event of its stream, valid from now: a report of an earlier day still reads the three it had.
//
// The events are written here as the event store writes them, without importing it: the canonical text is
// RFC 8785 of { streamId, version, eventId, type, data, metadata }, and hash = sha256(prev_hash ‖ canonical).

const SEEDED_FROM = '2000-01-01T00:00:00.000Z';
const GENESIS = '0'.repeat(64);
const ACTOR = { sub: 'seed', name: '初始数据', roles: [] as string[] };
const MIGRATION = '2026-12-03T01-00-00_reporting-units';

/** Whether each district has a counterpart unit, for the units seeded before this migration. */
const DISTRICT_UNITS: Record<string, boolean> = {
  EMERGENCY: true,
  HOUSING: true,
  TRANSPORT: true,
  FIRE: true,
  MARKET: true,
  ECOLOGY: true,
  TRAFFIC_POLICE: true,
  NATURAL_RESOURCES: true,
};

/** The member units of the Panjin work-safety committee besides the eight. */
const UNITS: { code: string; name: string; sectors: string[]; hasDistrictUnits: boolean }[] = [
  { code: 'EDUCATION', name: '市教育局', sectors: [], hasDistrictUnits: true },
  { code: 'HEALTH', name: '市卫生健康委员会', sectors: [], hasDistrictUnits: true },
  { code: 'CULTURE_TOURISM', name: '市文化旅游和广播电视局', sectors: [], hasDistrictUnits: true },
  { code: 'AGRICULTURE', name: '市农业农村局', sectors: ['FISHING_VESSELS'], hasDistrictUnits: true },
  { code: 'WATER', name: '市水利局', sectors: [], hasDistrictUnits: true },
  { code: 'COMMERCE', name: '市商务局', sectors: [], hasDistrictUnits: true },
  { code: 'INDUSTRY_IT', name: '市工业和信息化局', sectors: [], hasDistrictUnits: true },
  { code: 'URBAN_MANAGEMENT', name: '市城市管理综合行政执法局', sectors: [], hasDistrictUnits: true },
  { code: 'PUBLIC_SECURITY', name: '市公安局', sectors: [], hasDistrictUnits: true },
  { code: 'METEOROLOGY', name: '市气象局', sectors: [], hasDistrictUnits: false },
  { code: 'POWER', name: '国网盘锦供电公司', sectors: [], hasDistrictUnits: false },
  { code: 'OILFIELD', name: '辽河油田公司', sectors: ['OILFIELD'], hasDistrictUnits: false },
];

/** Sectors an existing unit gains here, in the order of the sector list. */
const GAINED: Record<string, string[]> = { EMERGENCY: ['OILFIELD', 'INDUSTRY_TRADE'] };

interface Unit {
  code: string;
  name: string;
  sectors: string[];
  hasDistrictUnits: boolean;
  active: boolean;
  sortOrder: number;
}

interface Change {
  type: 'DepartmentAdded' | 'DepartmentSectorsChanged' | 'DepartmentRetired';
  data: Record<string, unknown>;
  occurredAt: string;
  /** The unit after the change. */
  after: Unit;
  reason: string | null;
}

function changesOf(unit: Unit, existed: boolean, now: string): Change[] {
  const first: Unit = { ...unit, sectors: [...unit.sectors], active: true };
  const changes: Change[] = [
    { type: 'DepartmentAdded', data: { code: unit.code, name: unit.name, sectors: unit.sectors, hasDistrictUnits: unit.hasDistrictUnits }, occurredAt: SEEDED_FROM, after: first, reason: null },
  ];
  let current = first;
  const gained = existed ? (GAINED[unit.code] ?? []).filter((s) => !unit.sectors.includes(s)) : [];
  if (gained.length > 0 && unit.active) {
    const reason = '盘锦新增行业领域：油田、工贸（README, Reporting units）';
    current = { ...current, sectors: [...unit.sectors, ...gained] };
    changes.push({ type: 'DepartmentSectorsChanged', data: { sectors: current.sectors, previousSectors: unit.sectors, reason }, occurredAt: now, after: current, reason });
  }
  if (!unit.active) {
    const reason = '本迁移之前已停用';
    current = { ...current, active: false };
    changes.push({ type: 'DepartmentRetired', data: { reason }, occurredAt: now, after: current, reason });
  }
  return changes;
}

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table departments add column has_district_units boolean not null default false, add column version integer not null default 0`.execute(db);
  await db.schema
    .createTable('department_versions')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version > 0`))
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sectors', sql`text[]`, (c) => c.notNull())
    .addColumn('has_district_units', 'boolean', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull())
    .addColumn('valid_from', 'timestamptz', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_by_name', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('event_id', 'uuid', (c) => c.notNull().unique())
    .addPrimaryKeyConstraint('department_versions_pkey', ['code', 'version'])
    .execute();
  await db.schema.createIndex('department_versions_valid_from_idx').on('department_versions').columns(['valid_from', 'code']).execute();
  // The projection appends versions and keeps `departments` current; a version is never changed.
  await sql`grant select, insert on department_versions to hazard_app`.execute(db);

  const rows: { code: string; name: string; sectors: string[]; sort_order: number; active: boolean }[] = await db
    .selectFrom('departments')
    .select(['code', 'name', 'sectors', 'sort_order', 'active'])
    .orderBy('sort_order')
    .orderBy('code')
    .execute();
  const known = new Set(rows.map((r) => r.code));
  const streams = new Set(
    (await db.selectFrom('streams').select('stream_id').where('stream_type', '=', 'department').execute()).map((r: { stream_id: string }) => r.stream_id),
  );
  let sortOrder = rows.reduce((max, r) => Math.max(max, r.sort_order), 0);
  const units: { unit: Unit; existed: boolean }[] = [
    ...rows.map((r) => ({ unit: { code: r.code, name: r.name, sectors: [...r.sectors], hasDistrictUnits: DISTRICT_UNITS[r.code] ?? false, active: r.active, sortOrder: r.sort_order }, existed: true })),
    ...UNITS.filter((u) => !known.has(u.code)).map((u) => ({ unit: { ...u, active: true, sortOrder: ++sortOrder }, existed: false })),
  ];

  const now = new Date().toISOString();
  for (const { unit, existed } of units) {
    const streamId = `department-${unit.code}`;
    if (streams.has(streamId)) continue;
    const changes = changesOf(unit, existed, now);
    let prevHash = GENESIS;
    const events = changes.map((change, i) => {
      const version = i + 1;
      const eventId = randomUUID();
      const metadata = { commandId: `${MIGRATION}:${unit.code}:${version}`, actor: ACTOR, occurredAt: change.occurredAt, recordedAt: now };
      const canonical = canonicalize({ streamId, version, eventId, type: change.type, data: change.data, metadata });
      const hash = createHash('sha256').update(prevHash, 'utf8').update(canonical, 'utf8').digest('hex');
      const row = {
        stream_id: streamId,
        version,
        event_id: eventId,
        command_id: metadata.commandId,
        type: change.type,
        canonical,
        data: JSON.stringify(change.data),
        metadata: JSON.stringify(metadata),
        occurred_at: change.occurredAt,
        recorded_at: now,
        prev_hash: prevHash,
        hash,
      };
      prevHash = hash;
      return { row, change, version, eventId };
    });
    const last = changes[changes.length - 1].after;
    await db.insertInto('streams').values({ stream_id: streamId, stream_type: 'department', version: events.length, head_hash: prevHash }).execute();
    await db.insertInto('events').values(events.map((e) => e.row)).execute();
    await db
      .insertInto('department_versions')
      .values(
        events.map(({ change, version, eventId }) => ({
          code: unit.code,
          version,
          change: change.type,
          name: change.after.name,
          sectors: sql`${change.after.sectors}::text[]`,
          has_district_units: change.after.hasDistrictUnits,
          active: change.after.active,
          valid_from: change.occurredAt,
          recorded_at: now,
          recorded_by: ACTOR.sub,
          recorded_by_name: ACTOR.name,
          reason: change.reason,
          event_id: eventId,
        })),
      )
      .execute();
    const current = { name: last.name, sectors: sql`${last.sectors}::text[]`, has_district_units: last.hasDistrictUnits, active: last.active, version: events.length };
    if (existed) await db.updateTable('departments').set(current).where('code', '=', unit.code).execute();
    else await db.insertInto('departments').values({ code: unit.code, sort_order: unit.sortOrder, ...current }).execute();
  }
}

export async function down(): Promise<void> {
  // The units' events are in the event store, which is append-only: there is nothing to go back to.
  throw new Error(`${MIGRATION} cannot be undone: the reporting units' events are part of the append-only record`);
}
