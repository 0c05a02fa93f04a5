import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { DutyRole, DutyRostersQuery as RostersData } from '../../gql/graphql';
import { useSession } from '../../session';
import { beijingDate, formatTime } from '../../time';
import { DutyTabs, Field, Refusal, newRecordId, optional, useCommand, useDutyNames, useMay, useNow, useRefetchEvery } from './common';
import { DecideSwapMutation, DutyRostersQuery, PresenceMutation, PublishRosterMutation, RequestSwapMutation } from './operations';
import { DUTY_ROLES, type DutyRoleName, type ShiftRow, defaultShifts, nextShift, shiftIndexOf, toShiftInputs } from './roster-form';

type Roster = RostersData['dutyRosters'][number];
type Rules = RostersData['dutyRoleRules'];

/** The roles a level requires by the rules in force (the server's defaults until the office saves a version). */
const requiredFor = (rules: Rules | undefined, level: 'CITY' | 'DISTRICT'): DutyRoleName[] =>
  rules ? (level === 'CITY' ? rules.city : rules.district) : level === 'CITY' ? [...DUTY_ROLES] : ['DUTY_LEADER', 'SHIFT_HEAD', 'DISPATCHER'];

/** 值班表: the rosters in scope with their swaps and presence, and the form that publishes one (a gap is the server's to refuse). */
export function RosterPage() {
  const { t } = useTranslation('duty');
  const [{ data, error }, reexecute] = useQuery({ query: DutyRostersQuery, requestPolicy: 'cache-and-network' });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useRefetchEvery(refetch, 60_000);
  const may = useMay('PublishRoster');
  const rules = data?.dutyRoleRules;
  const rulesText = (['CITY', 'DISTRICT'] as const).map((l) => `${t(`level.${l}`)}：${requiredFor(rules, l).map((r) => t(`role.${r}`)).join('、')}`).join('；');
  return (
    <div className="duty">
      <h1>{t('roster.title')}</h1>
      <DutyTabs />
      <p className="muted">{t('roster.intro', { rules: rulesText, version: rules?.version ?? 0 })}</p>
      {error && (
        <p role="alert" className="error">
          {t('translation:common.error', { message: error.message })}
        </p>
      )}
      {may ? <PublishForm rules={rules ?? undefined} onPublished={refetch} /> : <p className="banner info">{t('form.noRole')}</p>}
      <section aria-labelledby="roster-list">
        <h2 id="roster-list">{t('roster.list')}</h2>
        {!data ? (
          <p role="status">{t('translation:common.loading')}</p>
        ) : data.dutyRosters.length === 0 ? (
          <p data-testid="roster-none">{t('roster.none')}</p>
        ) : (
          data.dutyRosters.map((r) => <RosterCard key={r.id} roster={r} may={may} onChanged={refetch} />)
        )}
      </section>
    </div>
  );
}

