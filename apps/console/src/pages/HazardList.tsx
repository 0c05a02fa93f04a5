import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { hasRole } from '../auth';
import { saveBlob } from '../download';
import '../hazard/texts';
import { type Row, STATUSES, csvOf, filterFromParams, loadedRows } from '../hazard/list-filter';
import { useSession } from '../session';
import { beijingDate } from '../time';
import { BulkActions } from './hazard-list/BulkActions';
import { Filters } from './hazard-list/Filters';
import { HazardListRegions } from './hazard-list/operations';
import './hazard-list/texts';
import { MAX_ROWS, useHazardRows } from './hazard-list/useHazardRows';
import { VirtualTable } from './hazard-list/VirtualTable';

/**
 * 隐患台账: the filtered list, newest first, as long as its count from the start and loaded where the user
 * scrolls (the first block and the count at once; README "Console"); sorting by deadline or code, the CSV
 * export and a bulk action on all matching hazards load the rest first, since they need every row.
 */
export function HazardList() {
  const { t } = useTranslation('list');
  const [params] = useSearchParams();
  const session = useSession();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const filterKey = JSON.stringify(filter);
  const list = useHazardRows(filter, filterKey);
  const { rows, loaded, total, capped, loadingAll, error, show, loadAll, reload } = list;
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [{ data: regionData }] = useQuery({ query: HazardListRegions });
  const regionNames = useMemo(() => new Map((regionData?.regions ?? []).map((r) => [r.code, r.name])), [regionData]);
  const regionName = useCallback((c: string) => regionNames.get(c) ?? c, [regionNames]);
  const sort = params.get('sort') ?? 'found';
  // A new filter clears the selection.
  const [selectionKey, setSelectionKey] = useState(filterKey);
  if (selectionKey !== filterKey) {
    setSelectionKey(filterKey);
    setSelected(new Set());
  }

  // Any order but the server's needs every row: load them all (up to MAX_ROWS) before sorting.
  const wholeList = sort !== 'found';
  const onShow = useCallback(
    (from: number, to: number) => {
      if (!wholeList) show(from, to);
    },
    [wholeList, show],
  );
  const { hasMore } = list;
  useEffect(() => {
    if (wholeList && hasMore) void loadAll();
  }, [wholeList, hasMore, loadAll]);
  const sorted = useMemo(() => {
    if (!wholeList) return rows;
    const all = loadedRows(rows);
    if (sort === 'deadline') all.sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'));
    else if (sort === 'code') all.sort((a, b) => a.code.localeCompare(b.code));
    return all;
  }, [rows, sort, wholeList]);

  // Stable props, so a scroll re-renders only the rows that come into view (HazardRow is memoised).
  const toggle = useCallback((id: string, on: boolean) => {
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const { i18n } = useTranslation();
  const labels = useMemo(
    () => ({
      level: Object.fromEntries(['GENERAL', 'MAJOR'].map((l) => [l, t(`translation:level.${l}`)])),
      status: Object.fromEntries(STATUSES.map((st) => [st, t(`translation:status.${st}`)])),
      overdue: t('translation:common.overdue'),
      pending: t('pending'),
      selectRow: (code: string) => t('selectRow', { code }),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n.language],
  );
  const selectedIds = useMemo(() => [...selected], [selected]);
  const codes = useMemo(() => new Map(rows.flatMap((r) => (r ? [[r.id, r.code] as const] : []))), [rows]);
  const loadMatching = useCallback(async () => (await loadAll()).map((r) => r.id), [loadAll]);
  const [exporting, setExporting] = useState(false);
  const exportCsv = useCallback(async () => {
    setExporting(true);
    try {
      const all = await loadAll();
      saveBlob(new Blob([csvOf(wholeList ? (sorted as Row[]) : all, regionName)], { type: 'text/csv;charset=utf-8' }), `隐患台账-${beijingDate()}.csv`);
    } finally {
      setExporting(false);
    }
  }, [loadAll, wholeList, sorted, regionName]);
  const totalText = total === null ? null : `${total}${capped ? '+' : ''}`;

  return (
    <>
      <h1>{t('title')}</h1>
      {hasRole(session, 'INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE') && (
        <p>
          <Link to="/hazards/new" className="button-link">
            {t('hazard:report.open')}
          </Link>
        </p>
      )}
      <Filters regions={regionData?.regions ?? []} departments={regionData?.departments ?? []} onExport={() => void exportCsv()} exporting={exporting || loadingAll} />

      <p role="status" data-testid="list-status">
        {/* a block loading where the user scrolls shows in its rows; the status speaks of loading only for loadAll */}
        {totalText === null ? t('translation:common.loading') : loadingAll ? t('loading', { loaded, total: totalText }) : t('loaded', { loaded, total: totalText })}
        {!loadingAll && list.hasMore ? <span className="muted"> {t('loadingMore')}</span> : null}
        {total !== null && rows.length >= MAX_ROWS && (capped || total > MAX_ROWS) ? <strong> {t('capped', { max: MAX_ROWS.toLocaleString() })}</strong> : null}
        {loadingAll && total ? <progress max={rows.length} value={loaded} aria-label={t('loading', { loaded, total: totalText })} /> : null}
      </p>
      {error && (
        <p role="alert" className="error">
          {t('translation:common.error', { message: error })}{' '}
          <button type="button" onClick={reload}>
            {t('translation:common.retry')}
          </button>
        </p>
      )}

      <VirtualTable rows={sorted} selected={selected} setSelected={setSelected} toggle={toggle} labels={labels} regionName={regionName} onShow={onShow} />
      <BulkActions selected={selectedIds} matchingCount={total ?? 0} matchingCapped={capped} loadMatching={loadMatching} codes={codes} onFinished={reload} />
    </>
  );
}
