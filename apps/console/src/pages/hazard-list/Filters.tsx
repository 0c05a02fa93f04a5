import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FILTER_KEYS, ORIGINS, SECTORS, STATUSES } from '../../hazard/list-filter';
import { RegionFilter } from '../../url-filter';

const VIEWS_KEY = 'hazard-console.views';

/**
 * The filters (kept in the URL, so a filtered list can be shared and saved as a view), the saved views
 * (in this browser) and the CSV export of the filter.
 */
export function Filters({
  regions,
  departments,
  onExport,
  exporting,
}: {
  regions: readonly { code: string; name: string }[];
  departments: readonly { code: string; name: string }[];
  onExport: () => void;
  exporting: boolean;
}) {
  const { t } = useTranslation('list');
  const [params, setParams] = useSearchParams();
  const sort = params.get('sort') ?? 'found';
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  const [searchText, setSearchText] = useState(params.get('search') ?? '');
  const [views, setViews] = useState<{ name: string; query: string }[]>(() => JSON.parse(localStorage.getItem(VIEWS_KEY) ?? '[]'));
  const [viewName, setViewName] = useState('');
  const saveViews = (next: typeof views) => {
    setViews(next);
    localStorage.setItem(VIEWS_KEY, JSON.stringify(next));
  };

  return (
    <section className="card" aria-labelledby="filters-title">
      <h2 id="filters-title">{t('filters')}</h2>
      <form
        className="filters"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          setParam('search', searchText.trim() || null);
        }}
      >
        <div>
          <label htmlFor="flt-search">{t('search')}</label>
          <input id="flt-search" type="search" value={searchText} onChange={(e) => setSearchText(e.target.value)} />
        </div>
        <div>
          <label htmlFor="flt-status">{t('status')}</label>
          <select id="flt-status" value={params.get('status') ?? ''} onChange={(e) => setParam('status', e.target.value || null)}>
            <option value="">{t('translation:common.all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`translation:status.${s}`)}
              </option>
            ))}
            {params.get('status')?.includes(',') && <option value={params.get('status') ?? ''}>{params.get('status')?.split(',').map((s) => t(`translation:status.${s}`)).join('+')}</option>}
          </select>
        </div>
        <div>
          <label htmlFor="flt-level">{t('level')}</label>
          <select id="flt-level" value={params.get('level') ?? ''} onChange={(e) => setParam('level', e.target.value || null)}>
            <option value="">{t('translation:common.all')}</option>
            <option value="MAJOR">{t('translation:level.MAJOR')}</option>
            <option value="GENERAL">{t('translation:level.GENERAL')}</option>
          </select>
        </div>
        <div>
          <label htmlFor="flt-sector">{t('sector')}</label>
          <select id="flt-sector" value={params.get('sector') ?? ''} onChange={(e) => setParam('sector', e.target.value || null)}>
            <option value="">{t('translation:common.all')}</option>
            {SECTORS.map((s) => (
              <option key={s} value={s}>
                {t(`translation:sector.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <RegionFilter id="flt-region" label={t('region')} allLabel={t('region_all')} regions={regions} value={params.get('region') ?? ''} onChange={(v) => setParam('region', v || null)} />
        <div>
          <label htmlFor="flt-department">{t('department')}</label>
          <select id="flt-department" value={params.get('department') ?? ''} onChange={(e) => setParam('department', e.target.value || null)}>
            <option value="">{t('translation:common.all')}</option>
            {departments.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="flt-origin">{t('origin')}</label>
          <select id="flt-origin" value={params.get('origin') ?? ''} onChange={(e) => setParam('origin', e.target.value || null)}>
            <option value="">{t('translation:common.all')}</option>
            {ORIGINS.map((o) => (
              <option key={o} value={o}>
                {t(`origins.${o}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="flt-overdue">{t('overdue')}</label>
          <select id="flt-overdue" value={params.get('overdue') ?? ''} onChange={(e) => setParam('overdue', e.target.value || null)}>
            <option value="">{t('translation:common.all')}</option>
            <option value="true">{t('translation:common.yes')}</option>
            <option value="false">{t('translation:common.no')}</option>
          </select>
        </div>
        <div>
          <label htmlFor="flt-waiting">{t('waiting')}</label>
          <select
            id="flt-waiting"
            value={params.get('pendingVerification') === 'true' ? 'pv' : params.get('extensionRequested') === 'true' ? 'er' : ''}
            onChange={(e) => {
              const next = new URLSearchParams(params);
              next.delete('pendingVerification');
              next.delete('extensionRequested');
              if (e.target.value === 'pv') next.set('pendingVerification', 'true');
              if (e.target.value === 'er') next.set('extensionRequested', 'true');
              setParams(next);
            }}
          >
            <option value="">{t('translation:common.all')}</option>
            <option value="pv">{t('pendingVerification')}</option>
            <option value="er">{t('extensionRequested')}</option>
          </select>
        </div>
        <div>
          <label htmlFor="flt-sort">{t('sort')}</label>
          <select id="flt-sort" value={sort} onChange={(e) => setParam('sort', e.target.value === 'found' ? null : e.target.value)}>
            <option value="found">{t('sortFound')}</option>
            <option value="deadline">{t('sortDeadline')}</option>
            <option value="code">{t('sortCode')}</option>
          </select>
        </div>
        <button type="submit" className="primary">
          {t('apply')}
        </button>
        <button
          type="button"
          onClick={() => {
            setSearchText('');
            setParams(new URLSearchParams());
          }}
        >
          {t('clear')}
        </button>
      </form>
      <div className="filters">
        <span>{t('views')}:</span>
        {views.map((v) => (
          <span key={v.name}>
            <Link to={`/hazards?${v.query}`}>{v.name}</Link>{' '}
            <button type="button" className="link" aria-label={t('deleteView', { name: v.name })} onClick={() => saveViews(views.filter((x) => x.name !== v.name))}>
              ×
            </button>
          </span>
        ))}
        <form
          className="filters"
          onSubmit={(e) => {
            e.preventDefault();
            if (!viewName.trim()) return;
            const query = new URLSearchParams([...params].filter(([k]) => (FILTER_KEYS as readonly string[]).includes(k) || k === 'sort')).toString();
            saveViews([...views.filter((v) => v.name !== viewName.trim()), { name: viewName.trim(), query }]);
            setViewName('');
          }}
        >
          <label htmlFor="view-name" className="sr-only">
            {t('viewName')}
          </label>
          <input id="view-name" placeholder={t('viewName')} value={viewName} onChange={(e) => setViewName(e.target.value)} />
          <button type="submit">{t('saveView')}</button>
        </form>
        <button type="button" onClick={onExport} disabled={exporting} data-testid="export-csv">
          {t('export')}
        </button>
      </div>
    </section>
  );
}
