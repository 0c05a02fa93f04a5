import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { listCovers, mayPerform, WILDCARD } from '@hazard/domain';
import { graphql } from '../gql';
import type { ReportDailyQuery } from '../gql/graphql';
import { errorCode } from '../errors';
import { ErrorAlert } from '../report/ErrorAlert';
import { Downloads, ReportStatusSection, Submissions } from '../report/sections';
import { HazardRowsTable, StatsTable } from '../report/tables';
import '../report/texts';
import { useSession } from '../session';
import { beijingDate } from '../time';

const CITY_WIDE = 'ALL';

const ReportDepartments = graphql(`
  query ReportDepartments {
    departments {
      code
      name
    }
  }
`);

const ReportDaily = graphql(`
  query ReportDaily($date: String!, $departmentCode: String!) {
    dailyReport(date: $date, departmentCode: $departmentCode) {
      date
      departmentCode
      departmentName
      status
      cutoff
      contentHash
      xlsxSha256
      submittedAt
      submittedBy
      late
      escalatedAt
      previousReportDate
      xlsxUrl
      csvUrls
      attachment1 {
        ...ReportHazardRowFields
      }
      attachment2 {
        ...ReportHazardRowFields
      }
      attachment3 {
        byRegion {
          ...ReportStatisticsRowFields
        }
        bySector {
          ...ReportStatisticsRowFields
        }
        total {
          ...ReportStatisticsRowFields
        }
      }
    }
  }
  fragment ReportHazardRowFields on ReportHazardRow {
    hazardId
    seq
    code
    region
    sector
    enterpriseName
    level
    foundDate
    deadline
    status
    overdue
    completedDate
    verification
    closedDate
    newlyRectified
  }
  fragment ReportStatisticsRowFields on ReportStatisticsRow {
    label
    foundGeneral
    foundMajor
    bySelfInspection
    byDepartment
    byCovert
    byOther
    rectifiedGeneral
    rectifiedMajor
    rectificationRate
    onTimeRate
    openNotDue
    openOverdue
    listedCounty
    listedCity
    listedProvince
    listedClosed
    suspended
    suspendedWithMonitors
    fines
    fineAmount
    suspensionsForRectification
    closures
    newToday
    closedToday
    cumulative
  }
`);

const ReportSubmitDaily = graphql(`
  mutation ReportSubmitDaily($input: SubmitDailyReportInput!) {
    submitDailyReport(input: $input) {
      date
      departmentCode
      status
      submittedAt
      contentHash
      late
    }
  }
`);

const ReportSubmissions = graphql(`
  query ReportSubmissions($date: String!) {
    reportSubmissions(date: $date) {
      departmentCode
      departmentName
      status
      submittedAt
      submittedBy
      late
      escalatedAt
      contentHash
    }
  }
`);

type Report = ReportDailyQuery['dailyReport'];

