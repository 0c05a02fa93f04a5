import { ApplicationFailure } from '@temporalio/activity';
import { type SigningKey, createCheckpoint } from '@hazard/audit';
import type { AuditActivities, AuditCheckpointSummary } from '@hazard/contracts';
import type { Db } from '@hazard/event-store';

/** The daily audit checkpoint, signed with the worker's key (never stored in the database). */
export function auditActivities({ db, signingKey }: { db: Db; signingKey: SigningKey | null }): AuditActivities {
  return {
    async createAuditCheckpoint(): Promise<AuditCheckpointSummary> {
      if (!signingKey) {
        throw ApplicationFailure.create({
          type: 'NO_SIGNING_KEY',
          message: 'no audit signing key: set AUDIT_SIGNING_KEY_FILE (or AUDIT_SIGNING_KEY) for the worker',
          nonRetryable: true,
        });
      }
      const { id, createdAt, streamCount, root } = await createCheckpoint(db, signingKey);
      return { id, createdAt, streamCount, root };
    },
  };
}
