import { SECTORS } from '@hazard/domain';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useQuery } from 'urql';
import type { DutyIncidentsQuery as IncidentsData, IncidentLevel, Sector } from '../../gql/graphql';
import { RegionFilter, useUrlFilter } from '../../url-filter';
import { formatTime, fromBeijingLocal, toBeijingLocal } from '../../time';
import { Countdown, DutyTabs, Field, Refusal, ReportState, newRecordId, useCommand, useDutyNames, useMay, useNow, useRefetchEvery, wholeNumber } from './common';
import { CasualtyChangeMutation, CloseIncidentMutation, FileReportMutation, IncidentsQuery, RecordIncidentMutation } from './operations';

type Incident = IncidentsData['incidents'][number];
type Report = Incident['reports'][number];
const LEVELS: IncidentLevel[] = ['ORDINARY', 'LARGER', 'MAJOR', 'ESPECIALLY_MAJOR'];
const nowLocal = () => toBeijingLocal(new Date().toISOString());

/** 事故信息: incidents on their legal reporting clocks, each report counting down to its due time; record one, file its reports. */
export function Incidents() {
  const { t } = useTranslation('duty');
  const names = useDutyNames();
  const now = useNow(1000);
  const { get, set: setParam } = useUrlFilter();
  const show = get('show') || 'open';
  const region = get('region');
  const filter = useMemo(() => ({ ...(show === 'open' ? { open: true } : show === 'overdue' ? { overdue: true } : {}), ...(region ? { regionCode: region } : {}) }), [show, region]);
  const [{ data, error }, reexecute] = useQuery({ query: IncidentsQuery, variables: { filter }, requestPolicy: 'cache-and-network' });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useRefetchEvery(refetch, 30_000);
  const may = useMay('RecordIncident');
  // a report reaching its due time: ask again a moment later, when the workflow has recorded its alarm
  const nextDue = (data?.incidents ?? [])
    .flatMap((i) => i.reports.filter((r) => !r.filedAt).map((r) => Date.parse(r.dueAt)))
    .filter((ms) => ms > Date.now())
    .sort((a, b) => a - b)[0];
  useEffect(() => {
    if (nextDue === undefined) return undefined;
    const id = setTimeout(() => reexecute({ requestPolicy: 'network-only' }), nextDue - Date.now() + 3_000);
    return () => clearTimeout(id);
  }, [nextDue, reexecute]);
  // opened from the overview on one incident: bring it into view once it is on the page
  const { hash } = useLocation();
  const loaded = Boolean(data);
  useEffect(() => {
    if (!loaded || !hash) return;
    const el = document.getElementById(decodeURIComponent(hash.slice(1)));
    el?.scrollIntoView();
    el?.querySelector<HTMLElement>('h3')?.focus();
  }, [hash, loaded]);

  return (
    <div className="duty">
      <h1>{t('incidents.title')}</h1>
      <DutyTabs />
      <p className="muted">{t('incidents.intro')}</p>
      {error && (
        <p role="alert" className="error">
          {t('translation:common.error', { message: error.message })}
        </p>
      )}
      {may ? <RecordForm onDone={refetch} /> : <p className="banner info">{t('form.noRole')}</p>}
      <section aria-labelledby="incident-list">
        <h2 id="incident-list">{t('incidents.list')}</h2>
        <div className="filters duty-filters">
          <div>
            <label htmlFor="incident-show">{t('incidents.filter')}</label>
            <select id="incident-show" value={show} onChange={(e) => setParam('show', e.target.value === 'open' ? '' : e.target.value)}>
              <option value="open">{t('incidents.open')}</option>
              <option value="overdue">{t('incidents.overdue')}</option>
              <option value="all">{t('incidents.all')}</option>
            </select>
          </div>
          <RegionFilter id="incident-region" label={t('region')} allLabel={t('allRegions')} regions={names.regions} value={region} onChange={(v) => setParam('region', v)} />
        </div>
        {!data ? (
          <p role="status">{t('translation:common.loading')}</p>
        ) : data.incidents.length === 0 ? (
          <p data-testid="incident-none">{t('incidents.none')}</p>
        ) : (
          data.incidents.map((i) => <IncidentCard key={i.id} incident={i} now={now} may={may} onChanged={refetch} />)
        )}
      </section>
    </div>
  );
}

function RecordForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('duty');
  const names = useDutyNames();
  const blank = () => ({ incidentId: newRecordId('incident'), title: '', level: 'ORDINARY', sector: 'HAZARDOUS_CHEMICALS', region: '', department: '', place: '', summary: '', happenedAt: '', receivedAt: nowLocal(), deaths: '0', injuries: '0', missing: '0' });
  const [v, setV] = useState<Record<string, string>>(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const { run, problem, fetching } = useCommand(RecordIncidentMutation);
  const set = (name: string) => (value: string) => setV((x) => ({ ...x, [name]: value }));
  const region = v.region || names.regions[0]?.code || '';
  const department = v.department || names.departments[0]?.code || '';
  const id = (name: string) => `incident-f-${name}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const found: Record<string, string> = {};
    for (const n of ['incidentId', 'title', 'place', 'summary']) if (!v[n].trim()) found[n] = 'required';
    for (const n of ['happenedAt', 'receivedAt']) if (!fromBeijingLocal(v[n])) found[n] = 'datetime';
    for (const n of ['deaths', 'injuries', 'missing']) if (wholeNumber(v[n]) === null) found[n] = 'number';
    setErrors(found);
    if (Object.keys(found).length) return document.getElementById(id(Object.keys(found)[0]))?.focus();
    const err = await run({
      incidentId: v.incidentId.trim(),
      title: v.title.trim(),
      level: v.level as IncidentLevel,
      sector: v.sector as Sector,
      regionCode: region,
      departmentCode: department,
      place: v.place.trim(),
      summary: v.summary.trim(),
      happenedAt: fromBeijingLocal(v.happenedAt) as string,
      receivedAt: fromBeijingLocal(v.receivedAt) as string,
      casualties: { deaths: wholeNumber(v.deaths) ?? 0, injuries: wholeNumber(v.injuries) ?? 0, missing: wholeNumber(v.missing) ?? 0 },
    });
    if (err) {
      const field = err.field?.split('.').pop();
      if (field && field in v) setErrors({ [field]: err.message });
      return;
    }
    setDone(v.incidentId.trim());
    setV(blank());
    onDone();
  };
  return (
    <section aria-labelledby="incident-record" className="card">
      <h2 id="incident-record">{t('incidents.record')}</h2>
      <form onSubmit={submit} noValidate aria-labelledby="incident-record" data-testid="incident-form">
        <div className="duty-form-row">
          <Field id={id('incidentId')} label={t('incidents.incidentId')} value={v.incidentId} onChange={set('incidentId')} error={errors.incidentId} required />
          <Field id={id('title')} label={t('incidents.incidentTitle')} value={v.title} onChange={set('title')} error={errors.title} required />
          <Field id={id('level')} label={t('incidents.level')} kind="select" value={v.level} onChange={set('level')} options={LEVELS.map((l) => ({ value: l, label: t(`incidentLevel.${l}`) }))} required />
          <Field id={id('sector')} label={t('incidents.sector')} kind="select" value={v.sector} onChange={set('sector')} options={SECTORS.map((s) => ({ value: s, label: t(`translation:sector.${s}`) }))} error={errors.sector} required />
        </div>
        <div className="duty-form-row">
          <Field id={id('region')} label={t('region')} kind="select" value={region} onChange={set('region')} options={names.regions.map((r) => ({ value: r.code, label: r.name }))} error={errors.regionCode} required />
          <Field id={id('department')} label={t('department')} kind="select" value={department} onChange={set('department')} options={names.departments.map((d) => ({ value: d.code, label: d.name }))} error={errors.departmentCode} required />
          <Field id={id('place')} label={t('incidents.place')} value={v.place} onChange={set('place')} error={errors.place} required />
        </div>
        <Field id={id('summary')} label={t('incidents.summary')} kind="textarea" value={v.summary} onChange={set('summary')} error={errors.summary} required />
        <div className="duty-form-row">
          <Field id={id('happenedAt')} label={t('incidents.happenedAt')} kind="datetime" value={v.happenedAt} onChange={set('happenedAt')} error={errors.happenedAt} required />
          <Field id={id('receivedAt')} label={t('incidents.receivedAt')} kind="datetime" value={v.receivedAt} onChange={set('receivedAt')} error={errors.receivedAt} required />
          {(['deaths', 'injuries', 'missing'] as const).map((n) => (
            <Field key={n} id={id(n)} label={t(`incidents.${n}`)} kind="number" value={v[n]} onChange={set(n)} error={errors[n]} />
          ))}
        </div>
        <Refusal problem={problem} testId="incident-refusal" />
        {done && (
          <p role="status" className="banner ok" data-testid="incident-recorded">
            {t('incidents.recorded', { id: done })}
          </p>
        )}
        <p>
          <button type="submit" className="primary" disabled={fetching}>
            {fetching ? t('form.sending') : t('incidents.record')}
          </button>
        </p>
      </form>
    </section>
  );
}

function IncidentCard({ incident: i, now, may, onChanged }: { incident: Incident; now: number; may: boolean; onChanged: () => void }) {
  const { t } = useTranslation('duty');
  const names = useDutyNames();
  const [form, setForm] = useState<{ kind: 'file'; report: Report } | { kind: 'change' } | { kind: 'close' } | null>(null);
  const heading = `incident-h-${i.id}`;
  const done = () => {
    setForm(null);
    onChanged();
  };
  return (
    <article id={`incident-${i.id}`} className="card duty-incident" aria-labelledby={heading} data-testid="incident-card" data-incident={i.id}>
      <h3 id={heading} tabIndex={-1}>
        {i.title} <span className={`badge incident-${i.level}`}>{t(`incidentLevel.${i.level}`)}</span>
        {i.closedAt && <span className="badge"> {t('incidents.closed', { time: formatTime(i.closedAt) })}</span>}
      </h3>
      <p className="muted">
        {i.id} · {names.regionName(i.regionCode)} · {names.departmentName(i.departmentCode)} · {t(`translation:sector.${i.sector}`)} · {i.place} · {t('incidents.happened', { time: formatTime(i.happenedAt) })} ·{' '}
        {t('incidents.received', { time: formatTime(i.receivedAt) })}
      </p>
      <p>
        {i.summary} <strong>{t('incidents.casualties', { ...i.casualties })}</strong>
      </p>
      <p className="muted">{t(i.rulesVersion > 0 ? 'incidents.rules' : 'incidents.rulesDefault', { source: i.rulesSource, version: i.rulesVersion })}</p>
      <div className="duty-scroll" tabIndex={0} role="region" aria-label={`${i.title} · ${t('incidents.reports')}`}>
        <table className="plain duty-table" data-testid="incident-reports">
          <thead>
            <tr>
              <th scope="col">{t('desk.report')}</th>
              <th scope="col">{t('desk.dueAt')}</th>
              <th scope="col">{t('desk.countdown')}</th>
              {may && !i.closedAt && <th scope="col">{t('incidents.file')}</th>}
            </tr>
          </thead>
          <tbody>
            {i.reports.map((r) => (
              <tr key={r.key} data-report={r.key} className={!r.filedAt && Date.parse(r.dueAt) <= now ? 'over' : undefined}>
                <th scope="row">
                  {t(`reportKind.${r.kind}`)} <span className="muted">{r.key}</span>
                </th>
                <td>
                  <time dateTime={r.dueAt}>{formatTime(r.dueAt)}</time>
                </td>
                <td>
                  {!r.filedAt && <Countdown dueAt={r.dueAt} now={now} testId="incident-countdown" />} <ReportState report={r} />
                </td>
                {may && !i.closedAt && (
                  <td>
                    {!r.filedAt && (
                      <button type="button" onClick={() => setForm({ kind: 'file', report: r })} aria-label={t('incidents.fileReport', { report: t(`reportKind.${r.kind}`) })}>
                        {t('incidents.file')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {may && !i.closedAt && (
        <p className="commands">
          <button type="button" onClick={() => setForm({ kind: 'change' })}>
            {t('incidents.change')}
          </button>
          <button type="button" onClick={() => setForm({ kind: 'close' })}>
            {t('incidents.close')}
          </button>
        </p>
      )}
      {form?.kind === 'file' && <FileReportForm incident={i} report={form.report} onClose={() => setForm(null)} onDone={done} />}
      {form?.kind === 'change' && <CasualtyForm incident={i} onClose={() => setForm(null)} onDone={done} />}
      {form?.kind === 'close' && <CloseForm incident={i} onClose={() => setForm(null)} onDone={done} />}
    </article>
  );
}

function FormButtons({ fetching, onClose }: { fetching: boolean; onClose: () => void }) {
  const { t } = useTranslation('duty');
  return (
    <p className="commands">
      <button type="submit" className="primary" disabled={fetching}>
        {fetching ? t('form.sending') : t('form.send')}
      </button>
      <button type="button" onClick={onClose}>
        {t('form.cancel')}
      </button>
    </p>
  );
}

function FileReportForm({ incident, report, onClose, onDone }: { incident: Incident; report: Report; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('duty');
  const [recipient, setRecipient] = useState('');
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { run, problem, fetching } = useCommand(FileReportMutation);
  const id = (n: string) => `file-${incident.id}-${n}`;
  const title = t('incidents.fileReport', { report: t(`reportKind.${report.kind}`) });
  useEffect(() => {
    document.getElementById(`file-${incident.id}-recipient`)?.focus();
  }, [incident.id]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!recipient.trim()) found.recipient = 'required';
    if (!summary.trim()) found.summary = 'required';
    setErrors(found);
    if (Object.keys(found).length) return document.getElementById(id(Object.keys(found)[0]))?.focus();
    if (!(await run({ incidentId: incident.id, key: report.key, recipient: recipient.trim(), summary: summary.trim(), expectedVersion: incident.version }))) onDone();
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={title} data-testid="incident-file-form">
      <h4>{title}</h4>
      <Field id={id('recipient')} label={t('incidents.recipient')} value={recipient} onChange={setRecipient} error={errors.recipient} required />
      <Field id={id('summary')} label={t('incidents.reportSummary')} kind="textarea" value={summary} onChange={setSummary} error={errors.summary} required />
      <Refusal problem={problem} />
      <FormButtons fetching={fetching} onClose={onClose} />
    </form>
  );
}

function CasualtyForm({ incident, onClose, onDone }: { incident: Incident; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('duty');
  const [v, setV] = useState<Record<string, string>>({ deaths: String(incident.casualties.deaths), injuries: String(incident.casualties.injuries), missing: String(incident.casualties.missing), note: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { run, problem, fetching } = useCommand(CasualtyChangeMutation);
  const id = (n: string) => `change-${incident.id}-${n}`;
  const set = (name: string) => (value: string) => setV((x) => ({ ...x, [name]: value }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    for (const n of ['deaths', 'injuries', 'missing']) if (wholeNumber(v[n]) === null) found[n] = 'number';
    if (!v.note.trim()) found.note = 'required';
    setErrors(found);
    if (Object.keys(found).length) return document.getElementById(id(Object.keys(found)[0]))?.focus();
    const err = await run({ incidentId: incident.id, deaths: wholeNumber(v.deaths) ?? 0, injuries: wholeNumber(v.injuries) ?? 0, missing: wholeNumber(v.missing) ?? 0, note: v.note.trim(), expectedVersion: incident.version });
    if (!err) onDone();
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('incidents.change')}>
      <h4>{t('incidents.change')}</h4>
      <div className="duty-form-row">
        {(['deaths', 'injuries', 'missing'] as const).map((n) => (
          <Field key={n} id={id(n)} label={t(`incidents.${n}`)} kind="number" value={v[n]} onChange={set(n)} error={errors[n]} required />
        ))}
      </div>
      <Field id={id('note')} label={t('incidents.changeNote')} value={v.note} onChange={set('note')} error={errors.note} required />
      <Refusal problem={problem} />
      <FormButtons fetching={fetching} onClose={onClose} />
    </form>
  );
}

function CloseForm({ incident, onClose, onDone }: { incident: Incident; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('duty');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { run, problem, fetching } = useCommand(CloseIncidentMutation);
  const fid = `close-${incident.id}-reason`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setError('required');
      return document.getElementById(fid)?.focus();
    }
    setError(null);
    if (!(await run({ incidentId: incident.id, reason: reason.trim(), expectedVersion: incident.version }))) onDone();
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('incidents.close')}>
      <h4>{t('incidents.close')}</h4>
      <Field id={fid} label={t('incidents.closeReason')} value={reason} onChange={setReason} error={error} required />
      <Refusal problem={problem} />
      <FormButtons fetching={fetching} onClose={onClose} />
    </form>
  );
}
