/**
 * The reasons a command is refused. Each boundary (GraphQL, workflow validator, CLI) maps
 * these codes once; the message is for people and never carries internals.
 */
export const DOMAIN_ERROR_CODES = [
  'BAD_USER_INPUT',
  'INVALID_TRANSITION',
  'VERSION_CONFLICT',
  'FORBIDDEN',
  'NOT_FOUND',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const isDomainErrorCode = (value: unknown): value is DomainErrorCode =>
  typeof value === 'string' && (DOMAIN_ERROR_CODES as readonly string[]).includes(value);

export const badInput = (field: string, message: string): DomainError =>
  new DomainError('BAD_USER_INPUT', `${field}: ${message}`, field);

export const invalidTransition = (message: string): DomainError => new DomainError('INVALID_TRANSITION', message);
