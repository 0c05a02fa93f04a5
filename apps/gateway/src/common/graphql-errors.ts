import { ThrottlerException } from '@nestjs/throttler';
import { GraphQLError } from 'graphql';
import { DomainError } from '@hazard/domain';
import { InvalidCursorError } from '@hazard/read-models';
import { AuthenticationError } from '../auth/token-verifier';
import { ServiceUnavailableError } from './temporal-errors';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'INVALID_TRANSITION'
  | 'VERSION_CONFLICT'
  | 'NOT_FOUND'
  | 'SERVICE_UNAVAILABLE'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, RATE_LIMITED: 429 };

export const graphQLError = (code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError =>
  new GraphQLError(message, {
    extensions: { code, ...extra, ...(HTTP_STATUS[code] ? { http: { status: HTTP_STATUS[code] } } : {}) },
  });

/**
 * The one place where errors become GraphQL errors. Known errors keep their code and human
 * message; anything else becomes an internal error whose details stay in the server log.
 */
export function toGraphQLError(err: unknown): { error: GraphQLError; internal: boolean } {
  if (err instanceof GraphQLError) return { error: err, internal: false };
  if (err instanceof AuthenticationError) return { error: graphQLError('UNAUTHENTICATED', err.message), internal: false };
  if (err instanceof DomainError) {
    return { error: graphQLError(err.code, err.message, err.field ? { field: err.field } : {}), internal: false };
  }
  if (err instanceof ThrottlerException) {
    return { error: graphQLError('RATE_LIMITED', 'too many requests from you in the last minute; wait a moment and try again'), internal: false };
  }
  if (err instanceof ServiceUnavailableError) return { error: graphQLError('SERVICE_UNAVAILABLE', err.message), internal: false };
  if (err instanceof InvalidCursorError) return { error: graphQLError('BAD_USER_INPUT', err.message, { field: 'after' }), internal: false };
  return { error: graphQLError('INTERNAL_SERVER_ERROR', 'internal error; the request was not completed'), internal: true };
}

const REST_STATUS: Partial<Record<string, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

/**
 * The same error for the REST downloads and uploads (reports, evidence, exports): `{ code, message }` with its
 * HTTP status (an unknown code 400, an internal error 500 with its details left to the server log).
 */
export function sendRestError(res: { status(code: number): { json(body: unknown): unknown } }, err: unknown): void {
  const { error, internal } = toGraphQLError(err);
  const code = String(error.extensions.code);
  res.status(internal ? 500 : (REST_STATUS[code] ?? 400)).json({ code, message: error.message });
}
