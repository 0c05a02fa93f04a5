import type { Kysely } from 'kysely';

// Frozen in time: the official holiday schedules of 2023 (the reporting notice's year) and 2024, so the working-day
// calendar covers every year from 2023 to the latest the State Council has published (README "The reporting chain").
// 2025 and 2026 were seeded with the calendar itself (2026-11-28T02-00-00). A later year is entered through
// setHolidayCalendar when its notice is out.

const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
};
const holidays = (from: string, to: string, name: string) => range(from, to).map((date) => ({ date, kind: 'HOLIDAY' as const, name }));
const workday = (date: string, name: string) => ({ date, kind: 'WORKDAY' as const, name });

const DAYS = [
  // 2023: 国办发明电〔2022〕16号
  ...holidays('2023-01-01', '2023-01-02', '元旦'),
  ...holidays('2023-01-21', '2023-01-27', '春节'),
  workday('2023-01-28', '春节调休上班'),
  workday('2023-01-29', '春节调休上班'),
  ...holidays('2023-04-05', '2023-04-05', '清明节'),
  ...holidays('2023-04-29', '2023-05-03', '劳动节'),
  workday('2023-04-23', '劳动节调休上班'),
  workday('2023-05-06', '劳动节调休上班'),
  ...holidays('2023-06-22', '2023-06-24', '端午节'),
  workday('2023-06-25', '端午节调休上班'),
  ...holidays('2023-09-29', '2023-10-06', '中秋节、国庆节'),
  workday('2023-10-07', '国庆节调休上班'),
  workday('2023-10-08', '国庆节调休上班'),
  // 2024: 国办发明电〔2023〕7号
  ...holidays('2024-01-01', '2024-01-01', '元旦'),
  ...holidays('2024-02-10', '2024-02-17', '春节'),
  workday('2024-02-04', '春节调休上班'),
  workday('2024-02-18', '春节调休上班'),
  ...holidays('2024-04-04', '2024-04-06', '清明节'),
  workday('2024-04-07', '清明节调休上班'),
  ...holidays('2024-05-01', '2024-05-05', '劳动节'),
  workday('2024-04-28', '劳动节调休上班'),
  workday('2024-05-11', '劳动节调休上班'),
  ...holidays('2024-06-10', '2024-06-10', '端午节'),
  ...holidays('2024-09-15', '2024-09-17', '中秋节'),
  workday('2024-09-14', '中秋节调休上班'),
  ...holidays('2024-10-01', '2024-10-07', '国庆节'),
  workday('2024-09-29', '国庆节调休上班'),
  workday('2024-10-12', '国庆节调休上班'),
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.insertInto('holiday_calendar').values(DAYS).onConflict((oc) => oc.column('date').doNothing()).execute();
  await db
    .insertInto('holiday_calendar_years')
    .values([
      { year: 2023, source: '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号，2022-12-08）' },
      { year: 2024, source: '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号，2023-10-25）' },
    ])
    .onConflict((oc) => oc.column('year').doNothing())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('holiday_calendar').where('date', 'in', DAYS.map((d) => d.date)).execute();
  await db.deleteFrom('holiday_calendar_years').where('year', 'in', [2023, 2024]).execute();
}
