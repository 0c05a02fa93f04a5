import { rmSync } from 'node:fs';
import type { RunningPostgres, RunningTemporalDevServer } from '@hazard/devstack';

export default async function globalTeardown(): Promise<void> {
  const services = (globalThis as Record<string, unknown>).__hazardTestServices as
    | { postgres: RunningPostgres; temporal: RunningTemporalDevServer; dir: string }
    | undefined;
  if (!services) return;
  await Promise.allSettled([services.temporal.stop(), services.postgres.stop()]);
  rmSync(services.dir, { recursive: true, force: true });
}
