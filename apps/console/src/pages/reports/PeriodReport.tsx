import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { WILDCARD, listCovers, mayPerform } from '@hazard/domain';
import { DownloadError, downloadWithToken } from '../../download';
import type { PeriodReportQuery as PeriodData } from '../../gql/graphql';
import { type ServerError, errorOf } from '../../errors';
import { ErrorAlert } from '../../report/ErrorAlert';
import { HazardRowsTable, StatsTable } from '../../report/tables';
import '../../report/texts';
import { useSession } from '../../session';
import { beijingDate, formatTime } from '../../time';
import { useDutyNames } from '../duty/common';
import { ReportsTabs } from './common';
import { PeriodReportQuery, SubmitPeriodReportMutation } from './operations';

const CITY_WIDE = 'ALL';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 期间报表: hazards found in a period, as rectified by its end, for a department at the city or its unit in a
 * district, counted as the daily report counts (README "The reporting chain"); the Excel download, and the
 * submission an obligation demands, with its receipt.
 */
export function PeriodReport() {
  const { t } = useTranslation('reports');
  const session = useSession();
  const names = useDutyNames();
  const [params, setParams] = useSearchParams();
  const today = beijingDate();
  const oversees = mayPerform(session.roles, 'overseeReports');
  const own = session.departments.filter((d) => d !== WILDCARD);
  const from = params.get('from') || `${today.slice(0, 4)}-01-01`;
  const to = params.get('to') || today;
  const department = params.get('department') || (own.length > 0 ? own[0] : oversees ? CITY_WIDE : (names.departments[0]?.code ?? ''));
  const region = params.get('region') ?? (session.regions.includes(WILDCARD) ? '' : (session.regions[0] ?? ''));
  const setParam = (key: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const badRange = DATE.test(from) && DATE.test(to) && from > to;
  const [report, refetch] = useQuery({
    query: PeriodReportQuery,
    variables: { from, to, departmentCode: department, regionCode: region || null },
    pause: !department || !DATE.test(from) || !DATE.test(to) || badRange,
    requestPolicy: 'cache-and-network',
  });
  const r = report.data?.periodReport;
  const s = r?.attachment3.total;

  return (
    <div className="report-page">
      <h1>{t('period.title')}</h1>
      <ReportsTabs />
      <p className="muted">{t('period.intro')}</p>
      <form className="filters" aria-label={t('period.pickers')} onSubmit={(e) => e.preventDefault()}>
        <div>
          <label htmlFor="period-from">{t('period.from')}</label>
          <input id="period-from" type="date" value={from} max={today} required aria-invalid={badRange || undefined} aria-describedby={badRange ? 'period-range-error' : undefined} onChange={(e) => e.target.value && setParam('from', e.target.value)} />
        </div>
        <div>
          <label htmlFor="period-to">{t('period.to')}</label>
          <input id="period-to" type="date" value={to} required onChange={(e) => e.target.value && setParam('to', e.target.value)} />
        </div>
        <div>
          <label htmlFor="period-department">{t('period.department')}</label>
          <select id="period-department" value={department} onChange={(e) => setParam('department', e.target.value)}>
            {oversees && <option value={CITY_WIDE}>{t('period.cityWide')}</option>}
            {names.departments.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="period-region">{t('period.region')}</label>
          <select id="period-region" value={region} onChange={(e) => setParam('region', e.target.value)}>
            {session.regions.includes(WILDCARD) && <option value="">{t('period.cityTier')}</option>}
            {names.regions.map((g) => (
              <option key={g.code} value={g.code}>
                {g.name}
              </option>
            ))}
          </select>
        </div>
      </form>
      {badRange && (
        <p id="period-range-error" role="alert" className="field-error">
          {t('period.badRange')}
        </p>
      )}
      {report.fetching && !r && <p role="status">{t('translation:common.loading')}</p>}
      <ErrorAlert error={report.error} />
      {r && s && (
        <>
          <section aria-labelledby="period-status" className="card" data-testid="period-status">
            <h2 id="period-status">
              {r.unitName} · {r.from} — {r.to}
            </h2>
            <p data-testid="period-summary">
              {t('period.summary', {
                found: s.foundGeneral + s.foundMajor,
                major: s.foundMajor,
                rectified: s.rectifiedGeneral + s.rectifiedMajor,
                open: s.openNotDue + s.openOverdue,
                overdue: s.openOverdue,
              })}
            </p>
            <dl className="fields">
              <dt>{t('period.status')}</dt>
              <dd>
                <span className={`badge report-${r.status}`} data-testid="period-report-status">
                  {t(`report:state.${r.status}`)}
                </span>
              </dd>
              <dt>{t('period.cutoff')}</dt>
              <dd>{formatTime(r.cutoff)}</dd>
              {r.dueAt && (
                <>
                  <dt>{t('period.due')}</dt>
                  <dd>{formatTime(r.dueAt)}</dd>
                </>
              )}
              {r.receipt && (
                <>
                  <dt>{t('period.receipt')}</dt>
                  <dd data-testid="period-receipt">
                    {t('period.receiptText', { number: r.receipt.number, time: formatTime(r.receipt.submittedAt), by: r.receipt.submittedBy })}{' '}
                    {r.receipt.late && <span className="badge overdue">{t('report:late')}</span>}
                  </dd>
                </>
              )}
              <dt>{t('period.contentHash')}</dt>
              <dd>
                <code className="hash">{r.contentHash}</code>
              </dd>
            </dl>
            <PeriodActions report={r} onSubmitted={() => refetch({ requestPolicy: 'network-only' })} />
          </section>
          <section aria-labelledby="period-a3">
            <h2 id="period-a3">{t('report:attachment3')}</h2>
            <StatsTable rows={r.attachment3.byRegion} total={r.attachment3.total} by="region" caption={t('report:byRegion')} />
            {r.attachment3.bySector.length > 0 && <StatsTable rows={r.attachment3.bySector} total={r.attachment3.total} by="sector" caption={t('report:bySector')} />}
          </section>
          <section aria-labelledby="period-a1">
            <h2 id="period-a1">
              {t('report:attachment1')} <span className="muted">{t('translation:common.count', { count: r.attachment1.length })}</span>
            </h2>
            <HazardRowsTable rows={r.attachment1} attachment={1} caption={t('report:attachment1')} />
          </section>
          <section aria-labelledby="period-a2">
            <h2 id="period-a2">
              {t('report:attachment2')} <span className="muted">{t('translation:common.count', { count: r.attachment2.length })}</span>
            </h2>
            <HazardRowsTable rows={r.attachment2} attachment={2} caption={t('report:attachment2')} />
          </section>
        </>
      )}
    </div>
  );
}

type Period = PeriodData['periodReport'];

/** The Excel download (with the token), and the submission for a unit whose roles and scope allow it. */
function PeriodActions({ report: r, onSubmitted }: { report: Period; onSubmitted: () => void }) {
  const { t } = useTranslation('reports');
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<ServerError | null>(null);
  const [submission, submit] = useMutation(SubmitPeriodReportMutation);
  const query = new URLSearchParams({ from: r.from ?? '', to: r.to, department: r.departmentCode, ...(r.regionCode ? { region: r.regionCode } : {}) });
  const download = async () => {
    setBusy(true);
    setProblem(null);
    try {
      setDone(await downloadWithToken(`/reports/period.xlsx?${query}`, session.token, `${r.departmentCode}-${r.from}-${r.to}.xlsx`));
    } catch (err) {
      setProblem(err instanceof DownloadError ? { code: err.code, message: err.message } : { code: 'ERROR', message: String(err) });
    } finally {
      setBusy(false);
    }
  };
  const why = !mayPerform(session.roles, 'submitReports')
    ? t('period.noRole')
    : r.departmentCode === CITY_WIDE
      ? t('period.cityNoSubmit')
      : !listCovers(session.departments, r.departmentCode)
        ? t('period.outOfScope')
        : r.status === 'SUBMITTED'
          ? t('period.frozen')
          : null;
  const send = async () => {
    const res = await submit({ input: { from: r.from ?? '', to: r.to, departmentCode: r.departmentCode, regionCode: r.regionCode ?? null } });
    if (!res.error) onSubmitted();
  };
  return (
    <>
      <div className="commands">
        <button type="button" onClick={() => void download()} disabled={busy} aria-busy={busy || undefined} data-testid="period-download">
          {t('period.download')}
        </button>
        <button type="button" className="primary" onClick={() => void send()} disabled={Boolean(why) || submission.fetching} aria-describedby="period-submit-why" data-testid="period-submit">
          {t('period.submit')}
        </button>
        <span id="period-submit-why" className="why">
          {why ?? t('period.submitNote')}
        </span>
      </div>
      <ErrorAlert error={problem ?? errorOf(submission.error)} />
      {submission.data?.submitPeriodReport.receipt && (
        <p role="status" className="banner ok" data-testid="period-submitted">
          {t('period.submitted', { number: submission.data.submitPeriodReport.receipt.number })}
        </p>
      )}
      <p role="status" className="muted">
        {done ? t('period.downloaded', { name: done }) : ''}
      </p>
    </>
  );
}
