/** A signed checkpoint over every stream's head. */
export interface AuditCheckpointSummary {
  id: string;
  createdAt: string;
  streamCount: number;
  root: string;
}

/** Signs a checkpoint (`workflows/audit.workflow.ts`), as a client starts it. */
export type AuditCheckpointWorkflow = () => Promise<AuditCheckpointSummary>;
