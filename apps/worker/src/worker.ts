import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import type { SigningKey } from '@hazard/audit';
import type { Db } from '@hazard/event-store';
import { createActivities } from './activities';

export interface HazardWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  db: Db;
  signingKey?: SigningKey | null;
  afterAppend?: () => void;
  /** A prebuilt bundle (npm run build makes dist/workflow-bundle.js); else the workflows are bundled now. */
  workflowBundlePath?: string;
  identity?: string;
  shutdownGraceTime?: WorkerOptions['shutdownGraceTime'];
  /** Cache and concurrency, set explicitly (docs/architecture.md); the SDK's defaults where absent. */
  tuning?: WorkerTuning;
}

export interface WorkerTuning {
  maxCachedWorkflows: number;
  workflowPollers: number;
  activityPollers: number;
  maxLocalActivities: number;
  maxWorkflowTasks: number;
}

export const tuningFromConfig = (config: {
  WORKER_MAX_CACHED_WORKFLOWS: number;
  WORKER_WORKFLOW_POLLERS: number;
  WORKER_ACTIVITY_POLLERS: number;
  WORKER_MAX_LOCAL_ACTIVITIES: number;
  WORKER_MAX_WORKFLOW_TASKS: number;
}): WorkerTuning => ({
  maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
  workflowPollers: config.WORKER_WORKFLOW_POLLERS,
  activityPollers: config.WORKER_ACTIVITY_POLLERS,
  maxLocalActivities: config.WORKER_MAX_LOCAL_ACTIVITIES,
  maxWorkflowTasks: config.WORKER_MAX_WORKFLOW_TASKS,
});

export function defaultWorkflowBundlePath(root: string): string | undefined {
  const path = join(root, 'dist', 'workflow-bundle.js');
  return existsSync(path) ? path : undefined;
}

export async function createHazardWorker(options: HazardWorkerOptions): Promise<Worker> {
  const workflowSource = options.workflowBundlePath
    ? { workflowBundle: { codePath: options.workflowBundlePath } }
    : { workflowsPath: require.resolve('@hazard/workflows') };
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    ...(options.identity ? { identity: options.identity } : {}),
    ...workflowSource,
    activities: createActivities({ db: options.db, signingKey: options.signingKey ?? null, afterAppend: options.afterAppend }),
    shutdownGraceTime: options.shutdownGraceTime ?? '10 seconds',
    ...(options.tuning
      ? {
          maxCachedWorkflows: options.tuning.maxCachedWorkflows,
          workflowTaskPollerBehavior: { type: 'simple-maximum', maximum: options.tuning.workflowPollers },
          activityTaskPollerBehavior: { type: 'simple-maximum', maximum: options.tuning.activityPollers },
          maxConcurrentLocalActivityExecutions: options.tuning.maxLocalActivities,
          maxConcurrentWorkflowTaskExecutions: options.tuning.maxWorkflowTasks,
        }
      : {}),
  });
}
