import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { RegisterOverviewQuery } from '../../gql/graphql';
import { ErrorAlert } from '../../report/ErrorAlert';
import { RegionFilter, useUrlFilter } from '../../url-filter';
import { useDutyNames, useRefetchEvery } from '../duty/common';
import { RegisterTabs } from './common';
import { RegisterOverviewQuery as OverviewQuery } from './operations';

type Row = RegisterOverviewQuery['registerOverview'][number];
const NUMBERS = ['enterprises', 'keyUnits', 'keyParts', 'majorHazardSources', 'keyUnitsVerifiedOnSite', 'keyPartsVerifiedOnSite', 'majorHazardSourcesVerifiedOnSite', 'majorHazardSourcesWithOverduePatrols', 'majorHazardSourcesWithVacantRoles'] as const;

function total(rows: Row[]) {
  const sum = Object.fromEntries(NUMBERS.map((k) => [k, rows.reduce((n, r) => n + r[k], 0)])) as Record<(typeof NUMBERS)[number], number>;
  const colours = (['red', 'orange', 'yellow', 'blue'] as const).map((c) => rows.reduce((n, r) => n + r.keyUnitsByColour[c], 0));
  const levels = [0, 1, 2, 3].map((i) => rows.reduce((n, r) => n + (r.majorHazardSourcesByLevel[i] ?? 0), 0));
  return { ...sum, colours, levels };
}

/** 重点单位与重大危险源 · 总览: the register counted by district × sector, in the caller's scope. */
export function RegisterOverview() {
  const { t } = useTranslation('register');
  const names = useDutyNames();
  const { get, set } = useUrlFilter();
  const region = get('region');
  const [{ data, error }, reexecute] = useQuery({ query: OverviewQuery, variables: { regionCode: region || null }, requestPolicy: 'cache-and-network' });
  // live without a feed of its own: asked again every minute and after the socket reconnects (patrols fall overdue by the clock)
  useRefetchEvery(() => reexecute({ requestPolicy: 'network-only' }), 60_000);
  const rows = data?.registerOverview ?? [];
  const sum = total(rows);
  const line = (label: string, r: { colours: number[]; levels: number[] } & Record<(typeof NUMBERS)[number], number>, sector?: string) => (
    <>
      <th scope="row">{label}</th>
      {sector !== undefined && <td>{sector}</td>}
      <td>{r.enterprises}</td>
      <td>
        {r.keyUnits} <span className="muted">（{r.colours.join('/')}）</span>
      </td>
      <td>{r.keyParts}</td>
      <td>
        {r.majorHazardSources} <span className="muted">（{r.levels.join('/')}）</span>
      </td>
      <td>
        {r.keyUnitsVerifiedOnSite}/{r.keyPartsVerifiedOnSite}/{r.majorHazardSourcesVerifiedOnSite}
      </td>
      <td className={r.majorHazardSourcesWithOverduePatrols ? 'over' : undefined}>{r.majorHazardSourcesWithOverduePatrols}</td>
      <td className={r.majorHazardSourcesWithVacantRoles ? 'over' : undefined}>{r.majorHazardSourcesWithVacantRoles}</td>
    </>
  );
  return (
    <div className="register">
      <h1>{t('overview.title')}</h1>
      <RegisterTabs />
      <p className="muted">{t('overview.intro')}</p>
      <div className="filters">
        <RegionFilter id="register-region" label={t('region')} allLabel={t('allRegions')} regions={names.regions} value={region} onChange={(v) => set('region', v)} />
      </div>
      <ErrorAlert error={error} />
      {!data ? (
        <p role="status">{t('translation:common.loading')}</p>
      ) : (
        <div className="report-scroll" role="region" aria-labelledby="register-overview-caption" tabIndex={0}>
          <table className="plain report-table" data-testid="register-overview">
            <caption id="register-overview-caption">{t('overview.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('region')}</th>
                <th scope="col">{t('sector')}</th>
                <th scope="col">{t('overview.enterprises')}</th>
                <th scope="col">
                  {t('overview.keyUnits')} <span className="muted">（{t('overview.byColour')}）</span>
                </th>
                <th scope="col">{t('overview.keyParts')}</th>
                <th scope="col">
                  {t('overview.sources')} <span className="muted">（{t('overview.byLevel')}）</span>
                </th>
                <th scope="col">{t('overview.verified')}</th>
                <th scope="col">{t('overview.overdue')}</th>
                <th scope="col">{t('overview.vacant')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.regionCode}-${r.sector}`} data-region={r.regionCode}>
                  {line(names.regionName(r.regionCode), { ...r, colours: [r.keyUnitsByColour.red, r.keyUnitsByColour.orange, r.keyUnitsByColour.yellow, r.keyUnitsByColour.blue], levels: [0, 1, 2, 3].map((i) => r.majorHazardSourcesByLevel[i] ?? 0) }, t(`translation:sector.${r.sector}`))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="total">{line(t('overview.total'), sum, '')}</tr>
            </tfoot>
          </table>
        </div>
      )}
    </div>
  );
}
