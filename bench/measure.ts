import { median } from './stats';
import { percentile } from './stats';

export interface Cell {
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

/**
 * Runs `op` from `concurrency` loops: a warm-up, then `seconds` measured, `runs` times; reports the
 * median of each figure over the runs (several runs, medians: one noisy run does not decide).
 */
export async function measure(
  op: (loop: number, i: number) => Promise<void>,
  { concurrency, seconds, warmupSeconds, runs }: { concurrency: number; seconds: number; warmupSeconds: number; runs: number },
): Promise<Cell> {
  const results: Cell[] = [];
  let i = 0;
  for (let r = 0; r < runs; r++) {
    const latencies: number[] = [];
    let errors = 0;
    const warmEnd = Date.now() + warmupSeconds * 1000;
    const end = warmEnd + seconds * 1000;
    await Promise.all(
      Array.from({ length: concurrency }, async (_, loop) => {
        while (Date.now() < end) {
          const started = performance.now();
          let failed = false;
          try {
            await op(loop, i++);
          } catch {
            failed = true;
          }
          const at = Date.now();
          if (at >= warmEnd && at <= end) {
            latencies.push(performance.now() - started);
            if (failed) errors++;
          }
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    results.push({
      perSecond: latencies.length / seconds,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      errors,
    });
  }
  const pick = (k: keyof Cell) => Math.round(median(results.map((x) => x[k])) * 10) / 10;
  return { perSecond: pick('perSecond'), p50: pick('p50'), p95: pick('p95'), p99: pick('p99'), errors: pick('errors') };
}

/** Times `fn` `runs` times after one warm-up; the median in milliseconds. */
export async function time(fn: () => Promise<unknown>, runs = 3): Promise<number> {
  await fn();
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return Math.round(median(samples));
}