function PublishForm({ rules, onPublished }: { rules: Rules | undefined; onPublished: () => void }) {
  const { t } = useTranslation('duty');
  const session = useSession();
  const names = useDutyNames();
  const today = beijingDate();
  const [rosterId, setRosterId] = useState(() => newRecordId('roster'));
  const [level, setLevel] = useState<'CITY' | 'DISTRICT'>(session.regions.includes('*') ? 'CITY' : 'DISTRICT');
  const [region, setRegion] = useState('');
  const [department, setDepartment] = useState('');
  const [extra, setExtra] = useState<DutyRoleName[]>([]);
  const [rows, setRows] = useState<ShiftRow[]>(() => defaultShifts(today));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const { run, problem, fetching } = useCommand(PublishRosterMutation);
  const refusal = useRef<HTMLDivElement>(null);
  const regionCode = region || names.regions[0]?.code || '';
  const departmentCode = department || names.departments[0]?.code || '';
  const required = requiredFor(rules, level);
  const refusedShift = shiftIndexOf(problem?.field);
  // the refusal names a shift with a role nobody fills: which ones, by the rules this form shows
  const refusedGap = problem?.code === 'BAD_USER_INPUT' && /\.assignments$/.test(problem.field ?? '');
  const needed = DUTY_ROLES.filter((r) => required.includes(r) || extra.includes(r));
  const missingIn = (row: ShiftRow) => needed.filter((r) => !row.people[r]?.name.trim());

  useEffect(() => {
    if (problem) refusal.current?.focus();
  }, [problem]);

  const setRow = (i: number, change: Partial<ShiftRow>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const setPerson = (i: number, role: DutyRoleName, part: 'name' | 'phone', value: string) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, people: { ...r.people, [role]: { name: '', phone: '', ...r.people[role], [part]: value } } } : r)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const { shifts, errors: found } = toShiftInputs(rows);
    if (!rosterId.trim()) found.rosterId = 'required';
    setErrors(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(`roster-${Object.keys(found)[0].replace(/[[\].]/g, '-')}`)?.focus();
      return;
    }
    const err = await run({
      rosterId: rosterId.trim(),
      level,
      regionCode,
      departmentCode,
      requiredRoles: extra.length ? (extra as DutyRole[]) : null,
      shifts: shifts.map((s) => ({ ...s, assignments: s.assignments.map((a) => ({ ...a, role: a.role as DutyRole })) })),
    });
    if (err) return;
    setDone(rosterId.trim());
    setRosterId(newRecordId('roster'));
    setRows(defaultShifts(today, rows[0]?.name || '白班', rows[1]?.name || '夜班'));
    onPublished();
  };
  const fid = (name: string) => `roster-${name.replace(/[[\].]/g, '-')}`;

  return (
    <section aria-labelledby="roster-publish" className="card">
      <h2 id="roster-publish">{t('roster.publish')}</h2>
      <form onSubmit={submit} noValidate aria-labelledby="roster-publish" data-testid="roster-form">
        <div className="duty-form-row">
          <Field id="roster-rosterId" label={t('roster.rosterId')} value={rosterId} onChange={setRosterId} error={errors.rosterId} required />
          <Field
            id="roster-level"
            label={t('roster.level')}
            kind="select"
            value={level}
            onChange={(v) => setLevel(v as 'CITY' | 'DISTRICT')}
            options={(['CITY', 'DISTRICT'] as const).map((l) => ({ value: l, label: t(`level.${l}`) }))}
            required
          />
          <Field id="roster-region" label={t('region')} kind="select" value={regionCode} onChange={setRegion} options={names.regions.map((r) => ({ value: r.code, label: r.name }))} required />
          <Field
            id="roster-department"
            label={t('department')}
            kind="select"
            value={departmentCode}
            onChange={setDepartment}
            options={names.departments.map((d) => ({ value: d.code, label: d.name }))}
            required
          />
        </div>
        <fieldset className="duty-roles">
          <legend>{t('roster.extraRoles')}</legend>
          {DUTY_ROLES.filter((r) => !required.includes(r)).map((r) => (
            <label key={r} className="inline">
              <input type="checkbox" checked={extra.includes(r)} onChange={(e) => setExtra((x) => (e.target.checked ? [...x, r] : x.filter((y) => y !== r)))} /> {t(`role.${r}`)}
            </label>
          ))}
        </fieldset>
        <h3>{t('roster.shifts')}</h3>
        {rows.map((row, i) => {
          const refused = refusedShift === i;
          return (
            <fieldset key={i} className={`duty-shift${refused ? ' refused' : ''}`} data-testid={`roster-shift-${i}`} aria-describedby={refused ? 'roster-refusal' : undefined}>
              <legend>
                {t('roster.shiftRow', { n: i + 1 })} {row.name}
              </legend>
              <div className="duty-form-row">
                <Field id={fid(`shifts[${i}].date`)} label={t('roster.date')} kind="date" value={row.date} onChange={(v) => setRow(i, { date: v })} error={errors[`shifts[${i}].date`]} required />
                <Field id={fid(`shifts[${i}].name`)} label={t('roster.shiftName')} value={row.name} onChange={(v) => setRow(i, { name: v })} error={errors[`shifts[${i}].name`]} required />
                <Field id={fid(`shifts[${i}].startsAt`)} label={t('roster.startsAt')} kind="datetime" value={row.startsAt} onChange={(v) => setRow(i, { startsAt: v })} error={errors[`shifts[${i}].startsAt`]} required />
                <Field id={fid(`shifts[${i}].endsAt`)} label={t('roster.endsAt')} kind="datetime" value={row.endsAt} onChange={(v) => setRow(i, { endsAt: v })} error={errors[`shifts[${i}].endsAt`]} required />
              </div>
              <div className="duty-people-grid">
                {DUTY_ROLES.filter((r) => needed.includes(r) || row.people[r]?.name).map((role) => {
                  const gap = refused && refusedGap && needed.includes(role) && !row.people[role]?.name.trim();
                  return (
                    <div key={role} className="duty-person">
                      <Field
                        id={fid(`shifts[${i}].${role}.name`)}
                        label={t('roster.personName', { role: t(`role.${role}`) })}
                        value={row.people[role]?.name ?? ''}
                        onChange={(v) => setPerson(i, role, 'name', v)}
                        required={needed.includes(role)}
                        error={gap ? 'gap' : null}
                      />
                      <Field id={fid(`shifts[${i}].${role}.phone`)} label={t('roster.personPhone', { role: t(`role.${role}`) })} value={row.people[role]?.phone ?? ''} onChange={(v) => setPerson(i, role, 'phone', v)} />
                    </div>
                  );
                })}
              </div>
              {refused && problem && (
                <p className="field-error" id={`roster-shift-${i}-error`} data-testid="roster-shift-error">
                  {refusedGap && missingIn(row).length > 0 && <strong>{t('roster.missing', { roles: missingIn(row).map((r) => t(`role.${r}`)).join('、') })} </strong>}
                  {problem.message}
                </p>
              )}
              {rows.length > 1 && (
                <button type="button" onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}>
                  {t('roster.removeShift', { n: i + 1 })}
                </button>
              )}
            </fieldset>
          );
        })}
        <p className="commands">
          <button type="button" onClick={() => setRows((rs) => [...rs, nextShift(rs, rs.length % 2 === 0 ? rs[0]?.name || '白班' : rs[1]?.name || '夜班')])}>
            {t('roster.addShift')}
          </button>
        </p>
        <div ref={refusal} tabIndex={-1} id="roster-refusal">
          <Refusal problem={problem} testId="roster-refusal" prefix={t('roster.refused')} />
        </div>
        {done && (
          <p role="status" className="banner ok" data-testid="roster-published">
            {t('roster.published', { id: done })}
          </p>
        )}
        <p>
          <button type="submit" className="primary" disabled={fetching}>
            {fetching ? t('form.sending') : t('roster.publish')}
          </button>
        </p>
      </form>
    </section>
  );
}

