import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { type ServerError, errorOf } from '../errors';

/** An error, announced (role="alert"), with its code. */
export function ErrorAlert({ error, id }: { error: CombinedError | ServerError | null | undefined; id?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const { code, message } = 'graphQLErrors' in error ? (errorOf(error) as ServerError) : error;
  return (
    <p role="alert" className="error" id={id}>
      {t('common.error', { message })} <code className="error-code">{code}</code>
    </p>
  );
}
