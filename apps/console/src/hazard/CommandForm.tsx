import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorOf } from '../errors';
import type { HazardDetailFieldsFragment } from '../gql/graphql';
import { useSession } from '../session';
import { type CommandSpec, newIdempotencyKey, validate } from './commands';
import { UploadError, uploadAll } from './evidence';
import { FormFields } from './FormFields';

interface Props {
  spec: CommandSpec;
  hazard: HazardDetailFieldsFragment;
  onClose: () => void;
  onDone: (version: number) => void;
  /** Reloads the hazard (after a conflict, to show what changed). */
  refetch: () => void;
}

function initialValues(spec: CommandSpec, hazard: HazardDetailFieldsFragment): Record<string, string> {
  return Object.fromEntries(spec.fields(hazard).map((f) => [f.name, f.initial ?? '']));
}


/**
 * One command as a form. The version the person saw when opening it is sent as
 * `expectedVersion`, so a change made meanwhile by someone else is refused (VERSION_CONFLICT),
 * never silently overwritten; the idempotency key is fixed for the form, so sending again after
 * a timeout applies the command once.
 */
export function CommandForm({ spec, hazard, onClose, onDone, refetch }: Props) {
  const { t } = useTranslation('hazard');
  const fields = spec.fields(hazard);
  const [values, setValues] = useState(() => initialValues(spec, hazard));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [seenVersion, setSeenVersion] = useState(hazard.version);
  const [key, setKey] = useState(newIdempotencyKey);
  const [result, execute] = useMutation(spec.mutation);
  const [serverError, setServerError] = useState<ReturnType<typeof errorOf>>(null);
  const [files, setFiles] = useState<Record<string, File[]>>({});
  const [uploading, setUploading] = useState(false);
  const { token } = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validate(fields, values);
    setErrors(found);
    setServerError(null);
    if (Object.keys(found).length > 0) {
      document.getElementById(`f-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    // evidence first: the server hashes each file it receives, and the command cites those digests
    const sent = { ...values };
    for (const f of fields.filter((field) => field.kind === 'files' && (files[field.name]?.length ?? 0) > 0)) {
      setUploading(true);
      try {
        sent[f.name] = (await uploadAll(files[f.name], token)).join('\n');
      } catch (err) {
        setErrors({ [f.name]: err instanceof UploadError ? err.message : String(err) });
        document.getElementById(`f-${f.name}`)?.focus();
        return;
      } finally {
        setUploading(false);
      }
    }
    const input = { hazardId: hazard.id, expectedVersion: seenVersion, idempotencyKey: key, ...spec.toInput(sent) };
    const answer = await execute({ input });
    const problem = errorOf(answer.error);
    if (problem) {
      setServerError(problem);
      if (problem.code === 'VERSION_CONFLICT') refetch();
      if (problem.field) {
        const name = problem.field.split('.').pop() as string;
        if (fields.some((f) => f.name === name)) setErrors({ [name]: problem.message });
      }
      return;
    }
    const data = answer.data as Record<string, { hazard: { version: number } }> | undefined;
    onDone(data?.[spec.field]?.hazard.version ?? hazard.version);
  };
  const restart = () => {
    setSeenVersion(hazard.version);
    setKey(newIdempotencyKey());
    setServerError(null);
    setErrors({});
  };
  const id = `cmd-${spec.command}`;
  return (
    <form className="form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`} tabIndex={-1} ref={heading}>
        {t(`commands.${spec.command}`)}
      </h3>
      {hazard.version !== seenVersion && serverError?.code !== 'VERSION_CONFLICT' && (
        <p className="banner info" role="status">
          {t('form.changed', { seen: seenVersion, now: hazard.version })}
        </p>
      )}
      <FormFields
        fields={fields}
        values={values}
        errors={errors}
        onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))}
        onFiles={(name, chosen) => setFiles((current) => ({ ...current, [name]: chosen }))}
      />
      {serverError && (
        <div role="alert" className="banner alarm" data-testid="command-error">
          {serverError.code === 'VERSION_CONFLICT' ? (
            <>
              <strong>{t('form.conflict', { now: hazard.version })}</strong>{' '}
              <button type="button" onClick={restart}>
                {t('form.reload')}
              </button>
            </>
          ) : (
            <>
              <strong>{serverError.code}</strong>: {serverError.message}
            </>
          )}
        </div>
      )}
      <p className="commands">
        <button type="submit" className={spec.danger ? 'danger' : 'primary'} disabled={result.fetching || uploading}>
          {uploading ? t('form.uploading') : result.fetching ? t('form.sending') : t('form.send')}
        </button>
        <button type="button" onClick={onClose}>
          {t('form.cancel')}
        </button>
      </p>
    </form>
  );
}
