import { proxyActivities } from '@temporalio/workflow';
import type { ProbeActivities } from '@hazard/contracts';

const { probe } = proxyActivities<ProbeActivities>({ startToCloseTimeout: '10 seconds' });

/** Completes only when the server, a worker and Postgres all answer: readiness that means something. */
export async function probeWorkflow(): Promise<string> {
  return probe();
}
