import type { CombinedError } from 'urql';

/** What the server said: the first GraphQL error's `extensions.code`, the field it names, its message (or the network's). */
export interface ServerError {
  code: string;
  field?: string;
  message: string;
}

export function errorOf(error: CombinedError | undefined): ServerError | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (!first) return { code: 'NETWORK', message: error.networkError?.message ?? error.message };
  const ext = first.extensions as { code?: string; field?: string };
  return { code: ext.code ?? 'ERROR', field: ext.field, message: first.message };
}

export const errorCode = (error: CombinedError | undefined): string | null => errorOf(error)?.code ?? null;
