import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDailyQuery, ReportSubmissionsQuery } from '../gql/graphql';
import { useSession } from '../session';
import { formatTime } from '../time';
import { downloadWithToken, DownloadError } from '../download';
import type { ServerError } from '../errors';
import { ErrorAlert } from './ErrorAlert';
import './texts';

type Report = ReportDailyQuery['dailyReport'];

/** Status, cutoff, hashes of one day's report. */
export function ReportStatusSection({ report: r }: { report: Report }) {
  const { t } = useTranslation('report');
  return (
    <section aria-labelledby="report-status" className="card">
      <h2 id="report-status">
        {t('statusTitle')} · {r.departmentName} · {r.date}
      </h2>
      <dl className="fields">
        <dt>{t('statusLabel')}</dt>
        <dd>
          <span className={`badge report-${r.status}`} data-testid="report-status">
            {t(`state.${r.status}`)}
          </span>{' '}
          {r.status === 'SUBMITTED' && <span className={r.late ? 'badge overdue' : 'badge'}>{r.late ? t('late') : t('onTime')}</span>}
        </dd>
        <dt>{t('cutoff')}</dt>
        <dd>{formatTime(r.cutoff)}</dd>
        <dt>{t('submittedAt')}</dt>
        <dd>{formatTime(r.submittedAt)}</dd>
        {r.submittedBy && (
          <>
            <dt>{t('submittedBy')}</dt>
            <dd>{r.submittedBy}</dd>
          </>
        )}
        {r.escalatedAt && (
          <>
            <dt>{t('escalatedAt')}</dt>
            <dd>{formatTime(r.escalatedAt)}</dd>
          </>
        )}
        <dt>{t('contentHash')}</dt>
        <dd>
          <code className="hash" data-testid="report-content-hash">
            {r.contentHash}
          </code>
        </dd>
        <dt>{t('xlsxHash')}</dt>
        <dd>
          <code className="hash">{r.xlsxSha256}</code>
        </dd>
        <dt>{t('previous')}</dt>
        <dd>{r.previousReportDate ?? t('translation:common.none')}</dd>
      </dl>
    </section>
  );
}

/** The XLSX and the three CSVs, fetched with the bearer token. */
export function Downloads({ report: r }: { report: Report }) {
  const { t } = useTranslation('report');
  const { token } = useSession();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ServerError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const query = `?department=${encodeURIComponent(r.departmentCode)}`;
  const files = [
    { key: 'xlsx', label: t('xlsx'), url: r.xlsxUrl || `/reports/daily/${r.date}.xlsx${query}`, name: `${r.departmentCode}-${r.date}.xlsx`, testid: 'download-xlsx' },
    ...[1, 2, 3].map((n) => ({
      key: `csv${n}`,
      label: t('csv', { n }),
      url: r.csvUrls[n - 1] || `/reports/daily/${r.date}.attachment${n}.csv${query}`,
      name: `${r.departmentCode}-${r.date}-attachment${n}.csv`,
      testid: `download-csv-${n}`,
    })),
  ];
  const download = async (f: (typeof files)[number]) => {
    setBusy(f.key);
    setError(null);
    setDone(null);
    try {
      setDone(await downloadWithToken(f.url, token, f.name));
    } catch (err) {
      setError(err instanceof DownloadError ? { code: err.code, message: err.message } : { code: 'ERROR', message: String(err) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <section aria-labelledby="report-downloads">
      <h2 id="report-downloads">{t('downloadsTitle')}</h2>
      <div className="commands">
        {files.map((f) => (
          <button key={f.key} type="button" data-testid={f.testid} disabled={busy !== null} aria-busy={busy === f.key || undefined} onClick={() => void download(f)}>
            {f.label}
          </button>
        ))}
      </div>
      <ErrorAlert error={error} />
      <p role="status" className="muted">
        {busy ? t('translation:common.loading') : done ? t('downloaded', { name: done }) : ''}
      </p>
    </section>
  );
}

/** Every department's submission for the day; those that have not reported named first. */
export function Submissions({ rows }: { rows: ReportSubmissionsQuery['reportSubmissions'] }) {
  const { t } = useTranslation('report');
  const missing = rows.filter((s) => s.status !== 'SUBMITTED');
  return (
    <>
      <p className={missing.length ? 'banner alarm' : 'banner ok'} data-testid="not-reported">
        {missing.length ? t('notReported', { names: missing.map((s) => s.departmentName).join('、') }) : t('allReported')}
      </p>
      <table className="plain" data-testid="report-submissions">
        <thead>
          <tr>
            <th scope="col">{t('department')}</th>
            <th scope="col">{t('statusLabel')}</th>
            <th scope="col">{t('submittedAt')}</th>
            <th scope="col">{t('submittedBy')}</th>
            <th scope="col">{t('escalatedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.departmentCode} className={s.status === 'SUBMITTED' ? undefined : 'missing'}>
              <td>{s.departmentName}</td>
              <td>
                {t(`state.${s.status}`)} {s.late && <span className="badge overdue">{t('late')}</span>}
              </td>
              <td>{formatTime(s.submittedAt)}</td>
              <td>{s.submittedBy ?? '—'}</td>
              <td>{formatTime(s.escalatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
