import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { mayRunCommand } from '@hazard/domain';
import { errorOf } from '../../errors';
import type { RegisterSourcesQuery, ResponsibleRole } from '../../gql/graphql';
import { ErrorAlert } from '../../report/ErrorAlert';
import { useSession } from '../../session';
import { formatTime } from '../../time';
import { RegionFilter, useUrlFilter } from '../../url-filter';
import { newIdempotencyKey, newRecordId, useDutyNames, useRefetchEvery } from '../duty/common';
import { AddPanel, ExportButton, RegisterList, PatrolForm, RegisterTabs, TriState, VerificationCell, VerifyForm } from './common';
import { parseChemicals } from './chemicals';
import { RecordForm } from './forms';
import { AssessSourceMutation, AssignPersonMutation, CadenceQuery, EnterprisesQuery, RecordPatrolMutation, RegisterSourceMutation, SourcesQuery, VerifySourceMutation } from './operations';

type Source = RegisterSourcesQuery['majorHazardSources'][number];
const ROLES: ResponsibleRole[] = ['PRINCIPAL', 'TECHNICAL', 'OPERATIONAL'];
const ROLE_LABELS: Record<string, { zh: string; en: string }> = {
  PRINCIPAL: { zh: '主要负责人', en: 'Principal' },
  TECHNICAL: { zh: '技术负责人', en: 'Technical' },
  OPERATIONAL: { zh: '操作负责人', en: 'Operational' },
};