export function DailyReport() {
  const { t } = useTranslation('report');
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const today = beijingDate();
  const oversees = mayPerform(session.roles, 'overseeReports');
  const [departments] = useQuery({ query: ReportDepartments, requestPolicy: 'cache-and-network' });
  const visible = (departments.data?.departments ?? []).filter(
    (d) => session.roles.includes('AUDITOR') || listCovers(session.departments, d.code),
  );
  const own = session.departments.filter((d) => d !== WILDCARD);
  const fallback = own.length > 0 ? own[0] : oversees ? CITY_WIDE : visible[0]?.code;
  const date = params.get('date') || today;
  const department = params.get('department') || fallback || '';
  const setParam = (key: 'date' | 'department', value: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set('date', date);
      if (department) next.set('department', department);
      next.set(key, value);
      return next;
    }, { replace: true });

  const [report, refetchReport] = useQuery({
    query: ReportDaily,
    variables: { date, departmentCode: department },
    pause: !department || !/^\d{4}-\d{2}-\d{2}$/.test(date),
    requestPolicy: 'cache-and-network',
  });
  const [submissions, refetchSubmissions] = useQuery({ query: ReportSubmissions, variables: { date }, pause: !oversees, requestPolicy: 'cache-and-network' });
  const r = report.data?.dailyReport;

  return (
    <div className="report-page">
      <h1>{t('title')}</h1>
      <form className="filters" aria-label={t('pickers')} onSubmit={(e) => e.preventDefault()}>
        <div>
          <label htmlFor="report-date">{t('date')}</label>
          <input id="report-date" type="date" value={date} max={today} required onChange={(e) => e.target.value && setParam('date', e.target.value)} />
        </div>
        <div>
          {departments.error ? (
            <>
              <label htmlFor="report-department">{t('departmentCode')}</label>
              <input id="report-department" value={department} onChange={(e) => setParam('department', e.target.value.trim().toUpperCase())} />
            </>
          ) : (
            <>
              <label htmlFor="report-department">{t('department')}</label>
              <select id="report-department" value={department} onChange={(e) => setParam('department', e.target.value)}>
                {oversees && <option value={CITY_WIDE}>{t('cityWide')}</option>}
                {visible.map((d) => (
                  <option key={d.code} value={d.code}>
                    {d.name}
                  </option>
                ))}
                {department && department !== CITY_WIDE && !visible.some((d) => d.code === department) && <option value={department}>{department}</option>}
              </select>
            </>
          )}
        </div>
      </form>

      {report.fetching && !r && <p role="status">{t('translation:common.loading')}</p>}
      <ErrorAlert error={report.error} />
      {r && (
        <>
          <ReportStatusSection report={r} />
          <SubmitSection
            key={`submit-${r.date}-${r.departmentCode}`}
            report={r}
            onSubmitted={() => {
              refetchReport({ requestPolicy: 'network-only' });
              if (oversees) refetchSubmissions({ requestPolicy: 'network-only' });
            }}
          />
          <Downloads key={`downloads-${r.date}-${r.departmentCode}`} report={r} />
          <section aria-labelledby="report-a1">
            <h2 id="report-a1">
              {t('attachment1')} <span className="muted">{t('translation:common.count', { count: r.attachment1.length })}</span>
            </h2>
            <HazardRowsTable rows={r.attachment1} attachment={1} caption={t('attachment1')} />
          </section>
          <section aria-labelledby="report-a2">
            <h2 id="report-a2">
              {t('attachment2')} <span className="muted">{t('translation:common.count', { count: r.attachment2.length })}</span>
            </h2>
            {r.attachment2.some((row) => row.newlyRectified) && <p className="muted">{t('newlyNote')}</p>}
            <HazardRowsTable rows={r.attachment2} attachment={2} caption={t('attachment2')} />
          </section>
          <section aria-labelledby="report-a3">
            <h2 id="report-a3">{t('attachment3')}</h2>
            <StatsTable rows={r.attachment3.byRegion} total={r.attachment3.total} by="region" caption={t('byRegion')} />
            {r.attachment3.bySector.length > 0 && <StatsTable rows={r.attachment3.bySector} total={r.attachment3.total} by="sector" caption={t('bySector')} />}
          </section>
        </>
      )}

      <section aria-labelledby="report-submissions">
        <h2 id="report-submissions">{t('submissionsTitle')}</h2>
        {!oversees || errorCode(submissions.error) === 'FORBIDDEN' ? (
          <p className="muted">{t('forbidden')}</p>
        ) : (
          <>
            <ErrorAlert error={submissions.error} />
            {submissions.data && <Submissions rows={submissions.data.reportSubmissions} />}
          </>
        )}
      </section>
    </div>
  );
}

function SubmitSection({ report: r, onSubmitted }: { report: Report; onSubmitted: () => void }) {
  const { t } = useTranslation('report');
  const session = useSession();
  const [confirming, setConfirming] = useState(false);
  const [result, submit] = useMutation(ReportSubmitDaily);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const inScope = listCovers(session.departments, r.departmentCode);
  const why =
    r.status === 'SUBMITTED'
      ? t('why.submitted')
      : !mayPerform(session.roles, 'submitReports')
        ? t('why.role')
        : r.departmentCode === CITY_WIDE
          ? t('why.city')
          : !inScope
            ? t('why.scope')
            : null;
  const cancel = () => {
    setConfirming(false);
    openRef.current?.focus();
  };
  const confirm = async () => {
    const res = await submit({ input: { date: r.date, departmentCode: r.departmentCode } });
    setConfirming(false);
    if (!res.error) onSubmitted();
  };
  return (
    <section aria-labelledby="report-submit">
      <h2 id="report-submit">{t('submitTitle')}</h2>
      <div className="commands">
        <button type="button" className="primary" ref={openRef} disabled={Boolean(why) || confirming || result.fetching} aria-describedby={why ? 'report-submit-why' : undefined} onClick={() => setConfirming(true)} data-testid="submit-report">
          {t('submit')}
        </button>
        {why && (
          <span id="report-submit-why" className="why">
            {why}
          </span>
        )}
      </div>
      {confirming && (
        <div className="banner info report-confirm" role="group" aria-labelledby="report-confirm-text">
          <p id="report-confirm-text">{t('confirmText', { department: r.departmentName, date: r.date })}</p>
          <div className="commands">
            <button type="button" className="primary" ref={confirmRef} disabled={result.fetching} onClick={() => void confirm()} data-testid="confirm-submit-report">
              {t('confirm')}
            </button>
            <button type="button" onClick={cancel}>
              {t('translation:common.cancel')}
            </button>
          </div>
        </div>
      )}
      <ErrorAlert error={result.error} />
      {result.data && (
        <p role="status" className="banner ok">
          {t('submitted', { hash: result.data.submitDailyReport.contentHash })}
        </p>
      )}
    </section>
  );
}
