import { type Kysely, sql } from 'kysely';

// Frozen in time: reference data for GB 18218-2018 危险化学品重大危险源辨识, typed from the standard:
// named chemicals of 表1 with their critical quantities (t), the hazard categories of 表2 used here,
// and correction factors β (表3 for the named toxic gases, 表4 by hazard class otherwise).
// A new edition of the standard is a new `edition` row set; assessments record the edition they used.
// Only entries whose values were checked are seeded; add others as data (the table is editable).

type Row = [name: string, cas: string | null, aliases: string[], quantity: number, beta: number, hazardClass: string, source: string];

const T1 = '表1';
const T2 = '表2';
const ROWS: Row[] = [
  // Toxic gases named in 表3 (β from 表3)
  ['氯', '7782-50-5', ['液氯', '氯气'], 5, 4, '毒性气体', T1],
  ['氨', '7664-41-7', ['液氨', '氨气'], 10, 2, '毒性气体', T1],
  ['硫化氢', '7783-06-4', [], 5, 5, '毒性气体', T1],
  ['氟化氢', '7664-39-3', ['无水氟化氢'], 1, 5, '毒性气体', T1],
  ['二氧化硫', '7446-09-5', [], 20, 2, '毒性气体', T1],
  ['氯化氢', '7647-01-0', ['氯化氢（无水）', '无水氯化氢'], 20, 3, '毒性气体', T1],
  ['碳酰氯', '75-44-5', ['光气'], 0.3, 20, '毒性气体', T1],
  ['氰化氢', '74-90-8', [], 1, 10, '毒性气体', T1],
  ['环氧乙烷', '75-21-8', [], 10, 2, '毒性气体', T1],
  ['二氧化氮', '10102-44-0', [], 1, 10, '毒性气体', T1],
  ['煤气', '630-08-0', ['一氧化碳', '煤气（CO，CO和H2、CH4的混合物等）'], 20, 2, '毒性气体', T1],
  ['磷化氢', '7803-51-2', [], 1, 20, '毒性气体', T1],
  ['溴甲烷', '74-83-9', [], 10, 3, '毒性气体', T1],
  ['异氰酸甲酯', '624-83-9', [], 0.75, 20, '毒性液体', T1],
  // Flammable gases (表4 W2: β 1.5)
  ['甲烷', '74-82-8', ['天然气', '甲烷，天然气'], 50, 1.5, '易燃气体', T1],
  ['液化石油气', '68476-85-7', ['液化石油气（含丙烷、丁烷及其混合物）'], 50, 1.5, '易燃气体', T1],
  ['氢', '1333-74-0', ['氢气'], 5, 1.5, '易燃气体', T1],
  ['乙炔', '74-86-2', [], 1, 1.5, '易燃气体', T1],
  ['乙烯', '74-85-1', [], 50, 1.5, '易燃气体', T1],
  ['1,3-丁二烯', '106-99-0', [], 5, 1.5, '易燃气体', T1],
  ['二甲醚', '115-10-6', [], 50, 1.5, '易燃气体', T1],
  ['氯乙烯', '75-01-4', [], 50, 1.5, '易燃气体', T1],
  // Oxidising gas (表4 W4: β 1)
  ['氧', '7782-44-7', ['氧（压缩的或液化的）', '液氧'], 200, 1, '氧化性气体', T1],
  // Flammable liquids (表4 W5: β 1, except the extremely flammable W5.1: β 1.5)
  ['苯', '71-43-2', [], 50, 1, '易燃液体', T1],
  ['甲苯', '108-88-3', [], 500, 1, '易燃液体', T1],
  ['甲醇', '67-56-1', [], 500, 1, '易燃液体', T1],
  ['乙醇', '64-17-5', [], 500, 1, '易燃液体', T1],
  ['丙酮', '67-64-1', [], 500, 1, '易燃液体', T1],
  ['苯乙烯', '100-42-5', [], 500, 1, '易燃液体', T1],
  ['乙酸乙酯', '141-78-6', [], 500, 1, '易燃液体', T1],
  ['环己烷', '110-82-7', [], 500, 1, '易燃液体', T1],
  ['正己烷', '110-54-3', [], 500, 1, '易燃液体', T1],
  ['汽油', '86290-81-5', ['汽油（乙醇汽油、甲醇汽油）'], 200, 1, '易燃液体', T1],
  ['乙醚', '60-29-7', [], 10, 1.5, '易燃液体', T1],
  // Categories of 表2 (acute toxicity J1–J5, with their 表4 β)
  ['急性毒性类别1，所有暴露途径，气体', null, ['J1'], 5, 4, 'J1', T2],
  ['急性毒性类别1，所有暴露途径，固体、液体', null, ['J2'], 50, 1, 'J2', T2],
  ['急性毒性类别2、3，所有暴露途径，气体', null, ['J3'], 50, 2, 'J3', T2],
  ['急性毒性类别2、3，吸入途径，液体（沸点≤35℃）', null, ['J4'], 50, 2, 'J4', T2],
  ['急性毒性类别2，所有暴露途径，液体（除J4外）、固体', null, ['J5'], 500, 1, 'J5', T2],
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('hazardous_chemicals')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('edition', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('cas', 'text')
    .addColumn('aliases', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('critical_quantity_tonnes', 'double precision', (c) => c.notNull().check(sql`critical_quantity_tonnes > 0`))
    .addColumn('beta', 'double precision', (c) => c.notNull().check(sql`beta > 0`))
    .addColumn('hazard_class', 'text', (c) => c.notNull())
    .addColumn('source_table', 'text', (c) => c.notNull())
    .addUniqueConstraint('hazardous_chemicals_edition_name_key', ['edition', 'name'])
    .execute();
  await db
    .insertInto('hazardous_chemicals')
    .values(
      ROWS.map(([name, cas, aliases, quantity, beta, hazardClass, source]) => ({
        edition: 'GB 18218-2018',
        name,
        cas,
        aliases: sql`${aliases}::text[]`,
        critical_quantity_tonnes: quantity,
        beta,
        hazard_class: hazardClass,
        source_table: source,
      })),
    )
    .execute();
  await sql`grant select, insert, update on hazardous_chemicals to hazard_app`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('hazardous_chemicals').ifExists().execute();
}
