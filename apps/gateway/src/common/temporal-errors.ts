import { WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DomainError, isDomainErrorCode } from '@hazard/domain';

/** The command may or may not have been applied: the caller retries with the same idempotency key. */
export class ServiceUnavailableError extends Error {
  override readonly name = 'ServiceUnavailableError';
}

/**
 * What a failed workflow update means to a GraphQL caller: a refusal by the domain (its code and
 * field), a record that is not there, or an answer that did not come in time (503, retry with the same
 * key). Used by every command that runs in a workflow (hazards, and incidents and sources through
 * their record workflow).
 */
export function translateUpdateError(err: unknown, notFound: string): Error {
  if (err instanceof WorkflowUpdateFailedError) {
    const cause = err.cause;
    if (cause instanceof ApplicationFailure && isDomainErrorCode(cause.type)) {
      const details = cause.details?.[0] as { field?: string } | undefined;
      return new DomainError(cause.type, cause.message, details?.field);
    }
  }
  if (err instanceof WorkflowNotFoundError) return new DomainError('NOT_FOUND', notFound);
  if (err instanceof WorkflowUpdateRPCTimeoutOrCancelledError || isDeadlineExceeded(err) || isUnavailable(err)) {
    return new ServiceUnavailableError(
      'the command was not confirmed in time; it may still be applied. Retry with the same idempotencyKey to be sure it applies once',
    );
  }
  return err instanceof Error ? err : new Error(String(err));
}

function grpcCode(err: unknown): number | undefined {
  const code = (err as { code?: unknown })?.code ?? (err as { cause?: { code?: unknown } })?.cause?.code;
  return typeof code === 'number' ? code : undefined;
}

const isDeadlineExceeded = (err: unknown) => grpcCode(err) === 4;
const isUnavailable = (err: unknown) => grpcCode(err) === 14;
export const isAlreadyStarted = (err: unknown) => (err as Error)?.name === 'WorkflowExecutionAlreadyStartedError';

/** The workflow has ended (or was never there): its update cannot run. */
export function isWorkflowClosed(err: unknown): boolean {
  if (err instanceof WorkflowNotFoundError) return true;
  const message = String((err as Error)?.message ?? '');
  return /workflow execution already completed|already completed/i.test(message);
}
