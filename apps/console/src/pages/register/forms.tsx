import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerError } from '../../errors';
import { ErrorAlert } from '../../report/ErrorAlert';
import { Field, newIdempotencyKey } from '../duty/common';
import './texts';

export interface FieldSpec {
  name: string;
  label: string;
  kind?: 'text' | 'textarea' | 'select' | 'number';
  options?: { value: string; label: string }[];
  required?: boolean;
}

/**
 * One register command as a form: its fields (strings until sent), required ones checked before sending, the
 * server's refusal beside the form and on the field it names; one idempotency key until it succeeds.
 */
export function RecordForm({
  id,
  title,
  fields,
  initial = {},
  send,
  onClose,
  onDone,
  testId,
}: {
  id: string;
  title: string;
  fields: FieldSpec[];
  initial?: Record<string, string>;
  send: (values: Record<string, string>, idempotencyKey: string) => Promise<ServerError | null>;
  onClose: () => void;
  onDone: (values: Record<string, string>) => void;
  testId?: string;
}) {
  const { t } = useTranslation('register');
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((f) => [f.name, initial[f.name] ?? f.options?.[0]?.value ?? ''])));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<ServerError | null>(null);
  const [sending, setSending] = useState(false);
  const key = useRef(newIdempotencyKey());
  const fid = (name: string) => `${id}-${name}`;
  useEffect(() => {
    document.getElementById(fid(fields[0].name))?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    for (const f of fields) if (f.required && !values[f.name]?.trim()) found[f.name] = 'required';
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length) return document.getElementById(fid(Object.keys(found)[0]))?.focus();
    setSending(true);
    const err = await send(values, key.current);
    setSending(false);
    if (err) {
      setProblem(err);
      const field = err.field?.split('.').pop();
      if (field && fields.some((f) => f.name === field)) setErrors({ [field]: err.message });
      return;
    }
    key.current = newIdempotencyKey();
    onDone(values);
  };
  return (
    <form className="form register-form" onSubmit={(e) => void submit(e)} noValidate aria-label={title} data-testid={testId}>
      <h3>{title}</h3>
      <div className="duty-form-row">
        {fields.map((f) => (
          <Field
            key={f.name}
            id={fid(f.name)}
            label={f.label}
            kind={f.kind ?? 'text'}
            value={values[f.name] ?? ''}
            onChange={(v) => setValues((x) => ({ ...x, [f.name]: v }))}
            options={f.options}
            error={errors[f.name]}
            required={f.required}
          />
        ))}
      </div>
      <ErrorAlert error={problem} />
      <SendCancel busy={sending ? t('verify.sending') : null} onClose={onClose} />
    </form>
  );
}

/** A register form's two buttons: send (disabled, and saying what it does, while `busy`) and cancel. */
export function SendCancel({ busy, onClose }: { busy: string | null; onClose: () => void }) {
  const { t } = useTranslation('register');
  return (
    <p className="commands">
      <button type="submit" className="primary" disabled={busy !== null}>
        {busy ?? t('verify.send')}
      </button>
      <button type="button" onClick={onClose}>
        {t('verify.cancel')}
      </button>
    </p>
  );
}
