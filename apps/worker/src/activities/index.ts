import type { SigningKey } from '@hazard/audit';
import type { AllActivities } from '@hazard/contracts';
import type { Db } from '@hazard/event-store';
import { auditActivities } from './audit';
import { hazardAppendActivities } from './hazard-append';
import { notifyActivities } from './notify';
import { probeActivities } from './probe';
import { recordActivities } from './records';
import { reportActivities } from './reports';

export { SIGNATURE_HEADER, signWebhook } from './notify';

export interface ActivityDependencies {
  db: Db;
  /** The audit signing key (from a file or the environment, never the database); null disables checkpoints. */
  signingKey?: SigningKey | null;
  /** Per-attempt limit of a webhook request. */
  webhookTimeoutMs?: number;
  /** Fault injection (tests only): runs after an append has committed, before the activity answers. */
  afterAppend?: () => void;
}

/**
 * Every activity the worker registers, by concern (one file each); each workflow proxies only its own
 * interface from libs/contracts. Built over injected dependencies: the worker wires real ones, tests others.
 */
export function createActivities({ db, webhookTimeoutMs = 10_000, signingKey = null, afterAppend }: ActivityDependencies): AllActivities {
  return {
    ...hazardAppendActivities({ db, afterAppend }),
    ...recordActivities({ db }),
    ...reportActivities({ db }),
    ...notifyActivities({ db, webhookTimeoutMs }),
    ...auditActivities({ db, signingKey }),
    ...probeActivities({ db }),
  };
}
