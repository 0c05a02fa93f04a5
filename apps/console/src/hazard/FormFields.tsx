import { useTranslation } from 'react-i18next';
import type { FieldSpec } from './commands';
import { EVIDENCE_ACCEPT } from './evidence';

/**
 * The inputs of a command form: a label for each (with "Beijing time" on date fields and a mark on
 * required ones), the field's error tied to it by aria-describedby. Values stay strings until sent.
 */
export function FormFields({
  fields,
  values,
  errors,
  onChange,
  onFiles,
}: {
  fields: FieldSpec[];
  values: Record<string, string>;
  errors: Record<string, string>;
  onChange: (name: string, value: string) => void;
  /** Files chosen for a `files` field: uploaded when the form is sent (README "Evidence files"). */
  onFiles?: (name: string, files: File[]) => void;
}) {
  const { t } = useTranslation('hazard');
  return (
    <>
      {fields.map((f) => {
        const fid = `f-${f.name}`;
        const err = errors[f.name];
        const common = {
          id: fid,
          name: f.name,
          value: values[f.name] ?? '',
          required: f.required,
          'aria-invalid': err ? true : undefined,
          'aria-describedby': err ? `${fid}-error` : undefined,
          onChange: (e: { target: { value: string } }) => onChange(f.name, e.target.value),
        };
        return (
          <div key={f.name}>
            <label htmlFor={fid}>
              {t(`form.labels.${f.name}`)}
              {f.kind === 'datetime' && <span className="muted"> {t('form.beijing')}</span>}
              {f.required && <span aria-hidden="true"> *</span>}
            </label>
            {f.kind === 'files' ? (
              <input
                type="file"
                multiple
                accept={EVIDENCE_ACCEPT}
                id={fid}
                name={f.name}
                aria-invalid={err ? true : undefined}
                aria-describedby={err ? `${fid}-error` : `${fid}-hint`}
                onChange={(e) => onFiles?.(f.name, [...(e.target.files ?? [])])}
              />
            ) : f.kind === 'textarea' || f.kind === 'monitors' ? (
              <textarea rows={f.kind === 'textarea' ? 3 : 2} cols={60} {...common} />
            ) : f.kind === 'select' ? (
              <select {...common}>
                {(f.options ?? []).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label.startsWith('translation:') ? t(o.label) : o.label}
                  </option>
                ))}
              </select>
            ) : (
              <input type={f.kind === 'datetime' ? 'datetime-local' : f.kind === 'number' ? 'number' : 'text'} min={f.min} max={f.max} {...common} />
            )}
            {f.kind === 'files' && !err && (
              <p id={`${fid}-hint`} className="muted">
                {t('form.filesHint')}
              </p>
            )}
            {err && (
              <p id={`${fid}-error`} className="field-error">
                {t(`form.${err}`, { defaultValue: err })}
              </p>
            )}
          </div>
        );
      })}
    </>
  );
}
