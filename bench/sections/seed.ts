import { type Db } from '@hazard/event-store';
import { sql } from 'kysely';
import { dayStart, shanghaiDay } from '@hazard/reports';
import { planCity, seedCity } from '@hazard/seed';
import { DAY, REGIONS, log, say } from '../output';

export async function seed(db: Db, count: number, seedValue = 42) {
  if (count <= 0) return null;
  log(`seeding ${count} hazards…`);
  const end = dayStart(shanghaiDay(Date.now())).getTime() - 60_000;
  const started = performance.now();
  let last = 0;
  await seedCity(db, planCity({ count, seed: seedValue, start: end - 60 * DAY, end, regions: REGIONS }), (done, total) => {
    if (done - last >= 20_000 || done === total) {
      last = done;
      log(`  ${done}/${total}`);
    }
  });
  // Postgres vacuums insert-only tables by itself (autovacuum_vacuum_insert_threshold), which sets the
  // visibility map that index-only counts need: do it now rather than measure a table autovacuum has not reached.
  await sql`vacuum (analyze) hazards`.execute(db);
  await sql`analyze`.execute(db);
  const seconds = (performance.now() - started) / 1000;
  const result = { hazards: count, seconds: Math.round(seconds), hazardsPerSecond: Math.round(count / seconds) };
  say('');
  say(`Seeded ${count.toLocaleString('en')} hazards with the bulk seeder (every event decided by the domain, chained, projected; no workflows) in ${result.seconds} s: ${result.hazardsPerSecond} hazards/s.`);
  return result;
}
