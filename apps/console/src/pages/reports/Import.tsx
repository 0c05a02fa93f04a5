import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { mayPerform } from '@hazard/domain';
import type { ServerError } from '../../errors';
import { ErrorAlert } from '../../report/ErrorAlert';
import { useSession } from '../../session';
import { useDutyNames } from '../duty/common';
import { ReportsTabs } from './common';

/** What `POST /reports/import` answers (README "The daily report", Import). */
interface ImportResult {
  rows: number;
  imported: number;
  alreadyPresent: number;
  listed: number;
  errors: { rowNumber: number; column: string; reason: string }[];
  header: string[];
  lines: { rowNumber: number; cells: string[]; outcome: 'IMPORTED' | 'ALREADY_PRESENT' | 'REFUSED'; hazardId: string | null; hazardCode: string | null }[];
}

const TYPES = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/**
 * 导入隐患清单: a department's Excel list sent as it is; the answer shows every row as read, with what became
 * of it and, beside a refused row, which column and why (the good rows are imported all the same).
 */
export function ImportList() {
  const { t } = useTranslation('reports');
  const session = useSession();
  const names = useDutyNames();
  const [department, setDepartment] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<ServerError | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [onlyRefused, setOnlyRefused] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const may = mayPerform(session.roles, 'importHazards');
  const chosen = department || names.departments[0]?.code || '';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    if (!file || !/\.(xlsx|csv)$/i.test(file.name)) {
      setFileError(t('import.noFile'));
      fileInput.current?.focus();
      return;
    }
    setFileError(null);
    setSending(true);
    setResult(null);
    try {
      const url = `/reports/import?${new URLSearchParams({ department: chosen, filename: file.name })}`;
      const res = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${session.token}`, 'content-type': /\.csv$/i.test(file.name) ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
        body: file,
      });
      const body = (await res.json().catch(() => null)) as (ImportResult & { code?: string; message?: string }) | null;
      if (!res.ok || !body) setProblem({ code: body?.code ?? `HTTP_${res.status}`, message: body?.message ?? res.statusText });
      else setResult(body);
    } catch (err) {
      setProblem({ code: 'NETWORK', message: err instanceof Error ? err.message : String(err) });
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="report-page">
      <h1>{t('import.title')}</h1>
      <ReportsTabs />
      <p className="muted">{t('import.intro')}</p>
      {!may ? (
        <p className="banner info">{t('import.noRole')}</p>
      ) : (
        <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="import-form-title" data-testid="import-form">
          <h2 id="import-form-title" className="sr-only">
            {t('import.title')}
          </h2>
          <div className="duty-form-row">
            <div className="duty-field">
              <label htmlFor="import-department">{t('import.department')}</label>
              <select id="import-department" value={chosen} onChange={(e) => setDepartment(e.target.value)}>
                {names.departments.map((d) => (
                  <option key={d.code} value={d.code}>
                    {d.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="duty-field">
              <label htmlFor="import-file">{t('import.file')}</label>
              <input
                id="import-file"
                ref={fileInput}
                type="file"
                accept={TYPES}
                aria-invalid={fileError ? true : undefined}
                aria-describedby={fileError ? 'import-file-error' : undefined}
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
              {fileError && (
                <p id="import-file-error" className="field-error">
                  {fileError}
                </p>
              )}
            </div>
          </div>
          <ErrorAlert error={problem} />
          <p>
            <button type="submit" className="primary" disabled={sending} data-testid="import-send">
              {sending ? t('import.sending') : t('import.send')}
            </button>
          </p>
        </form>
      )}
      {result && <ImportOutcome result={result} onlyRefused={onlyRefused} setOnlyRefused={setOnlyRefused} />}
    </div>
  );
}

function ImportOutcome({ result, onlyRefused, setOnlyRefused }: { result: ImportResult; onlyRefused: boolean; setOnlyRefused: (v: boolean) => void }) {
  const { t } = useTranslation('reports');
  const refused = result.lines.filter((l) => l.outcome === 'REFUSED').length;
  const byRow = new Map<number, ImportResult['errors']>();
  for (const e of result.errors) byRow.set(e.rowNumber, [...(byRow.get(e.rowNumber) ?? []), e]);
  // a file refused as a whole (no header, missing columns) has no rows: its error is said on its own
  const fileErrors = result.errors.filter((e) => !result.lines.some((l) => l.rowNumber === e.rowNumber));
  const lines = onlyRefused ? result.lines.filter((l) => byRow.has(l.rowNumber)) : result.lines;
  return (
    <section aria-labelledby="import-rows">
      <p role="status" className={`banner ${refused || fileErrors.length ? 'alarm' : 'ok'}`} data-testid="import-summary">
        {t('import.summary', { rows: result.rows, imported: result.imported, present: result.alreadyPresent, listed: result.listed, refused })}
      </p>
      {fileErrors.map((e) => (
        <p key={`${e.rowNumber}-${e.column}`} role="alert" className="banner alarm" data-testid="import-file-error">
          {t('import.headerError')}
          {e.reason}
        </p>
      ))}
      {result.lines.length > 0 && (
        <>
          <h2 id="import-rows">{t('import.rows')}</h2>
          <p>
            <label>
              <input type="checkbox" checked={onlyRefused} onChange={(e) => setOnlyRefused(e.target.checked)} /> {t('import.onlyRefused')}
            </label>
          </p>
          <div className="report-scroll" role="region" aria-labelledby="import-rows" tabIndex={0}>
            <table className="plain report-table import-table" data-testid="import-rows">
              <thead>
                <tr>
                  <th scope="col">{t('import.rowNumber')}</th>
                  <th scope="col">{t('import.outcome')}</th>
                  <th scope="col">{t('import.errors')}</th>
                  {result.header.map((h, i) => (
                    <th key={i} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {lines.map((l) => {
                  const errors = byRow.get(l.rowNumber) ?? [];
                  const bad = new Set(errors.map((e) => e.column));
                  return (
                    <tr key={l.rowNumber} data-row={l.rowNumber} data-outcome={l.outcome} className={errors.length ? 'import-refused' : undefined}>
                      <th scope="row">{l.rowNumber}</th>
                      <td>
                        {l.hazardId ? <Link to={`/hazards/${encodeURIComponent(l.hazardId)}`}>{l.hazardCode ?? l.hazardId}</Link> : null} <span className={`badge import-${l.outcome}`}>{t(`import.outcomes.${l.outcome}`)}</span>
                      </td>
                      <td data-testid="import-row-errors">
                        {errors.length > 0 && (
                          <ul className="import-errors">
                            {errors.map((e, i) => (
                              <li key={i}>
                                <strong>{e.column}</strong>：{e.reason}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                      {result.header.map((h, i) => (
                        <td key={i} className={bad.has(h) ? 'import-bad-cell' : undefined}>
                          {l.cells[i] ?? ''}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
