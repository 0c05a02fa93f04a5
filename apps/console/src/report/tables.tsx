import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReportDailyQuery } from '../gql/graphql';
import { STAT_COLUMNS } from './texts';

type Report = ReportDailyQuery['dailyReport'];
type HazardRow = Report['attachment1'][number];
type StatsRow = Report['attachment3']['total'];

/** A wide table in a region that can be scrolled sideways with the keyboard. */
function Scroll({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation('report');
  return (
    <div className="report-scroll" role="region" aria-label={t('scrollTable', { name: label })} tabIndex={0}>
      {children}
    </div>
  );
}

/** 附件1 or 附件2: the most useful columns; rows of 附件2 newly rectified are red and badged. */
export function HazardRowsTable({ rows, attachment, caption }: { rows: HazardRow[]; attachment: 1 | 2; caption: string }) {
  const { t } = useTranslation('report');
  if (rows.length === 0) return <p className="muted">{t('noRows')}</p>;
  const tail: (keyof HazardRow)[] = attachment === 1 ? ['deadline', 'status', 'overdue'] : ['completedDate', 'verification', 'closedDate'];
  const head: (keyof HazardRow)[] = ['seq', 'code', 'region', 'sector', 'enterpriseName', 'level', 'foundDate', ...tail];
  return (
    <Scroll label={caption}>
      <table className="plain report-table" data-testid={`attachment${attachment}`}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {head.map((c) => (
              <th key={c} scope="col">
                {t(`col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const red = attachment === 2 && r.newlyRectified;
            return (
              <tr key={r.hazardId} className={red ? 'newly' : undefined} data-newly={red ? 'true' : undefined}>
                {head.map((c) =>
                  c === 'code' ? (
                    <td key={c}>
                      <Link to={`/hazards/${r.hazardId}`}>{r.code}</Link>
                      {red && <span className="badge newly-badge">{t('newly')}</span>}
                    </td>
                  ) : c === 'overdue' && r.overdue === '是' ? (
                    <td key={c}>
                      <span className="badge overdue">{r.overdue}</span>
                    </td>
                  ) : (
                    <td key={c}>{r[c] === null || r[c] === '' ? '—' : String(r[c])}</td>
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </Scroll>
  );
}

/** 附件3: one row per county (or sector) and the total. */
export function StatsTable({ rows, total, by, caption }: { rows: StatsRow[]; total: StatsRow; by: 'region' | 'sector'; caption: string }) {
  const { t } = useTranslation('report');
  const cell = (row: StatsRow, c: (typeof STAT_COLUMNS)[number]) => (c === 'fineAmount' ? row.fineAmount.toLocaleString('zh-CN') : String(row[c]));
  return (
    <Scroll label={caption}>
      <table className="plain report-table report-stats" data-testid={`attachment3-${by}`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(by === 'region' ? 'col.region3' : 'col.sector3')}</th>
            {STAT_COLUMNS.map((c) => (
              <th key={c} scope="col">
                {t(`stat.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {STAT_COLUMNS.map((c) => (
                <td key={c}>{cell(r, c)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="total">
            <th scope="row">{t('col.total')}</th>
            {STAT_COLUMNS.map((c) => (
              <td key={c}>{cell(total, c)}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </Scroll>
  );
}
