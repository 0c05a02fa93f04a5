import { type Db } from '../../libs/event-store/src';
import { CITY_WIDE, generateDailyReport, renderXlsx, reportScope, shanghaiDay } from '../../libs/reports/src';
import { time } from '../measure';
import { log, say } from '../output';

export async function reports(db: Db, s: { runs: number; readHazards: number }) {
  log('reports over the seeded city');
  const today = shanghaiDay(Date.now());
  const department = (await reportScope(db, 'EMERGENCY'))!;
  const city = (await reportScope(db, CITY_WIDE))!;
  let rows = 0;
  const departmentMs = await time(async () => {
    const c = await generateDailyReport(db, department, today);
    rows = c.attachment1.length + c.attachment2.length;
  }, s.runs);
  const content = await generateDailyReport(db, department, today);
  const xlsxMs = await time(async () => renderXlsx(content), s.runs);
  const cityMs = await time(async () => generateDailyReport(db, city, today), s.runs);
  say('');
  say(`## 6. Reports over ${s.readHazards.toLocaleString('en')} hazards`);
  say('');
  say('| report | time |');
  say('|---|---|');
  say(`| EMERGENCY's daily report (state as of the cutoff folded from the events; ${rows} rows in attachments 1 and 2) | ${departmentMs} ms |`);
  say(`| its XLSX (three sheets, byte-reproducible zip) | ${xlsxMs} ms |`);
  say(`| the city's report with attachment 3 by region and sector (every hazard) | ${cityMs} ms |`);
  return { departmentMs, xlsxMs, cityMs, rows };
}
