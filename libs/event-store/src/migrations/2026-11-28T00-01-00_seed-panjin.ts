import { type Kysely, sql } from 'kysely';

// Reference data for Panjin (盘锦市). Another city edits these rows; the codes here are fixed.

const regions = [
  { code: '211102', name: '双台子区', kind: 'DISTRICT' },
  { code: '211103', name: '兴隆台区', kind: 'DISTRICT' },
  { code: '211104', name: '大洼区', kind: 'DISTRICT' },
  { code: '211122', name: '盘山县', kind: 'COUNTY' },
  { code: 'PJ-LB', name: '辽滨沿海经济技术开发区', kind: 'DEVELOPMENT_ZONE' },
  { code: 'PJ-GX', name: '高新技术产业开发区', kind: 'DEVELOPMENT_ZONE' },
];

const departments = [
  { code: 'EMERGENCY', name: '市应急管理局', sectors: ['HAZARDOUS_CHEMICALS', 'NON_COAL_MINES', 'OTHER'] },
  { code: 'HOUSING', name: '市住房和城乡建设局', sectors: ['CONSTRUCTION', 'URBAN_GAS'] },
  { code: 'TRANSPORT', name: '市交通运输局', sectors: ['TRANSPORT'] },
  { code: 'FIRE', name: '市消防救援支队', sectors: ['FIRE'] },
  { code: 'MARKET', name: '市市场监督管理局', sectors: ['SPECIAL_EQUIPMENT'] },
  { code: 'ECOLOGY', name: '市生态环境局', sectors: ['HAZARDOUS_WASTE'] },
  { code: 'TRAFFIC_POLICE', name: '市公安局交通警察支队', sectors: ['ROAD_TRAFFIC'] },
  { code: 'NATURAL_RESOURCES', name: '市自然资源局', sectors: [] },
];

export async function up(db: Kysely<any>): Promise<void> {
  await db
    .insertInto('regions')
    .values(regions.map((r, i) => ({ ...r, sort_order: i + 1 })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  await db
    .insertInto('departments')
    .values(departments.map((d, i) => ({ code: d.code, name: d.name, sectors: sql`${d.sectors}::text[]`, sort_order: i + 1 })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('departments').where('code', 'in', departments.map((d) => d.code)).execute();
  await db.deleteFrom('regions').where('code', 'in', regions.map((r) => r.code)).execute();
}