function RosterCard({ roster, may, onChanged }: { roster: Roster; may: boolean; onChanged: () => void }) {
  const { t } = useTranslation('duty');
  const names = useDutyNames();
  const now = useNow(30_000);
  const presence = useCommand(PresenceMutation);
  const decide = useCommand(DecideSwapMutation);
  const [swapOpen, setSwapOpen] = useState(false);
  const roles = DUTY_ROLES.filter((r) => roster.requiredRoles.includes(r) || roster.shifts.some((s) => s.assignments.some((a) => a.role === r)));
  const heading = `roster-${roster.id}`;
  const mark = async (shift: string, role: DutyRole, status: 'ON_POST' | 'OFF_POST') => {
    if (!(await presence.run({ rosterId: roster.id, shift, role, status, expectedVersion: roster.version }))) onChanged();
  };
  const decideSwap = async (swapId: string, approved: boolean) => {
    if (!(await decide.run({ rosterId: roster.id, swapId, approved, expectedVersion: roster.version }))) onChanged();
  };
  return (
    <article className="card duty-roster" aria-labelledby={heading} data-testid="roster-card" data-roster={roster.id}>
      <h3 id={heading}>
        {t('roster.rosterHeading', { region: names.regionName(roster.regionCode), department: names.departmentName(roster.departmentCode), level: t(`level.${roster.level}`), id: roster.id })}{' '}
        <span className="muted">{t('roster.version', { version: roster.version })}</span>
      </h3>
      <div className="duty-scroll" tabIndex={0} role="region" aria-labelledby={heading}>
        <table className="plain duty-table">
          <thead>
            <tr>
              <th scope="col">{t('roster.date')}</th>
              <th scope="col">{t('desk.shift')}</th>
              {roles.map((r) => (
                <th scope="col" key={r}>
                  {t(`role.${r}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {roster.shifts.map((s) => {
              const onNow = Date.parse(s.startsAt) <= now && now < Date.parse(s.endsAt);
              return (
                <tr key={s.key} className={onNow ? 'now' : undefined}>
                  <td>{s.date}</td>
                  <th scope="row">
                    {s.name} {onNow && <span className="badge RECTIFIED">{t('roster.onNow')}</span>}
                    <div className="muted">
                      {formatTime(s.startsAt)} – {formatTime(s.endsAt)}
                    </div>
                  </th>
                  {roles.map((role) => {
                    const a = s.assignments.find((x) => x.role === role);
                    return (
                      <td key={role}>
                        {a ? (
                          <>
                            {a.name}
                            {a.phone && <div className="muted">{a.phone}</div>}
                            {a.presence && <span className={`badge presence-${a.presence}`}>{t(`presence.${a.presence}`)}</span>}
                            {may && onNow && (
                              <span className="duty-presence">
                                <button type="button" onClick={() => void mark(s.key, role, 'ON_POST')} aria-label={`${t('roster.onPost')}：${t('roster.presenceOf', { shift: s.key, role: t(`role.${role}`), name: a.name })}`}>
                                  {t('roster.onPost')}
                                </button>
                                <button type="button" onClick={() => void mark(s.key, role, 'OFF_POST')} aria-label={`${t('roster.offPost')}：${t('roster.presenceOf', { shift: s.key, role: t(`role.${role}`), name: a.name })}`}>
                                  {t('roster.offPost')}
                                </button>
                              </span>
                            )}
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Refusal problem={presence.problem} />
      <h4>{t('roster.swaps')}</h4>
      {roster.swaps.length === 0 ? (
        <p className="muted">{t('roster.noSwaps')}</p>
      ) : (
        <ul className="duty-swaps">
          {roster.swaps.map((s) => (
            <li key={s.id}>
              {t('roster.swapLine', { shift: s.shift, role: t(`role.${s.role}`), from: s.fromName, to: s.toName, reason: s.reason })}{' '}
              <span className={`badge swap-${s.status}`}>{t(`swapStatus.${s.status}`, { defaultValue: s.status })}</span>
              {may && s.status === 'PENDING' && (
                <>
                  {' '}
                  <button type="button" onClick={() => void decideSwap(s.id, true)}>
                    {t('roster.approve')}
                  </button>{' '}
                  <button type="button" onClick={() => void decideSwap(s.id, false)}>
                    {t('roster.deny')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <Refusal problem={decide.problem} />
      <p className="muted">{t('roster.fourEyes')}</p>
      {may &&
        (swapOpen ? (
          <SwapForm roster={roster} onClose={() => setSwapOpen(false)} onDone={onChanged} />
        ) : (
          <button type="button" onClick={() => setSwapOpen(true)}>
            {t('roster.requestSwap')}
          </button>
        ))}
    </article>
  );
}

function SwapForm({ roster, onClose, onDone }: { roster: Roster; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('duty');
  const [shift, setShift] = useState(roster.shifts[0]?.key ?? '');
  const [role, setRole] = useState<DutyRole>('DUTY_LEADER');
  const [toName, setToName] = useState('');
  const [toPhone, setToPhone] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { run, problem, fetching } = useCommand(RequestSwapMutation);
  const id = (name: string) => `swap-${roster.id}-${name}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!toName.trim()) found.toName = 'required';
    if (!reason.trim()) found.reason = 'required';
    setErrors(found);
    if (Object.keys(found).length) return document.getElementById(id(Object.keys(found)[0]))?.focus();
    const err = await run({ rosterId: roster.id, swapId: newRecordId('swap'), shift, role, toName: toName.trim(), toPhone: optional(toPhone), reason: reason.trim(), expectedVersion: roster.version });
    if (err) {
      if (err.field && ['toName', 'reason', 'shift', 'role'].includes(err.field)) setErrors({ [err.field]: err.message });
      return;
    }
    onDone();
    onClose();
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('roster.requestSwap')}>
      <div className="duty-form-row">
        <Field id={id('shift')} label={t('roster.swapShift')} kind="select" value={shift} onChange={setShift} options={roster.shifts.map((s) => ({ value: s.key, label: s.key }))} error={errors.shift} required />
        <Field id={id('role')} label={t('roster.swapRole')} kind="select" value={role} onChange={(v) => setRole(v as DutyRole)} options={DUTY_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} error={errors.role} required />
        <Field id={id('toName')} label={t('roster.toName')} value={toName} onChange={setToName} error={errors.toName} required />
        <Field id={id('toPhone')} label={t('roster.toPhone')} value={toPhone} onChange={setToPhone} />
      </div>
      <Field id={id('reason')} label={t('roster.reason')} value={reason} onChange={setReason} error={errors.reason} required />
      <Refusal problem={problem} />
      <p className="commands">
        <button type="submit" className="primary" disabled={fetching}>
          {fetching ? t('form.sending') : t('form.send')}
        </button>
        <button type="button" onClick={onClose}>
          {t('form.cancel')}
        </button>
      </p>
    </form>
  );
}
