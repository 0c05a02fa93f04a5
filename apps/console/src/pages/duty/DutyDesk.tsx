import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { DutyDeskQuery as DeskData, DutyResourcesQuery as ResourcesData } from '../../gql/graphql';
import { RegionFilter, useUrlFilter } from '../../url-filter';
import { formatTime } from '../../time';
import { Countdown, DutyTabs, ReportState, useDutyNames, useNow, useRefetchEvery } from './common';
import { DutyDeskQuery, DutyResourcesQuery } from './operations';
import { DUTY_ROLES } from './roster-form';

type Resource = ResourcesData['emergencyResources'][number];

/** Keeps the last answer while the next one (a new moment, a new filter) loads, so the board does not blink. */
function useLast<T>(value: T | undefined): T | undefined {
  const last = useRef(value);
  if (value !== undefined) last.current = value;
  return last.current;
}

/** 应急值守: who is on duty now, the incidents' legal clocks counting down, the emergency resources by region and readiness. */
export function DutyDesk() {
  const { t } = useTranslation('duty');
  const names = useDutyNames();
  const now = useNow(1000);
  const { get, set: setParam } = useUrlFilter();
  const region = get('region');
  const readiness = get('ready');

  // the moment asked about moves on every minute (and after a reconnect): who is on shift changes with it
  const [at, setAt] = useState(() => new Date().toISOString());
  const refresh = () => setAt(new Date().toISOString());
  const [desk] = useQuery({ query: DutyDeskQuery, variables: { at }, requestPolicy: 'cache-and-network' });
  const resourceFilter = useMemo(() => (region ? { regionCode: region } : {}), [region]);
  const [resources, reexecuteResources] = useQuery({ query: DutyResourcesQuery, variables: { filter: resourceFilter }, requestPolicy: 'cache-and-network' });
  useRefetchEvery(() => {
    refresh();
    reexecuteResources({ requestPolicy: 'network-only' });
  }, 60_000);
  const data = useLast<DeskData>(desk.data);
  const resourceList = useLast(resources.data)?.emergencyResources;

  // a clock reaching its due time: ask again a moment later, when the workflow has recorded its alarm
  const clocks = useMemo(
    () =>
      (data?.incidents ?? [])
        .filter((i) => !region || i.regionCode === region)
        .flatMap((i) => i.reports.filter((r) => !r.filedAt).map((r) => ({ incident: i, report: r })))
        .sort((a, b) => a.report.dueAt.localeCompare(b.report.dueAt)),
    [data, region],
  );
  const nextDue = clocks.map((c) => Date.parse(c.report.dueAt)).find((ms) => ms > Date.parse(at));
  useEffect(() => {
    if (nextDue === undefined) return undefined;
    const id = setTimeout(() => setAt(new Date().toISOString()), Math.max(0, nextDue - Date.now()) + 3_000);
    return () => clearTimeout(id);
  }, [nextDue]);

  const shifts = (data?.dutyRosters ?? [])
    .filter((r) => !region || r.regionCode === region)
    .flatMap((r) => r.shifts.filter((s) => Date.parse(s.startsAt) <= now && now < Date.parse(s.endsAt)).map((s) => ({ roster: r, shift: s })));
  const leaders = shifts.flatMap(({ roster, shift }) => shift.assignments.filter((a) => a.role === 'DUTY_LEADER').map((a) => ({ roster, name: a.name, presence: a.presence })));
  const summary = data?.dutySummary;
  const error = desk.error ?? resources.error;

  return (
    <div className="duty">
      <h1>{t('title')}</h1>
      <DutyTabs />
      <p className="muted">{t('intro')}</p>
      <div className="filters duty-filters">
        <RegionFilter id="duty-region" label={t('region')} allLabel={t('allRegions')} regions={names.regions} value={region} onChange={(v) => setParam('region', v)} />
        <button
          type="button"
          onClick={() => {
            refresh();
            reexecuteResources({ requestPolicy: 'network-only' });
          }}
        >
          {t('refresh')}
        </button>
        <span className="muted" data-testid="duty-updated">
          {summary ? t('updated', { time: formatTime(summary.at) }) : t('translation:common.loading')}
        </span>
      </div>
      {error && (
        <p role="alert" className="error">
          {t('translation:common.error', { message: error.message })}
        </p>
      )}

      <div className="two">
        <section aria-labelledby="duty-today" className="card">
          <h2 id="duty-today">{t('desk.today', { date: summary?.date ?? '' })}</h2>
          <h3>{t('desk.leaders')}</h3>
          {leaders.length === 0 ? (
            <p data-testid="duty-leaders">{data ? t('desk.noLeader') : t('translation:common.loading')}</p>
          ) : (
            <ul className="duty-leaders" data-testid="duty-leaders">
              {leaders.map((l) => (
                <li key={`${l.roster.id}-${l.name}`}>
                  <strong>{l.name}</strong> <span className="muted">{names.regionName(l.roster.regionCode)} · {names.departmentName(l.roster.departmentCode)}</span>{' '}
                  <span className={`badge presence-${l.presence ?? 'none'}`}>{t(`presence.${l.presence ?? 'none'}`)}</span>
                </li>
              ))}
            </ul>
          )}
          <h3>{t('desk.onShift')}</h3>
          {shifts.length === 0 ? (
            <p>{data ? t('desk.noShift') : t('translation:common.loading')}</p>
          ) : (
            <div className="duty-scroll" tabIndex={0} role="region" aria-label={t('desk.onShift')}>
              <table className="plain duty-table" data-testid="duty-on-shift">
                <thead>
                  <tr>
                    <th scope="col">{t('region')}</th>
                    <th scope="col">{t('desk.shift')}</th>
                    <th scope="col">{t('desk.people')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shifts.map(({ roster, shift }) => (
                    <tr key={`${roster.id}/${shift.key}`}>
                      <td>
                        {names.regionName(roster.regionCode)}
                        <div className="muted">
                          {names.departmentName(roster.departmentCode)} · {t(`level.${roster.level}`)}
                        </div>
                      </td>
                      <td>
                        {shift.name}
                        <div className="muted">
                          {formatTime(shift.startsAt)} – {formatTime(shift.endsAt)}
                        </div>
                      </td>
                      <td>
                        <ul className="duty-people">
                          {[...shift.assignments]
                            .sort((a, b) => DUTY_ROLES.indexOf(a.role) - DUTY_ROLES.indexOf(b.role))
                            .map((a) => (
                              <li key={a.role}>
                                <span className="muted">{t(`role.${a.role}`)}</span> {a.name}
                                {a.phone && <span className="muted"> {a.phone}</span>}
                                {a.presence && <span className={`badge presence-${a.presence}`}>{t(`presence.${a.presence}`)}</span>}
                              </li>
                            ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3>{t('desk.handover')}</h3>
          {summary && summary.openHandoverItems.length > 0 ? (
            <ul data-testid="duty-handover-items">
              {summary.openHandoverItems.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          ) : (
            <p>{summary ? t('desk.noHandover') : t('translation:common.loading')}</p>
          )}
          <p>
            <Link to="/duty/log">{t('nav.log')}</Link>
          </p>
        </section>

        <section aria-labelledby="duty-clocks" className="card">
          <h2 id="duty-clocks">{t('desk.clocks')}</h2>
          <p className="muted">{t('desk.clocksIntro')}</p>
          {clocks.length === 0 ? (
            <p data-testid="duty-no-clocks">{data ? t('desk.noClocks') : t('translation:common.loading')}</p>
          ) : (
            <div className="duty-scroll" tabIndex={0} role="region" aria-label={t('desk.clocks')}>
              <table className="plain duty-table" data-testid="duty-clocks">
                <thead>
                  <tr>
                    <th scope="col">{t('desk.incident')}</th>
                    <th scope="col">{t('desk.report')}</th>
                    <th scope="col">{t('desk.dueAt')}</th>
                    <th scope="col">{t('desk.countdown')}</th>
                  </tr>
                </thead>
                <tbody>
                  {clocks.map(({ incident, report }) => (
                    <tr key={`${incident.id}/${report.key}`} data-testid="duty-clock-row" className={Date.parse(report.dueAt) <= now ? 'over' : undefined}>
                      <td>
                        <Link to={`/duty/incidents#incident-${incident.id}`}>{incident.title}</Link>
                        <div className="muted">
                          {t(`incidentLevel.${incident.level}`)} · {names.regionName(incident.regionCode)}
                        </div>
                      </td>
                      <td>{t(`reportKind.${report.kind}`)}</td>
                      <td>
                        <time dateTime={report.dueAt}>{formatTime(report.dueAt)}</time>
                      </td>
                      <td>
                        <Countdown dueAt={report.dueAt} now={now} testId="duty-countdown" /> <ReportState report={report} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p>
            <Link to="/duty/incidents">{t('nav.incidents')}</Link>
          </p>
        </section>
      </div>

      <Resources resources={resourceList} readiness={readiness} onReadiness={(v) => setParam('ready', v)} summary={summary} regionName={names.regionName} />
    </div>
  );
}

function Resources({
  resources,
  readiness,
  onReadiness,
  summary,
  regionName,
}: {
  resources: Resource[] | undefined;
  readiness: string;
  onReadiness: (value: string) => void;
  summary: DeskData['dutySummary'] | undefined;
  regionName: (code: string) => string;
}) {
  const { t } = useTranslation('duty');
  const all = resources ?? [];
  const byRegion = new Map<string, { teams: number; teamsReady: number; depots: number; depotsReady: number; onDuty: number }>();
  for (const r of all) {
    const row = byRegion.get(r.regionCode) ?? { teams: 0, teamsReady: 0, depots: 0, depotsReady: 0, onDuty: 0 };
    if (r.kind === 'TEAM') {
      row.teams++;
      if (r.ready) row.teamsReady++;
      row.onDuty += r.onDuty;
    } else {
      row.depots++;
      if (r.ready) row.depotsReady++;
    }
    byRegion.set(r.regionCode, row);
  }
  const shown = all.filter((r) => (readiness === 'true' ? r.ready : readiness === 'false' ? !r.ready : true)).sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  return (
    <section aria-labelledby="duty-resources" className="card">
      <h2 id="duty-resources">{t('desk.resources')}</h2>
      {summary && (
        <div className="grid duty-tiles" data-testid="duty-readiness">
          <div className="tile">
            <div className="n">
              {summary.teamsReady}/{summary.teams}
            </div>
            {t('desk.teamsReady')}
          </div>
          <div className="tile">
            <div className="n">
              {summary.depotsReady}/{summary.depots}
            </div>
            {t('desk.depotsReady')}
          </div>
          <div className="tile">
            <div className="n">{summary.peopleOnDuty}</div>
            {t('desk.peopleOnDuty')}
          </div>
          <div className={`tile${summary.stockExpiringSoon > 0 ? ' hot' : ''}`}>
            <div className="n">{summary.stockExpiringSoon}</div>
            {t('desk.expiring')}
          </div>
        </div>
      )}
      <div className="two">
        <table className="plain duty-table" data-testid="duty-resources-by-region">
          <caption>{t('desk.byRegion')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('region')}</th>
              <th scope="col">
                {t('desk.teams')}（{t('desk.ready')}/{t('desk.teams')}）
              </th>
              <th scope="col">
                {t('desk.depots')}（{t('desk.ready')}/{t('desk.depots')}）
              </th>
              <th scope="col">{t('desk.peopleOnDuty')}</th>
            </tr>
          </thead>
          <tbody>
            {byRegion.size === 0 && (
              <tr>
                <td colSpan={4}>{resources ? t('desk.noResources') : t('translation:common.loading')}</td>
              </tr>
            )}
            {[...byRegion.entries()]
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([code, row]) => (
                <tr key={code} data-region={code}>
                  <th scope="row">{regionName(code)}</th>
                  <td className="num">
                    {row.teamsReady}/{row.teams}
                  </td>
                  <td className="num">
                    {row.depotsReady}/{row.depots}
                  </td>
                  <td className="num">{row.onDuty}</td>
                </tr>
              ))}
          </tbody>
        </table>
        <div>
          <label htmlFor="duty-ready">{t('desk.readiness')}</label>
          <select id="duty-ready" value={readiness} onChange={(e) => onReadiness(e.target.value)}>
            <option value="">{t('translation:common.all')}</option>
            <option value="true">{t('desk.readyOnly')}</option>
            <option value="false">{t('desk.notReadyOnly')}</option>
          </select>
        </div>
      </div>
      <div className="duty-scroll" tabIndex={0} role="region" aria-label={t('desk.resources')}>
        <table className="plain duty-table" data-testid="duty-resources">
          <caption>{t('desk.resourcesCaption', { count: shown.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('desk.name')}</th>
              <th scope="col">{t('region')}</th>
              <th scope="col">{t('desk.kind')}</th>
              <th scope="col">{t('desk.base')}</th>
              <th scope="col">{t('desk.onDuty')}</th>
              <th scope="col">{t('desk.drill')}</th>
              <th scope="col">{t('desk.stock')}</th>
              <th scope="col">{t('desk.readiness')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 && (
              <tr>
                <td colSpan={8}>{resources ? t('desk.noResources') : t('translation:common.loading')}</td>
              </tr>
            )}
            {shown.map((r) => (
              <tr key={r.id} data-testid="duty-resource-row">
                <td>
                  {r.name}
                  {(r.leader || r.dutyPhone) && (
                    <div className="muted">
                      {r.leader} {r.dutyPhone}
                    </div>
                  )}
                </td>
                <td>{regionName(r.regionCode)}</td>
                <td>
                  {t(`resourceKind.${r.kind}`)}
                  {r.teamType && <div className="muted">{t(`teamType.${r.teamType}`)}</div>}
                </td>
                <td>{r.base}</td>
                <td className="num">{r.kind === 'TEAM' ? `${r.onDuty}/${r.headcount}` : '—'}</td>
                <td>{r.lastDrillOn ?? '—'}</td>
                <td>
                  {r.stock.length === 0
                    ? '—'
                    : r.stock.map((s) => (
                        <div key={s.code} className={s.ready ? undefined : 'error'}>
                          {t('desk.stockLine', { name: s.name, quantity: s.quantity, unit: s.unit })} <span className="muted">{t(`condition.${s.condition}`)}</span>
                          {s.expiresOn && <span className="muted"> → {s.expiresOn}</span>}
                        </div>
                      ))}
                </td>
                <td>
                  <span className={`badge ${r.ready ? 'RECTIFIED' : 'overdue'}`}>{r.ready ? t('desk.readyYes') : t('desk.readyNo')}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
