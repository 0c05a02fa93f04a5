import { proxyActivities } from '@temporalio/workflow';
import type { AuditActivities, AuditCheckpointSummary } from '@hazard/contracts';

const { createAuditCheckpoint } = proxyActivities<AuditActivities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '5 seconds', maximumInterval: '5 minutes', maximumAttempts: 20, nonRetryableErrorTypes: ['NO_SIGNING_KEY'] },
});

/** Signs a checkpoint over every stream's head (started daily by a Schedule, or on demand). */
export async function auditCheckpointWorkflow(): Promise<AuditCheckpointSummary> {
  return createAuditCheckpoint();
}