/** 重大危险源: the register in scope with grade, responsible persons and their patrols; patrols and site verifications from a row. */
export function Sources() {
  const { t, i18n } = useTranslation('register');
  const en = i18n.language === 'en';
  const session = useSession();
  const names = useDutyNames();
  const { params, get, set: setParam } = useUrlFilter();
  const bool = (v: string) => (v === '' ? null : v === 'true');
  const filter = useMemo(
    () => ({ regionCode: get('region') || null, level: get('level') ? Number(get('level')) : null, overduePatrol: bool(get('overduePatrol')), verifiedOnSite: bool(get('verifiedOnSite')) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [params],
  );
  const [{ data, error }, reexecute] = useQuery({ query: SourcesQuery, variables: { filter }, requestPolicy: 'cache-and-network' });
  // live without a feed of its own: asked again every minute and after the socket reconnects
  useRefetchEvery(() => reexecute({ requestPolicy: 'network-only' }), 60_000);
  const mayPatrol = mayRunCommand(session.roles, 'RecordPatrol');
  const mayVerify = mayRunCommand(session.roles, 'VerifySourceOnSite');
  const mayKeep = mayRunCommand(session.roles, 'AssignResponsiblePerson');
  const [open, setOpen] = useState<{ id: string; form: 'patrol' | 'verify' | 'assess' | 'assign' } | null>(null);
  const list = data?.majorHazardSources ?? [];
  const roleLabel = (r: string) => (en ? ROLE_LABELS[r]?.en : ROLE_LABELS[r]?.zh) ?? r;
  const level = (s: Source) => (!s.assessment ? t('level.unassessed') : s.assessment.isMajor && s.assessment.level ? t(`level.${s.assessment.level}`) : t('level.none'));
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <div className="register">
      <h1>{t('sources.title')}</h1>
      <RegisterTabs />
      <p className="muted">{t('sources.intro')}</p>
      <form className="filters" aria-label={t('sources.filters')} onSubmit={(e) => e.preventDefault()}>
        <RegionFilter id="src-region" label={t('region')} allLabel={t('allRegions')} regions={names.regions} value={get('region')} onChange={(v) => setParam('region', v)} />
        <div>
          <label htmlFor="src-level">{t('sources.levelFilter')}</label>
          <select id="src-level" value={get('level')} onChange={(e) => setParam('level', e.target.value)}>
            <option value="">{t('any')}</option>
            {[1, 2, 3, 4].map((l) => (
              <option key={l} value={l}>
                {t(`level.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <TriState id="src-overdue" label={t('sources.overduePatrol')} value={get('overduePatrol')} onChange={(v) => setParam('overduePatrol', v)} />
        <TriState id="src-verified" label={t('sources.verifiedOnSite')} value={get('verifiedOnSite')} onChange={(v) => setParam('verifiedOnSite', v)} />
      </form>
      <Cadence roleLabel={roleLabel} />
      <AddPanel
        label={t('sources.add')}
        testId="source"
        may={mayRunCommand(session.roles, 'RegisterMajorHazardSource')}
        doneText={t('sources.done')}
        onAdded={refresh}
        form={(onClose, onDone) => <AddSource onClose={onClose} onDone={onDone} />}
      />
      <ExportButton path="/exports/sources.xlsx" params={{ region: get('region'), level: get('level'), overduePatrol: get('overduePatrol'), verifiedOnSite: get('verifiedOnSite') }} testId="sources-export" />
      <ErrorAlert error={error} />
      <RegisterList loaded={Boolean(data)} count={list.length} title={t('sources.title')} noneTestId="sources-none">
        <table className="plain report-table" data-testid="source-list">
          <thead>
            <tr>
              <th scope="col">{t('sources.name')}</th>
              <th scope="col">{t('sources.enterprise')}</th>
              <th scope="col">{t('region')}</th>
              <th scope="col">{t('sources.level')}</th>
              <th scope="col">{t('sources.r')}</th>
              <th scope="col">{t('sources.persons')}</th>
              <th scope="col">{t('sources.siteVerification')}</th>
              {(mayPatrol || mayVerify || mayKeep) && <th scope="col">{t('sources.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {list.map((s) => (
              <Fragment key={s.id}>
                <tr data-source={s.id} data-testid="source-row" className={s.overduePatrols.length ? 'over' : undefined}>
                  <th scope="row">
                    {s.name}
                    <br />
                    <span className="muted">
                      {s.id} · {t(`unitKind.${s.unitKind}`)}
                    </span>
                  </th>
                  <td>{s.enterpriseName}</td>
                  <td>{names.regionName(s.regionCode)}</td>
                  <td>
                    <span className={`badge level-${s.assessment?.level ?? 'none'}`}>{level(s)}</span>
                    {s.reassessmentDue && <span className="badge overdue"> {t('sources.reassess')}</span>}
                  </td>
                  <td>{s.assessment ? Math.round(s.assessment.r * 100) / 100 : '—'}</td>
                  <td>
                    <ul className="register-persons">
                      {s.responsiblePersons.map((p) => (
                        <li key={p.role} data-role={p.role}>
                          {roleLabel(p.role)}：{p.name} <span className="muted">{p.lastPatrolAt ? t('sources.lastPatrol', { time: formatTime(p.lastPatrolAt) }) : t('sources.neverPatrolled')}</span>{' '}
                          {p.patrolOverdue && (
                            <span className="badge overdue" title={p.patrolOverdueReason ?? undefined} data-testid="patrol-overdue">
                              {t('sources.overdue')}
                            </span>
                          )}
                        </li>
                      ))}
                      {s.vacantRoles.length > 0 && (
                        <li className="field-error" data-testid="vacant-roles">
                          {t('sources.vacant', { roles: s.vacantRoles.map(roleLabel).join('、') })}
                        </li>
                      )}
                    </ul>
                  </td>
                  <td>
                    <VerificationCell v={s.siteVerification} />
                  </td>
                  {(mayPatrol || mayVerify || mayKeep) && (
                    <td>
                      <div className="commands">
                      {mayPatrol && (
                        <button type="button" aria-expanded={open?.id === s.id && open.form === 'patrol'} onClick={() => setOpen({ id: s.id, form: 'patrol' })} aria-label={t('sources.patrolOf', { name: s.name })}>
                          {t('sources.patrol')}
                        </button>
                      )}
                      {mayVerify && (
                        <button type="button" aria-expanded={open?.id === s.id && open.form === 'verify'} onClick={() => setOpen({ id: s.id, form: 'verify' })} aria-label={t('sources.verifyOf', { name: s.name })}>
                          {t('sources.verify')}
                        </button>
                      )}
                      {mayKeep && (
                        <button type="button" aria-expanded={open?.id === s.id && open.form === 'assess'} onClick={() => setOpen({ id: s.id, form: 'assess' })} aria-label={t('sources.assessOf', { name: s.name })}>
                          {t('sources.assess')}
                        </button>
                      )}
                      {mayKeep && (
                        <button type="button" aria-expanded={open?.id === s.id && open.form === 'assign'} onClick={() => setOpen({ id: s.id, form: 'assign' })} aria-label={t('sources.assignOf', { name: s.name })}>
                          {t('sources.assign')}
                        </button>
                      )}
                      </div>
                    </td>
                  )}
                </tr>
                {open?.id === s.id && (
                  <tr>
                    <td colSpan={8}>
                      {open.form === 'patrol' ? (
                        <Patrol source={s} roles={ROLES.filter((r) => s.responsiblePersons.some((p) => p.role === r)).map((r) => ({ value: r, label: roleLabel(r) }))} onClose={() => setOpen(null)} onDone={refresh} />
                      ) : open.form === 'verify' ? (
                        <Verify source={s} onClose={() => setOpen(null)} onDone={refresh} />
                      ) : open.form === 'assess' ? (
                        <Assess source={s} onClose={() => setOpen(null)} onDone={() => (setOpen(null), refresh())} />
                      ) : (
                        <Assign source={s} roles={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} onClose={() => setOpen(null)} onDone={() => (setOpen(null), refresh())} />
                      )}
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </RegisterList>
    </div>
  );
}

function Patrol({ source: s, roles, onClose, onDone }: { source: Source; roles: { value: string; label: string }[]; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('register');
  const [, execute] = useMutation(RecordPatrolMutation);
  const [key] = useState(newIdempotencyKey);
  return (
    <PatrolForm
      id={`patrol-${s.id}`}
      title={t('sources.patrolOf', { name: s.name })}
      roles={roles}
      onClose={onClose}
      onDone={onDone}
      send={async (d) => {
        const answer = await execute({ input: { sourceId: s.id, role: d.role as ResponsibleRole, note: d.note, findings: d.findings, expectedVersion: s.version, idempotencyKey: key } });
        return errorOf(answer.error) ?? { hazards: answer.data?.recordPatrol.hazards ?? [] };
      }}
    />
  );
}

function Verify({ source: s, onClose, onDone }: { source: Source; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('register');
  const [, execute] = useMutation(VerifySourceMutation);
  const [key] = useState(newIdempotencyKey);
  return (
    <VerifyForm
      id={`verify-${s.id}`}
      title={t('sources.verifyOf', { name: s.name })}
      onClose={onClose}
      onDone={onDone}
      send={async (d) => {
        const answer = await execute({
          input: { sourceId: s.id, result: d.result as never, verifiers: d.verifiers, discrepancies: d.discrepancies, evidenceHashes: d.evidenceHashes, findings: d.findings, expectedVersion: s.version, idempotencyKey: key },
        });
        return errorOf(answer.error) ?? { hazards: answer.data?.verifySourceOnSite.hazards ?? [] };
      }}
    />
  );
}

/** The patrol cadence in force: how often each responsible person patrols (README "The register of major hazard sources"). */
function Cadence({ roleLabel }: { roleLabel: (role: string) => string }) {
  const { t } = useTranslation('register');
  const [{ data }] = useQuery({ query: CadenceQuery });
  const c = data?.patrolCadence;
  if (!c) return null;
  return (
    <details className="register-cadence" data-testid="patrol-cadence">
      <summary>{t('sources.cadence', { version: c.version, source: c.source })}</summary>
      <ul>
        {c.rules.map((r) => (
          <li key={r.role}>
            {t('sources.cadenceRule', { role: roleLabel(r.role), days: r.everyDays })}
            {r.beforeHolidaysWithinDays ? t('sources.cadenceHoliday', { days: r.beforeHolidaysWithinDays }) : ''}
            {r.beforeMajorEventsWithinDays ? t('sources.cadenceEvent', { days: r.beforeMajorEventsWithinDays }) : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}

type Problem = { code: string; field?: string; message: string };
const badChemicals = (line: string, t: (k: string, o?: Record<string, string>) => string): Problem => ({ code: 'BAD_USER_INPUT', field: 'chemicals', message: t('sources.badChemicals', { line }) });

/** 登记重大危险源: registered under one of the person's enterprises and graded at once (two commands, each with its key: a resend applies each once). */
function AddSource({ onClose, onDone }: { onClose: () => void; onDone: (name: string) => void }) {
  const { t } = useTranslation('register');
  const [{ data }] = useQuery({ query: EnterprisesQuery, variables: { filter: null } });
  const [, register] = useMutation(RegisterSourceMutation);
  const [, assess] = useMutation(AssessSourceMutation);
  const enterprises = data?.enterprises ?? [];
  if (!data) return <p role="status">{t('translation:common.loading')}</p>;
  return (
    <RecordForm
      id="source-new"
      title={t('sources.add')}
      testId="source-form"
      fields={[
        { name: 'enterprise', label: t('sources.enterprisePick'), kind: 'select', options: enterprises.map((e) => ({ value: e.creditCode, label: e.name })), required: true },
        { name: 'sourceId', label: t('sources.sourceId'), required: true },
        { name: 'name', label: t('sources.name'), required: true },
        { name: 'unitKind', label: t('sources.unitKind'), kind: 'select', options: (['STORAGE', 'PRODUCTION'] as const).map((k) => ({ value: k, label: t(`unitKind.${k}`) })), required: true },
        { name: 'location', label: t('sources.location'), required: true },
        { name: 'population500m', label: t('sources.population'), kind: 'number', required: true },
        { name: 'chemicals', label: t('sources.chemicals'), kind: 'textarea', required: true },
      ]}
      initial={{ sourceId: newRecordId('source'), population500m: '0' }}
      onClose={onClose}
      onDone={(v) => onDone(v.name.trim())}
      send={async (v, key) => {
        const parsed = parseChemicals(v.chemicals);
        if (parsed.bad !== null) return badChemicals(parsed.bad, t);
        const e = enterprises.find((x) => x.creditCode === v.enterprise);
        if (!e) return { code: 'BAD_USER_INPUT', field: 'enterprise', message: t('verify.required') };
        const sourceId = v.sourceId.trim();
        const first = errorOf(
          (
            await register({
              input: { sourceId, name: v.name.trim(), enterpriseName: e.name, enterpriseCreditCode: e.creditCode, unitKind: v.unitKind as never, location: v.location.trim(), regionCode: e.regionCode, departmentCode: e.departmentCode, idempotencyKey: key },
            })
          ).error,
        );
        if (first) return first;
        return errorOf((await assess({ input: { sourceId, population500m: Number(v.population500m) || 0, chemicals: parsed.chemicals, idempotencyKey: `${key}-assess` } })).error);
      }}
    />
  );
}

/** 辨识分级: a new assessment (the chemicals or the people around changed). */
function Assess({ source: s, onClose, onDone }: { source: Source; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('register');
  const [, assess] = useMutation(AssessSourceMutation);
  return (
    <RecordForm
      id={`assess-${s.id}`}
      title={t('sources.assessOf', { name: s.name })}
      fields={[
        { name: 'population500m', label: t('sources.population'), kind: 'number', required: true },
        { name: 'chemicals', label: t('sources.chemicals'), kind: 'textarea', required: true },
      ]}
      initial={{ population500m: String(s.assessment?.population500m ?? 0) }}
      onClose={onClose}
      onDone={onDone}
      send={async (v, idempotencyKey) => {
        const parsed = parseChemicals(v.chemicals);
        if (parsed.bad !== null) return badChemicals(parsed.bad, t);
        return errorOf((await assess({ input: { sourceId: s.id, population500m: Number(v.population500m) || 0, chemicals: parsed.chemicals, expectedVersion: s.version, idempotencyKey } })).error);
      }}
    />
  );
}

/** 指定责任人: one of the three responsible persons (a new one for a role relieves the previous). */
function Assign({ source: s, roles, onClose, onDone }: { source: Source; roles: { value: string; label: string }[]; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('register');
  const [, assign] = useMutation(AssignPersonMutation);
  return (
    <RecordForm
      id={`assign-${s.id}`}
      title={t('sources.assignOf', { name: s.name })}
      fields={[
        { name: 'role', label: t('sources.role'), kind: 'select', options: roles, required: true },
        { name: 'name', label: t('sources.personName'), required: true },
        { name: 'phone', label: t('sources.personPhone') },
      ]}
      initial={{ role: s.vacantRoles[0] ?? 'PRINCIPAL' }}
      onClose={onClose}
      onDone={onDone}
      send={async (v, idempotencyKey) =>
        errorOf((await assign({ input: { sourceId: s.id, role: v.role as ResponsibleRole, name: v.name.trim(), phone: v.phone.trim() || null, expectedVersion: s.version, idempotencyKey } })).error)
      }
    />
  );
}
