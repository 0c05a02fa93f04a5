import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SubTabs } from '../../SubTabs';
import { DownloadError, downloadWithToken } from '../../download';
import type { ServerError } from '../../errors';
import { EVIDENCE_ACCEPT, UploadError, uploadAll } from '../../hazard/evidence';
import { ErrorAlert } from '../../report/ErrorAlert';
import { useSession } from '../../session';
import { Field } from '../duty/common';
import { SendCancel } from './forms';
import './texts';

/** The register's pages, one sub-navigation (a landmark of its own), like the duty desk's. */
export function RegisterTabs() {
  const { t } = useTranslation('register');
  return (
    <SubTabs
      label={t('nav.label')}
      tabs={[
        { to: '/register', label: t('nav.overview') },
        { to: '/register/enterprises', label: t('nav.enterprises') },
        { to: '/register/sources', label: t('nav.sources') },
        { to: '/register/grading', label: t('nav.grading') },
      ]}
    />
  );
}

/** A yes / no / any select for a boolean filter kept in the URL (`true`, `false` or absent). */
export function TriState({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation('register');
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('any')}</option>
        <option value="true">{t('yes')}</option>
        <option value="false">{t('no')}</option>
      </select>
    </div>
  );
}

/** The list exported as the server renders it (GET /exports/<list>.xlsx with the page's filter and the token). */
export function ExportButton({ path, params, testId }: { path: string; params: Record<string, string>; testId: string }) {
  const { t } = useTranslation('register');
  const { token } = useSession();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<ServerError | null>(null);
  const run = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== ''));
      setDone(await downloadWithToken(`${path}?${query}`, token, 'register.xlsx'));
    } catch (err) {
      setProblem(err instanceof DownloadError ? { code: err.code, message: err.message } : { code: 'ERROR', message: String(err) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="register-export">
      <button type="button" onClick={() => void run()} disabled={busy} aria-busy={busy || undefined} data-testid={testId}>
        {t('export')}
      </button>
      <span role="status" className="muted">
        {done ? t('exported', { name: done }) : ''}
      </span>
      <ErrorAlert error={problem} />
    </div>
  );
}

export const dayOf = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

/** A site verification's result and date, or 未核查. */
export function VerificationCell({ v }: { v: { at: string; result: string } | null | undefined }) {
  const { t } = useTranslation('register');
  if (!v) return <span className="muted">{t('notVerified')}</span>;
  return <span className={`badge verify-${v.result}`}>{t('verified', { result: t(`result.${v.result}`), date: dayOf(v.at) })}</span>;
}

export interface FindingDraft {
  title: string;
  description: string;
  level: 'GENERAL' | 'MAJOR';
}

/** What a site verification or a patrol form sends besides its own fields: files (hashed by the server) and an optional finding. */
export interface VerificationDraft {
  result: string;
  verifiers: { name: string }[];
  discrepancies: string[];
  evidenceHashes: string[];
  findings: FindingDraft[];
}

/** Sends the command; the server's answer: the hazards its findings became, or its refusal. */
export type Sender<D> = (draft: D) => Promise<{ hazards: { id: string; code: string }[] } | ServerError>;

const isProblem = (x: unknown): x is ServerError => typeof x === 'object' && x !== null && 'code' in x && 'message' in x;

/** The optional finding, three fields; empty means none. */
function FindingFields({ prefix, value, onChange, errors }: { prefix: string; value: FindingDraft; onChange: (v: FindingDraft) => void; errors: Record<string, string> }) {
  const { t } = useTranslation('register');
  return (
    <fieldset className="register-finding">
      <legend>{t('verify.finding')}</legend>
      <div className="duty-form-row">
        <Field id={`${prefix}-title`} label={t('verify.findingTitle')} value={value.title} onChange={(title) => onChange({ ...value, title })} error={errors.title} />
        <Field
          id={`${prefix}-level`}
          label={t('verify.findingLevel')}
          kind="select"
          value={value.level}
          onChange={(level) => onChange({ ...value, level: level as FindingDraft['level'] })}
          options={[
            { value: 'GENERAL', label: t('verify.general') },
            { value: 'MAJOR', label: t('verify.major') },
          ]}
        />
      </div>
      <Field id={`${prefix}-description`} label={t('verify.findingDescription')} kind="textarea" value={value.description} onChange={(description) => onChange({ ...value, description })} error={errors.description} />
    </fieldset>
  );
}

/** What a patrol or a verification recorded: the hazards its findings became, linked; and the way out. */
function Created({ hazards, title, onClose }: { hazards: { id: string; code: string }[]; title: string; onClose: () => void }) {
  const { t } = useTranslation('register');
  return (
    <div className="form" aria-label={title}>
      <p role="status" className="banner ok" data-testid="register-done">
        {t('verify.done')}
        {hazards.length > 0 && (
          <>
            {' '}
            {t('verify.hazards')}{' '}
            {hazards.map((h, i) => (
              <span key={h.id}>
                {i > 0 && '、'}
                <Link to={`/hazards/${encodeURIComponent(h.id)}`} data-testid="register-hazard-link">
                  {h.code}
                </Link>
              </span>
            ))}
          </>
        )}
      </p>
      <button type="button" onClick={onClose}>
        {t('verify.cancel')}
      </button>
    </div>
  );
}

function finding(f: FindingDraft): FindingDraft[] {
  return f.title.trim() || f.description.trim() ? [{ title: f.title.trim(), description: f.description.trim(), level: f.level }] : [];
}

function findingErrors(f: FindingDraft): Record<string, string> {
  if (!f.title.trim() && !f.description.trim()) return {};
  return { ...(f.title.trim() ? {} : { title: 'required' }), ...(f.description.trim() ? {} : { description: 'required' }) };
}

/** 现场核查: conclusion, verifiers, discrepancies, files, an optional finding; `extra` are the caller's own fields (e.g. which key part). */
export function VerifyForm({ id, title, send, onClose, onDone, extra }: { id: string; title: string; send: Sender<VerificationDraft>; onClose: () => void; onDone: () => void; extra?: ReactNode }) {
  const { t } = useTranslation('register');
  const session = useSession();
  const [result, setResult] = useState('CONSISTENT');
  const [verifiers, setVerifiers] = useState('');
  const [discrepancies, setDiscrepancies] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [draft, setDraft] = useState<FindingDraft>({ title: '', description: '', level: 'GENERAL' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [stage, setStage] = useState<'idle' | 'uploading' | 'sending'>('idle');
  const [problem, setProblem] = useState<ServerError | null>(null);
  const [created, setCreated] = useState<{ id: string; code: string }[] | null>(null);
  const first = useRef<HTMLElement | null>(null);
  useEffect(() => {
    first.current = document.getElementById(`${id}-result`);
    first.current?.focus();
  }, [id]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!verifiers.trim()) found.verifiers = 'required';
    const fe = findingErrors(draft);
    setErrors({ ...found, ...Object.fromEntries(Object.entries(fe).map(([k, v]) => [`finding-${k}`, v])) });
    if (found.verifiers) return document.getElementById(`${id}-verifiers`)?.focus();
    if (Object.keys(fe).length) return document.getElementById(`${id}-finding-${Object.keys(fe)[0]}`)?.focus();
    setProblem(null);
    let evidenceHashes: string[] = [];
    try {
      setStage('uploading');
      evidenceHashes = await uploadAll(files, session.token);
    } catch (err) {
      setStage('idle');
      setProblem(err instanceof UploadError ? { code: err.code, message: err.message } : { code: 'ERROR', message: String(err) });
      return;
    }
    setStage('sending');
    const answer = await send({
      result,
      verifiers: verifiers.split(/[、,，;；\n]/).map((n) => n.trim()).filter(Boolean).map((name) => ({ name })),
      discrepancies: discrepancies.split('\n').map((d) => d.trim()).filter(Boolean),
      evidenceHashes,
      findings: finding(draft),
    });
    setStage('idle');
    if (isProblem(answer)) return setProblem(answer);
    setCreated(answer.hazards);
    onDone();
  };
  if (created) return <Created hazards={created} title={title} onClose={onClose} />;
  return (
    <form className="form register-form" onSubmit={(e) => void submit(e)} noValidate aria-label={title} data-testid="register-verify-form">
      <h3>{title}</h3>
      {extra}
      <div className="duty-form-row">
        <Field
          id={`${id}-result`}
          label={t('verify.result')}
          kind="select"
          value={result}
          onChange={setResult}
          options={['CONSISTENT', 'INCONSISTENT', 'NEW', 'TO_DEREGISTER'].map((r) => ({ value: r, label: t(`result.${r}`) }))}
          required
        />
        <Field id={`${id}-verifiers`} label={t('verify.verifiers')} value={verifiers} onChange={setVerifiers} error={errors.verifiers} required />
      </div>
      <Field id={`${id}-discrepancies`} label={t('verify.discrepancies')} kind="textarea" value={discrepancies} onChange={setDiscrepancies} />
      <div className="duty-field">
        <label htmlFor={`${id}-files`}>{t('verify.evidence')}</label>
        <input id={`${id}-files`} type="file" multiple accept={EVIDENCE_ACCEPT} onChange={(e) => setFiles(Array.from(e.target.files ?? []))} />
      </div>
      <FindingFields prefix={`${id}-finding`} value={draft} onChange={setDraft} errors={{ title: errors['finding-title'], description: errors['finding-description'] }} />
      <ErrorAlert error={problem} />
      <SendCancel busy={stage === 'uploading' ? t('verify.uploading') : stage === 'sending' ? t('verify.sending') : null} onClose={onClose} />
    </form>
  );
}

/** 记录巡查: which responsible person patrolled, what they found, an optional finding. */
export function PatrolForm({ id, title, roles, send, onClose, onDone }: { id: string; title: string; roles: { value: string; label: string }[]; send: Sender<{ role: string; note: string; findings: FindingDraft[] }>; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('register');
  const [role, setRole] = useState(roles[0]?.value ?? 'PRINCIPAL');
  const [note, setNote] = useState('');
  const [draft, setDraft] = useState<FindingDraft>({ title: '', description: '', level: 'GENERAL' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<ServerError | null>(null);
  const [created, setCreated] = useState<{ id: string; code: string }[] | null>(null);
  useEffect(() => {
    document.getElementById(`${id}-role`)?.focus();
  }, [id]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const fe = findingErrors(draft);
    const found = { ...(note.trim() ? {} : { note: 'required' }), ...Object.fromEntries(Object.entries(fe).map(([k, v]) => [`finding-${k}`, v])) };
    setErrors(found);
    if (Object.keys(found).length) return document.getElementById(`${id}-${Object.keys(found)[0]}`)?.focus();
    setProblem(null);
    setSending(true);
    const answer = await send({ role, note: note.trim(), findings: finding(draft) });
    setSending(false);
    if (isProblem(answer)) return setProblem(answer);
    setCreated(answer.hazards);
    onDone();
  };
  if (created) return <Created hazards={created} title={title} onClose={onClose} />;
  return (
    <form className="form register-form" onSubmit={(e) => void submit(e)} noValidate aria-label={title} data-testid="register-patrol-form">
      <h3>{title}</h3>
      <div className="duty-form-row">
        <Field id={`${id}-role`} label={t('sources.role')} kind="select" value={role} onChange={setRole} options={roles} required />
      </div>
      <Field id={`${id}-note`} label={t('sources.note')} kind="textarea" value={note} onChange={setNote} error={errors.note} required />
      <FindingFields prefix={`${id}-finding`} value={draft} onChange={setDraft} errors={{ title: errors['finding-title'], description: errors['finding-description'] }} />
      <ErrorAlert error={problem} />
      <SendCancel busy={sending ? t('verify.sending') : null} onClose={onClose} />
    </form>
  );
}

/**
 * A list's “add one” button (for those whose roles allow it), the form it opens, and what was added, said once
 * it is: `testId`-add, `testId`-added.
 */
export function AddPanel({ label, testId, may, doneText, onAdded, form }: { label: string; testId: string; may: boolean; doneText: string; onAdded: () => void; form: (onClose: () => void, onDone: (name: string) => void) => ReactNode }) {
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  if (!may) return null;
  return (
    <>
      <p>
        <button type="button" aria-expanded={adding} onClick={() => setAdding(!adding)} data-testid={`${testId}-add`}>
          {label}
        </button>
      </p>
      {adding &&
        form(
          () => setAdding(false),
          (name) => {
            setAdding(false);
            setDone(name);
            onAdded();
          },
        )}
      {done && (
        <p role="status" className="banner ok" data-testid={`${testId}-added`}>
          {doneText} {done}
        </p>
      )}
    </>
  );
}

/** A register list's three states: loading, none (its test id), or the count and the table in a scrollable region. */
export function RegisterList({ loaded, count, title, noneTestId, children }: { loaded: boolean; count: number; title: string; noneTestId: string; children: ReactNode }) {
  const { t } = useTranslation('register');
  if (!loaded) return <p role="status">{t('translation:common.loading')}</p>;
  if (count === 0) return <p data-testid={noneTestId}>{t('none')}</p>;
  return (
    <>
      <p className="muted">{t('count', { count })}</p>
      <div className="report-scroll" role="region" aria-label={title} tabIndex={0}>
        {children}
      </div>
    </>
  );
}
