import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';

export interface ErrorParts {
  code: string;
  message: string;
}

/** The code (`extensions.code`) and message of the first GraphQL error, or of the network error. */
export function errorParts(error: CombinedError): ErrorParts {
  const first = error.graphQLErrors[0];
  if (first) return { code: String(first.extensions?.code ?? 'ERROR'), message: first.message };
  return { code: 'NETWORK', message: error.networkError?.message ?? error.message };
}

export const errorCode = (error: CombinedError | undefined): string | null => (error ? errorParts(error).code : null);

/** An error, announced (role="alert"), with its code. */
export function ErrorAlert({ error, id }: { error: CombinedError | ErrorParts | null | undefined; id?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const { code, message } = 'graphQLErrors' in error ? errorParts(error) : error;
  return (
    <p role="alert" className="error" id={id}>
      {t('common.error', { message })} <code className="error-code">{code}</code>
    </p>
  );
}
