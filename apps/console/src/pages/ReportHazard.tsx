import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { listCovers, SECTORS } from '@hazard/domain';
import { type FieldSpec, newIdempotencyKey, validate } from '../hazard/commands';
import { errorOf } from '../errors';
import { FormFields } from '../hazard/FormFields';
import { HazardRegionNames } from '../hazard/operations';
import '../hazard/texts';
import { ReportHazardMutation, discardReport, isOffline, keepReport, usePendingReports } from '../outbox';
import { useSession } from '../session';
import { formatTime, fromBeijingLocal } from '../time';

const SOURCES = ['DEPARTMENT_INSPECTION', 'ENTERPRISE_SELF_INSPECTION', 'COVERT_INSPECTION', 'SUPERVISION_CHECK', 'PUBLIC_REPORT'];
const optional = (s: string | undefined) => (s && s.trim() ? s.trim() : null);

/** 上报隐患: the finding that starts a hazard's workflow; one idempotency key per form, so a resend reports once. */
export function ReportHazard() {
  const { t } = useTranslation('hazard');
  const session = useSession();
  const navigate = useNavigate();
  const [{ data: names }] = useQuery({ query: HazardRegionNames });
  const fields = useMemo<FieldSpec[]>(() => {
    const regions = (names?.regions ?? []).filter((r) => listCovers(session.regions, r.code));
    const departments = (names?.departments ?? []).filter((d) => listCovers(session.departments, d.code));
    return [
      { name: 'title', kind: 'text', required: true },
      { name: 'description', kind: 'textarea', required: true },
      { name: 'level', kind: 'select', required: true, options: ['GENERAL', 'MAJOR'].map((v) => ({ value: v, label: `translation:level.${v}` })), initial: 'GENERAL' },
      { name: 'sector', kind: 'select', required: true, options: SECTORS.map((v) => ({ value: v, label: `translation:sector.${v}` })), initial: SECTORS[0] },
      { name: 'regionCode', kind: 'select', required: true, options: regions.map((r) => ({ value: r.code, label: r.name })), initial: regions[0]?.code },
      { name: 'departmentCode', kind: 'select', required: true, options: departments.map((d) => ({ value: d.code, label: d.name })), initial: departments[0]?.code },
      { name: 'enterpriseName', kind: 'text', required: true },
      { name: 'enterpriseCreditCode', kind: 'text' },
      { name: 'location', kind: 'text' },
      { name: 'judgementBasis', kind: 'text' },
      { name: 'source', kind: 'select', required: true, options: SOURCES.map((v) => ({ value: v, label: `translation:source.${v}` })), initial: SOURCES[0] },
      { name: 'foundAt', kind: 'datetime' },
      { name: 'orderDocumentNumber', kind: 'text' },
      { name: 'orderDeadline', kind: 'datetime' },
    ];
  }, [names, session]);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [key, setKey] = useState(newIdempotencyKey);
  const [kept, setKept] = useState<string | null>(null);
  const pending = usePendingReports(session.sub);
  const [result, execute] = useMutation(ReportHazardMutation);
  const [problem, setProblem] = useState<ReturnType<typeof errorOf>>(null);
  const current = (name: string) => values[name] ?? fields.find((f) => f.name === name)?.initial ?? '';
  const all = Object.fromEntries(fields.map((f) => [f.name, current(f.name)]));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validate(fields, all);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length) return document.getElementById(`f-${Object.keys(found)[0]}`)?.focus();
    const input = {
      idempotencyKey: key,
      title: all.title.trim(),
      description: all.description.trim(),
      level: all.level as 'GENERAL',
      sector: all.sector as 'FIRE',
      regionCode: all.regionCode,
      departmentCode: all.departmentCode,
      enterpriseName: all.enterpriseName.trim(),
      enterpriseCreditCode: optional(all.enterpriseCreditCode),
      location: optional(all.location),
      judgementBasis: optional(all.judgementBasis),
      source: all.source as 'DEPARTMENT_INSPECTION',
      foundAt: all.foundAt ? fromBeijingLocal(all.foundAt) : null,
      rectificationOrder: all.orderDeadline ? { deadline: fromBeijingLocal(all.orderDeadline) as string, documentNumber: optional(all.orderDocumentNumber) } : null,
    };
    setKept(null);
    // no connection: the report stays on this device with its key and goes when the connection returns (outbox.ts)
    const keep = () => {
      const { idempotencyKey: _key, ...rest } = input;
      keepReport(session.sub, { key, title: input.title, savedAt: new Date().toISOString(), input: rest });
      setKept(input.title);
      setValues({});
      setKey(newIdempotencyKey());
    };
    if (!navigator.onLine) return keep();
    const answer = await execute({ input });
    const err = errorOf(answer.error);
    if (err && isOffline(err.code)) return keep();
    if (err) {
      setProblem(err);
      const field = err.field?.split('.').pop();
      if (field) setErrors({ [field === 'deadline' ? 'orderDeadline' : field]: err.message });
      return;
    }
    const hazard = answer.data?.reportHazard.hazard;
    if (hazard) navigate(`/hazards/${hazard.id}`);
  };
  return (
    <>
      <h1>{t('report.title')}</h1>
      <p className="muted">{t('report.intro')}</p>
      <form className="card" onSubmit={submit} noValidate aria-label={t('report.title')}>
        <FormFields fields={fields} values={all} errors={errors} onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))} />
        {problem && (
          <p role="alert" className="banner alarm" data-testid="command-error">
            <strong>{problem.code}</strong>: {problem.message}
          </p>
        )}
        {kept && (
          <p role="status" className="banner info" data-testid="kept-offline">
            {t('report.kept', { title: kept })}
          </p>
        )}
        <p>
          <button type="submit" className="primary" disabled={result.fetching}>
            {result.fetching ? t('form.sending') : t('form.send')}
          </button>
        </p>
      </form>
      {pending.length > 0 && (
        <section className="card" aria-labelledby="pending-title" data-testid="pending-reports">
          <h2 id="pending-title">{t('report.pending', { count: pending.length })}</h2>
          <p className="muted">{t('report.pendingIntro')}</p>
          <ul>
            {pending.map((r) => (
              <li key={r.key}>
                <strong>{r.title}</strong> <span className="muted">{t('report.savedAt', { time: formatTime(r.savedAt) })}</span>{' '}
                {r.refused ? <span className="error">{t('report.refused', { message: `${r.refused.code}: ${r.refused.message}` })}</span> : <span className="badge">{t('report.waiting')}</span>}{' '}
                <button type="button" className="link" onClick={() => discardReport(session.sub, r.key)}>
                  {t('report.discard')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
