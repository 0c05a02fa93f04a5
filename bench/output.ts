import type { Cell } from './measure';

/** The cities' districts the seeded hazards are spread over. */
export const REGIONS = ['211102', '211103', '211104', '211122', 'PJ-LB', 'PJ-GX'];
export const DAY = 86_400_000;

/** How long each cell runs and how big the seeded city is (`npm run bench -- --help`). */
export interface Settings {
  seconds: number;
  warmupSeconds: number;
  runs: number;
  readHazards: number;
  million: boolean;
  timerHazards: number;
}

/** The markdown the run prints and writes to bench/results/<date>.md. */
export const out: string[] = [];
export const say = (line = '') => {
  out.push(line);
  console.log(line);
};
/** Progress on stderr, apart from the markdown. */
export const log = (line: string) => console.error(`[bench] ${line}`);
export const fmt = (c: Cell) => `${c.perSecond} | ${c.p50} | ${c.p95} | ${c.p99}`;
