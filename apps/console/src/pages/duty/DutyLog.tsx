import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { DutyChannel, DutyLogQuery as LogData, DutyRostersQuery as RostersData } from '../../gql/graphql';
import { formatTime, fromBeijingLocal, toBeijingLocal } from '../../time';
import { DutyTabs, Field, Refusal, newRecordId, optional, useCommand, useDutyNames, useMay, useRefetchEvery, wholeNumber } from './common';
import { ConfirmHandoverMutation, DutyLogQuery, DutyRostersQuery, HandOverMutation, LogEntryMutation, NotificationMutation } from './operations';

const CHANNELS: DutyChannel[] = ['PHONE', 'RADIO', 'FAX', 'MESSAGE', 'SYSTEM', 'IN_PERSON'];
type Entry = LogData['dutyLog'][number];
type Roster = RostersData['dutyRosters'][number];
const nowLocal = () => toBeijingLocal(new Date().toISOString());

/** 值班记录与交接班: each call or message received and whom the desk notified; handovers open until the incoming shift confirms. */
export function DutyLog() {
  const { t } = useTranslation('duty');
  const [log, reexecuteLog] = useQuery({ query: DutyLogQuery, requestPolicy: 'cache-and-network' });
  const [rosters, reexecuteRosters] = useQuery({ query: DutyRostersQuery, requestPolicy: 'cache-and-network' });
  const refetchLog = () => reexecuteLog({ requestPolicy: 'network-only' });
  const refetchRosters = () => reexecuteRosters({ requestPolicy: 'network-only' });
  useRefetchEvery(() => {
    refetchLog();
    refetchRosters();
  }, 60_000);
  const may = useMay('RecordDutyLogEntry');
  const error = log.error ?? rosters.error;
  return (
    <div className="duty">
      <h1>{t('log.title')}</h1>
      <DutyTabs />
      <p className="muted">{t('log.intro')}</p>
      {error && (
        <p role="alert" className="error">
          {t('translation:common.error', { message: error.message })}
        </p>
      )}
      {!may && <p className="banner info">{t('form.noRole')}</p>}
      <div className="two">
        <div>
          {may && <EntryForm onDone={refetchLog} />}
          <section aria-labelledby="log-entries">
            <h2 id="log-entries">{t('log.entries')}</h2>
            {!log.data ? (
              <p role="status">{t('translation:common.loading')}</p>
            ) : log.data.dutyLog.length === 0 ? (
              <p>{t('log.noEntries')}</p>
            ) : (
              <ol className="duty-log" data-testid="duty-log">
                {log.data.dutyLog.map((e) => (
                  <LogEntry key={e.id} entry={e} may={may} onChanged={refetchLog} />
                ))}
              </ol>
            )}
          </section>
        </div>
        <Handovers rosters={rosters.data?.dutyRosters} may={may} onChanged={refetchRosters} />
      </div>
    </div>
  );
}

function EntryForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('duty');
  const names = useDutyNames();
  const blank = () => ({ receivedAt: nowLocal(), channel: 'PHONE', reporter: '', reporterPhone: '', region: '', department: '', place: '', summary: '', deaths: '0', injuries: '0', missing: '0', measures: '', instructions: '', incidentId: '' });
  const [v, setV] = useState<Record<string, string>>(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const { run, problem, fetching } = useCommand(LogEntryMutation);
  const set = (name: string) => (value: string) => setV((x) => ({ ...x, [name]: value }));
  const region = v.region || names.regions[0]?.code || '';
  const department = v.department || names.departments[0]?.code || '';
  const id = (name: string) => `log-${name}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const found: Record<string, string> = {};
    if (!fromBeijingLocal(v.receivedAt)) found.receivedAt = 'datetime';
    if (!v.reporter.trim()) found.reporter = 'required';
    if (!v.summary.trim()) found.summary = 'required';
    for (const n of ['deaths', 'injuries', 'missing']) if (wholeNumber(v[n]) === null) found[n] = 'number';
    setErrors(found);
    if (Object.keys(found).length) return document.getElementById(id(Object.keys(found)[0]))?.focus();
    const err = await run({
      entryId: newRecordId('log'),
      regionCode: region,
      departmentCode: department,
      receivedAt: fromBeijingLocal(v.receivedAt) as string,
      channel: v.channel as DutyChannel,
      reporter: v.reporter.trim(),
      reporterPhone: optional(v.reporterPhone),
      place: optional(v.place),
      summary: v.summary.trim(),
      casualties: { deaths: wholeNumber(v.deaths) ?? 0, injuries: wholeNumber(v.injuries) ?? 0, missing: wholeNumber(v.missing) ?? 0 },
      measures: optional(v.measures),
      instructions: optional(v.instructions),
      incidentId: optional(v.incidentId),
    });
    if (err) {
      const field = err.field?.split('.').pop();
      if (field && field in v) setErrors({ [field]: err.message });
      return;
    }
    setV(blank());
    setDone(true);
    onDone();
  };
  return (
    <section aria-labelledby="log-entry" className="card">
      <h2 id="log-entry">{t('log.entry')}</h2>
      <form onSubmit={submit} noValidate aria-labelledby="log-entry" data-testid="log-form">
        <div className="duty-form-row">
          <Field id={id('receivedAt')} label={t('log.receivedAt')} kind="datetime" value={v.receivedAt} onChange={set('receivedAt')} error={errors.receivedAt} required />
          <Field id={id('channel')} label={t('log.channel')} kind="select" value={v.channel} onChange={set('channel')} options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} required />
          <Field id={id('region')} label={t('region')} kind="select" value={region} onChange={set('region')} options={names.regions.map((r) => ({ value: r.code, label: r.name }))} error={errors.regionCode} required />
          <Field id={id('department')} label={t('department')} kind="select" value={department} onChange={set('department')} options={names.departments.map((d) => ({ value: d.code, label: d.name }))} error={errors.departmentCode} required />
        </div>
        <div className="duty-form-row">
          <Field id={id('reporter')} label={t('log.reporter')} value={v.reporter} onChange={set('reporter')} error={errors.reporter} required />
          <Field id={id('reporterPhone')} label={t('log.reporterPhone')} value={v.reporterPhone} onChange={set('reporterPhone')} error={errors.reporterPhone} />
          <Field id={id('place')} label={t('log.place')} value={v.place} onChange={set('place')} error={errors.place} />
        </div>
        <Field id={id('summary')} label={t('log.summary')} kind="textarea" value={v.summary} onChange={set('summary')} error={errors.summary} required />
        <div className="duty-form-row">
          {(['deaths', 'injuries', 'missing'] as const).map((n) => (
            <Field key={n} id={id(n)} label={t(`log.${n}`)} kind="number" value={v[n]} onChange={set(n)} error={errors[n]} />
          ))}
          <Field id={id('incidentId')} label={t('log.incidentId')} value={v.incidentId} onChange={set('incidentId')} error={errors.incidentId} />
        </div>
        <Field id={id('measures')} label={t('log.measures')} kind="textarea" value={v.measures} onChange={set('measures')} error={errors.measures} />
        <Field id={id('instructions')} label={t('log.instructions')} kind="textarea" value={v.instructions} onChange={set('instructions')} error={errors.instructions} />
        <Refusal problem={problem} />
        {done && (
          <p role="status" className="banner ok">
            {t('log.recorded')}
          </p>
        )}
        <p>
          <button type="submit" className="primary" disabled={fetching}>
            {fetching ? t('form.sending') : t('form.send')}
          </button>
        </p>
      </form>
    </section>
  );
}

function LogEntry({ entry, may, onChanged }: { entry: Entry; may: boolean; onChanged: () => void }) {
  const { t } = useTranslation('duty');
  const names = useDutyNames();
  const [open, setOpen] = useState(false);
  const [whom, setWhom] = useState('');
  const [at, setAt] = useState(nowLocal);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { run, problem, fetching } = useCommand(NotificationMutation);
  const c = entry.casualties;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!whom.trim()) found.whom = 'required';
    if (!fromBeijingLocal(at)) found.at = 'datetime';
    setErrors(found);
    if (Object.keys(found).length) return document.getElementById(`notify-${entry.id}-${Object.keys(found)[0]}`)?.focus();
    const err = await run({ entryId: entry.id, whom: whom.trim(), at: fromBeijingLocal(at) as string, expectedVersion: entry.version });
    if (err) return;
    setWhom('');
    setOpen(false);
    onChanged();
  };
  return (
    <li data-testid="duty-log-entry">
      <div>
        <time dateTime={entry.receivedAt}>{formatTime(entry.receivedAt)}</time> · {t(`channel.${entry.channel}`)} · {entry.reporter}
        {entry.reporterPhone && <span className="muted"> {entry.reporterPhone}</span>} ·{' '}
        <span className="muted">
          {names.regionName(entry.regionCode)} {names.departmentName(entry.departmentCode)}
        </span>
      </div>
      <p className="duty-summary">
        {entry.place && <strong>{entry.place}：</strong>}
        {entry.summary}
      </p>
      {c.deaths + c.injuries + c.missing > 0 && <p>{t('log.casualties', { ...c })}</p>}
      {entry.measures && (
        <p>
          <span className="muted">{t('log.measures')}：</span>
          {entry.measures}
        </p>
      )}
      {entry.instructions && (
        <p>
          <span className="muted">{t('log.instructions')}：</span>
          {entry.instructions}
        </p>
      )}
      {entry.notified.length > 0 && (
        <ul className="duty-notified" aria-label={t('log.notified')}>
          {entry.notified.map((n, i) => (
            <li key={i}>{t('log.notifiedLine', { at: formatTime(n.at), whom: n.whom, by: n.by })}</li>
          ))}
        </ul>
      )}
      {may &&
        (open ? (
          <form className="form" onSubmit={submit} noValidate aria-label={t('log.notifyFor', { summary: entry.summary.slice(0, 30) })}>
            <div className="duty-form-row">
              <Field id={`notify-${entry.id}-whom`} label={t('log.notifyWhom')} value={whom} onChange={setWhom} error={errors.whom} required />
              <Field id={`notify-${entry.id}-at`} label={t('log.notifyAt')} kind="datetime" value={at} onChange={setAt} error={errors.at} required />
            </div>
            <Refusal problem={problem} />
            <p className="commands">
              <button type="submit" className="primary" disabled={fetching}>
                {fetching ? t('form.sending') : t('form.send')}
              </button>
              <button type="button" onClick={() => setOpen(false)}>
                {t('form.cancel')}
              </button>
            </p>
          </form>
        ) : (
          <button type="button" onClick={() => setOpen(true)} aria-label={t('log.notifyFor', { summary: entry.summary.slice(0, 30) })}>
            {t('log.notify')}
          </button>
        ))}
    </li>
  );
}

function Handovers({ rosters, may, onChanged }: { rosters: Roster[] | undefined; may: boolean; onChanged: () => void }) {
  const { t } = useTranslation('duty');
  const names = useDutyNames();
  const confirm = useCommand(ConfirmHandoverMutation);
  const all = (rosters ?? []).flatMap((r) => r.handovers.map((h) => ({ roster: r, handover: h }))).sort((a, b) => b.handover.at.localeCompare(a.handover.at));
  const confirmOne = async (roster: Roster, handoverId: string) => {
    if (!(await confirm.run({ rosterId: roster.id, handoverId, expectedVersion: roster.version }))) onChanged();
  };
  return (
    <div>
      {may && (rosters?.length ? <HandoverForm rosters={rosters} onDone={onChanged} /> : rosters && <p className="banner info">{t('log.noRoster')}</p>)}
      <section aria-labelledby="log-handovers">
        <h2 id="log-handovers">{t('log.handovers')}</h2>
        <Refusal problem={confirm.problem} />
        {!rosters ? (
          <p role="status">{t('translation:common.loading')}</p>
        ) : all.length === 0 ? (
          <p>{t('log.noHandovers')}</p>
        ) : (
          <ol className="duty-log" data-testid="duty-handovers">
            {all.map(({ roster, handover: h }) => (
              <li key={`${roster.id}/${h.id}`} data-testid="duty-handover">
                <div>
                  <time dateTime={h.at}>{formatTime(h.at)}</time> · {t('log.handoverLine', { from: h.fromShift, to: h.toShift })}{' '}
                  <span className="muted">
                    {names.regionName(roster.regionCode)} {names.departmentName(roster.departmentCode)}
                  </span>
                </div>
                <ul>
                  {h.pendingItems.map((item, i) => (
                    <li key={i}>{item}</li>
                  ))}
                </ul>
                {h.notes && <p className="muted">{h.notes}</p>}
                {h.confirmedAt ? (
                  <span className="badge RECTIFIED">{t('log.confirmed', { by: h.confirmedBy ?? '', at: formatTime(h.confirmedAt) })}</span>
                ) : (
                  <>
                    <span className="badge SUSPENDED">{t('log.open')}</span>{' '}
                    {may && (
                      <button type="button" onClick={() => void confirmOne(roster, h.id)} aria-label={`${t('log.confirm')}：${t('log.handoverLine', { from: h.fromShift, to: h.toShift })}`}>
                        {t('log.confirm')}
                      </button>
                    )}
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function HandoverForm({ rosters, onDone }: { rosters: Roster[]; onDone: () => void }) {
  const { t } = useTranslation('duty');
  const names = useDutyNames();
  const [rosterId, setRosterId] = useState(rosters[0]?.id ?? '');
  const roster = rosters.find((r) => r.id === rosterId) ?? rosters[0];
  const shifts = roster?.shifts ?? [];
  // by default the shift on now hands over to the one after it
  const current = Math.max(0, shifts.findIndex((s) => Date.parse(s.startsAt) <= Date.now() && Date.now() < Date.parse(s.endsAt)));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [items, setItems] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const { run, problem, fetching } = useCommand(HandOverMutation);
  const fromShift = from || shifts[current]?.key || '';
  const toShift = to || shifts[current + 1]?.key || shifts[current]?.key || '';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const pendingItems = items.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const found: Record<string, string> = {};
    if (pendingItems.length === 0) found.pendingItems = 'required';
    setErrors(found);
    if (Object.keys(found).length) return document.getElementById('handover-pendingItems')?.focus();
    const err = await run({ rosterId: roster.id, handoverId: newRecordId('handover'), fromShift, toShift, pendingItems, notes: optional(notes), expectedVersion: roster.version });
    if (err) {
      if (err.field && ['fromShift', 'toShift', 'pendingItems', 'notes'].includes(err.field.split('[')[0])) setErrors({ [err.field.split('[')[0]]: err.message });
      return;
    }
    setItems('');
    setNotes('');
    setDone(true);
    onDone();
  };
  const shiftOptions = shifts.map((s) => ({ value: s.key, label: `${s.key}（${formatTime(s.startsAt)} – ${formatTime(s.endsAt)}）` }));
  return (
    <section aria-labelledby="log-handover" className="card">
      <h2 id="log-handover">{t('log.handover')}</h2>
      <form onSubmit={submit} noValidate aria-labelledby="log-handover" data-testid="handover-form">
        <Field
          id="handover-roster"
          label={t('log.roster')}
          kind="select"
          value={roster?.id ?? ''}
          onChange={(v) => {
            setRosterId(v);
            setFrom('');
            setTo('');
          }}
          options={rosters.map((r) => ({ value: r.id, label: `${names.regionName(r.regionCode)} · ${names.departmentName(r.departmentCode)} · ${r.id}` }))}
          required
        />
        <div className="duty-form-row">
          <Field id="handover-fromShift" label={t('log.fromShift')} kind="select" value={fromShift} onChange={setFrom} options={shiftOptions} error={errors.fromShift} required />
          <Field id="handover-toShift" label={t('log.toShift')} kind="select" value={toShift} onChange={setTo} options={shiftOptions} error={errors.toShift} required />
        </div>
        <Field id="handover-pendingItems" label={t('log.pendingItems')} kind="textarea" value={items} onChange={setItems} error={errors.pendingItems} required />
        <Field id="handover-notes" label={t('log.notes')} value={notes} onChange={setNotes} error={errors.notes} />
        <Refusal problem={problem} />
        {done && (
          <p role="status" className="banner ok">
            {t('log.handedOver')}
          </p>
        )}
        <p>
          <button type="submit" className="primary" disabled={fetching}>
            {fetching ? t('form.sending') : t('log.handOver')}
          </button>
        </p>
      </form>
    </section>
  );
}
