import { proxyActivities } from '@temporalio/workflow';
import type { HazardActivities } from '../apps/worker/src/activities';

const { probe } = proxyActivities<HazardActivities>({ startToCloseTimeout: '10 seconds' });

/** Completes only when the server, a worker and Postgres all answer: readiness that means something. */
export async function probeWorkflow(): Promise<string> {
  return probe();
}
