import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type OperationResult, useClient, useQuery } from 'urql';
import { graphql } from '../gql';
import type { HazardListPageQuery } from '../gql/graphql';
import { newIdempotencyKey } from '../hazard/commands';
import { errorOf } from '../errors';
import { CancelHazardMutation, ListHazardMutation } from '../hazard/operations';
import { hasRole } from '../auth';
import '../hazard/texts';
import { saveBlob } from '../download';
import { FILTER_KEYS, ORIGINS, type Row, SECTORS, STATUSES, csvOf, filterFromParams } from '../hazard/list-filter';
import { addTexts } from '../i18n';
import { useSession } from '../session';
import { useLiveEvents } from '../live';
import { beijingDate, fromBeijingLocal, formatTime } from '../time';

addTexts('list', {
  zh: {
    title: '隐患台账',
    filters: '筛选',
    status: '状态', level: '等级', sector: '行业领域', region: '县区', department: '部门', origin: '来源',
    origins: { INSPECTION: '行政检查', PATROL: '重大危险源巡查', SELF_CHECK: '企业自查', SITE_VERIFICATION: '现场核查', SUPERVISION: '督查' }, overdue: '是否超期', search: '搜索（名称、单位、编号）', waiting: '等待',
    pendingVerification: '待核查', extensionRequested: '待批延期',
    apply: '筛选', clear: '清除筛选',
    loaded: '已加载 {{loaded}} / {{total}} 条', loading: '正在加载 {{loaded}} / {{total}}…',
    sort: '排序', sortFound: '发现时间（新→旧）', sortDeadline: '整改期限（近→远）', sortCode: '隐患编号',
    views: '常用视图', saveView: '保存当前筛选为视图', viewName: '视图名称', deleteView: '删除视图 {{name}}',
    export: '导出当前筛选（CSV）',
    cols: { select: '选择', code: '编号', title: '隐患', level: '等级', status: '状态', enterprise: '单位', region: '县区', deadline: '整改期限', escalation: '升级' },
    selectRow: '选择 {{code}}', selectAll: '全选已加载的行',
    bulk: '批量操作', selected: '已选 {{count}} 项', target: '对象', targetSelected: '选中的 {{count}} 项', targetAll: '符合筛选的全部 {{count}} 项',
    command: '操作', ListHazard: '批量挂牌督办', CancelHazard: '批量撤销',
    listingLevel: '挂牌级别', supervisingUnit: '督办单位', deadline: '整改期限（北京时间）', reason: '撤销理由',
    confirmAll: '请输入数量 {{count}} 以确认对全部符合筛选的隐患执行', confirmMismatch: '输入的数量与 {{count}} 不符',
    run: '执行', retryFailed: '重试失败的 {{count}} 项（同一幂等键，不会重复执行）', results: '执行结果：成功 {{ok}}，失败 {{failed}}，共 {{total}}',
    ok: '成功', nothingSelected: '请先选择隐患', invalid: '请填写所有必填项',
    region_all: '全部县区',
    capped: '只显示前 {{max}} 条，请缩小筛选范围。',
  },
  en: {
    title: 'Hazards',
    filters: 'Filters',
    status: 'Status', level: 'Level', sector: 'Sector', region: 'Region', department: 'Department', origin: 'Origin',
    origins: { INSPECTION: 'Inspection', PATROL: 'Source patrol', SELF_CHECK: 'Self-check', SITE_VERIFICATION: 'Site verification', SUPERVISION: 'Supervision' }, overdue: 'Overdue', search: 'Search (title, enterprise, code)', waiting: 'Waiting',
    pendingVerification: 'Verification', extensionRequested: 'Extension decision',
    apply: 'Filter', clear: 'Clear filters',
    loaded: '{{loaded}} of {{total}} loaded', loading: 'Loading {{loaded}} of {{total}}…',
    sort: 'Sort', sortFound: 'Found (newest first)', sortDeadline: 'Deadline (soonest first)', sortCode: 'Code',
    views: 'Saved views', saveView: 'Save these filters as a view', viewName: 'View name', deleteView: 'Delete view {{name}}',
    export: 'Export this filter (CSV)',
    cols: { select: 'Select', code: 'Code', title: 'Hazard', level: 'Level', status: 'Status', enterprise: 'Enterprise', region: 'Region', deadline: 'Deadline', escalation: 'Escalation' },
    selectRow: 'Select {{code}}', selectAll: 'Select all loaded rows',
    bulk: 'Bulk action', selected: '{{count}} selected', target: 'Apply to', targetSelected: 'the {{count}} selected', targetAll: 'all {{count}} matching the filter',
    command: 'Command', ListHazard: 'List for supervision', CancelHazard: 'Cancel',
    listingLevel: 'Listing level', supervisingUnit: 'Supervising unit', deadline: 'Deadline (Beijing time)', reason: 'Reason for cancelling',
    confirmAll: 'Type the count {{count}} to confirm acting on everything matching the filter', confirmMismatch: 'That is not {{count}}',
    run: 'Run', retryFailed: 'Retry the {{count}} that failed (same idempotency keys: nothing applies twice)', results: 'Results: {{ok}} done, {{failed}} failed, of {{total}}',
    ok: 'Done', nothingSelected: 'Select hazards first', invalid: 'Fill in every required field',
    region_all: 'All regions',
    capped: 'Only the first {{max}} are shown; narrow the filter.',
  },
});

const HazardListPage = graphql(`
  query HazardListPage($filter: HazardFilter, $first: Int, $after: String) {
    hazards(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges { node { id code title level status enterpriseName regionCode deadline overdue escalationLevel foundAt version } }
    }
  }
`);
const HazardListRegions = graphql(`
  query HazardListRegions { regions { code name } departments { code name } }
`);
const HazardListRow = graphql(`
  query HazardListRow($id: ID!) { hazard(id: $id) { id code title level status enterpriseName regionCode deadline overdue escalationLevel foundAt version } }
`);

const VIEWS_KEY = 'hazard-console.views';
const ROW_HEIGHT = 36;
/** A browser holds this many rows at most; past it, the page asks for a narrower filter (export and bulk still see the count). */
const MAX_ROWS = 10_000;

export function HazardList() {
  const { t } = useTranslation('list');
  const client = useClient();
  const [params, setParams] = useSearchParams();
  const session = useSession();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const filterKey = JSON.stringify(filter);
  const [rows, setRows] = useState<Row[]>([]);
  /** The count as the server gives it: exact up to its cap, then the cap with a "+" (more match). */
  const [total, setTotal] = useState<string | null>(null);
  const [totalNumber, setTotalNumber] = useState(0);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [{ data: regionData }] = useQuery({ query: HazardListRegions });
  const regionNames = useMemo(() => new Map((regionData?.regions ?? []).map((r) => [r.code, r.name])), [regionData]);
  const regionName = useCallback((c: string) => regionNames.get(c) ?? c, [regionNames]);
  const sort = params.get('sort') ?? 'found';

  // Every page of the filter (100 a page), newest first; a new filter cancels the old load.
  const generation = useRef(0);
  const load = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    setLoadError(null);
    const collected: Row[] = [];
    let after: string | null | undefined = null;
    for (;;) {
      const answer: OperationResult<HazardListPageQuery> = await client.query(HazardListPage, { filter, first: 100, after }, { requestPolicy: 'network-only' }).toPromise();
      if (mine !== generation.current) return;
      if (answer.error || !answer.data) {
        setLoadError(answer.error?.message ?? 'no data');
        break;
      }
      const page = answer.data.hazards;
      collected.push(...page.edges.map((e) => e.node));
      setTotal(`${page.totalCount}${page.totalCountCapped ? '+' : ''}`);
      setTotalNumber(page.totalCount);
      setRows([...collected]);
      if (!page.pageInfo.hasNextPage || collected.length >= MAX_ROWS) break;
      after = page.pageInfo.endCursor;
    }
    setLoading(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, filterKey]);
  useEffect(() => {
    setSelected(new Set());
    void load();
  }, [load]);

  // A live event refreshes that one row in place (a whole reload only on reconnect and every few minutes).
  useLiveEvents(
    (event) => {
      void client.query(HazardListRow, { id: event.hazardId }, { requestPolicy: 'network-only' }).toPromise().then((answer) => {
        const fresh = answer.data?.hazard;
        if (fresh) setRows((list) => list.map((r) => (r.id === fresh.id ? fresh : r)));
      });
    },
    { onResync: () => void load(), pollMs: 300_000 },
  );

  const sorted = useMemo(() => {
    const list = [...rows];
    if (sort === 'deadline') list.sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'));
    else if (sort === 'code') list.sort((a, b) => a.code.localeCompare(b.code));
    return list;
  }, [rows, sort]);

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
      selectRow: (code: string) => t('selectRow', { code }),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n.language],
  );
  const selectedIds = useMemo(() => [...selected], [selected]);
  const matchingIds = useMemo(() => sorted.map((r) => r.id), [sorted]);
  const codes = useMemo(() => new Map(rows.map((r) => [r.id, r.code])), [rows]);
  const reload = useCallback(() => void load(), [load]);


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
    <>
      <h1>{t('title')}</h1>
      {hasRole(session, 'INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE') && (
        <p>
          <Link to="/hazards/new" className="button-link">
            {t('hazard:report.open')}
          </Link>
        </p>
      )}
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
          <div>
            <label htmlFor="flt-region">{t('region')}</label>
            <select id="flt-region" value={params.get('region') ?? ''} onChange={(e) => setParam('region', e.target.value || null)}>
              <option value="">{t('region_all')}</option>
              {(regionData?.regions ?? []).map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="flt-department">{t('department')}</label>
            <select id="flt-department" value={params.get('department') ?? ''} onChange={(e) => setParam('department', e.target.value || null)}>
              <option value="">{t('translation:common.all')}</option>
              {(regionData?.departments ?? []).map((d) => (
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
          <button type="button" onClick={() => saveBlob(new Blob([csvOf(sorted, regionName)], { type: 'text/csv;charset=utf-8' }), `隐患台账-${beijingDate()}.csv`)} disabled={loading} data-testid="export-csv">
            {t('export')}
          </button>
        </div>
      </section>

      <p role="status" data-testid="list-status">
        {total === null ? t('translation:common.loading') : loading ? t('loading', { loaded: rows.length, total }) : t('loaded', { loaded: rows.length, total })}
        {!loading && total !== null && totalNumber > rows.length ? <strong> {t('capped', { max: MAX_ROWS.toLocaleString() })}</strong> : null}
        {loading && totalNumber ? <progress max={totalNumber} value={rows.length} aria-label={t('loading', { loaded: rows.length, total })} /> : null}
      </p>
      {loadError && (
        <p role="alert" className="error">
          {t('translation:common.error', { message: loadError })}{' '}
          <button type="button" onClick={() => void load()}>
            {t('translation:common.retry')}
          </button>
        </p>
      )}

      <VirtualTable rows={sorted} selected={selected} setSelected={setSelected} toggle={toggle} labels={labels} regionName={regionName} />
      <BulkActions selected={selectedIds} matching={matchingIds} codes={codes} onFinished={reload} />
    </>
  );
}

/** The table alone re-renders while scrolling (the filters above it do not). */
function VirtualTable({
  rows: sorted,
  selected,
  setSelected,
  toggle,
  labels,
  regionName,
}: {
  rows: Row[];
  selected: Set<string>;
  setSelected: (s: Set<string>) => void;
  toggle: (id: string, on: boolean) => void;
  labels: RowLabels;
  regionName: (c: string) => string;
}) {
  const { t } = useTranslation('list');
  const navigate = useNavigate();
  const viewport = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: sorted.length, getScrollElement: () => viewport.current, estimateSize: () => ROW_HEIGHT, overscan: 4 });
  return (
    <div className="table" role="table" aria-label={t('title')} aria-rowcount={sorted.length + 1}>
      <div role="rowgroup">
      <div className="thead" role="row" aria-rowindex={1}>
        <span className="cell" role="columnheader">
          <input
            type="checkbox"
            aria-label={t('selectAll')}
            checked={sorted.length > 0 && selected.size === sorted.length}
            onChange={(e) => setSelected(e.target.checked ? new Set(sorted.map((r) => r.id)) : new Set())}
          />
        </span>
        {(['code', 'title', 'level', 'status', 'enterprise', 'region', 'deadline', 'escalation'] as const).map((c) => (
          <span key={c} className="cell" role="columnheader">
            {t(`cols.${c}`)}
          </span>
        ))}
      </div>
      </div>
      {/* rows carry plain links (cheap to render); this one handler turns a plain click into in-app navigation */}
      {/* keyboard users follow the links themselves (Enter on a focused link); this only intercepts the mouse's click */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions */}
      <div
        className="viewport"
        ref={viewport}
        data-testid="list-viewport"
        role="rowgroup"
        onClick={(e) => {
          const a = (e.target as HTMLElement).closest('a[data-spa]');
          if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
          e.preventDefault();
          navigate(a.getAttribute('href') as string);
        }}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} role="presentation">
          {virtualizer.getVirtualItems().map((item) => (
            <HazardRow key={sorted[item.index].id} row={sorted[item.index]} index={item.index} start={item.start} selected={selected.has(sorted[item.index].id)} onToggle={toggle} labels={labels} regionName={regionName} />
          ))}
        </div>
      </div>
    </div>
  );
}

interface RowLabels {
  level: Record<string, string>;
  status: Record<string, string>;
  overdue: string;
  selectRow: (code: string) => string;
}

const HazardRow = memo(function HazardRow({ row: r, index, start, selected, onToggle, labels, regionName }: { row: Row; index: number; start: number; selected: boolean; onToggle: (id: string, on: boolean) => void; labels: RowLabels; regionName: (c: string) => string }) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={`row${selected ? ' selected' : ''}${r.overdue ? ' overdue' : ''}`}
      style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${start}px)` }}
      data-testid="hazard-row"
    >
      <span className="cell" role="cell">
        <input type="checkbox" aria-label={labels.selectRow(r.code)} checked={selected} onChange={(e) => onToggle(r.id, e.target.checked)} />
      </span>
      <span className="cell" role="cell">
        <a href={`/hazards/${r.id}`} data-spa="">
          {r.code}
        </a>
      </span>
      <span className="cell" role="cell" title={r.title}>
        {r.title}
      </span>
      <span className="cell" role="cell">
        <span className={`badge ${r.level}`}>{labels.level[r.level]}</span>
      </span>
      <span className="cell" role="cell">
        <span className={`badge ${r.status}`}>{labels.status[r.status]}</span>
      </span>
      <span className="cell" role="cell" title={r.enterpriseName}>
        {r.enterpriseName}
      </span>
      <span className="cell" role="cell">
        {regionName(r.regionCode)}
      </span>
      <span className="cell" role="cell">
        {formatTime(r.deadline)} {r.overdue && <span className="badge overdue">{labels.overdue}</span>}
      </span>
      <span className="cell" role="cell">
        {r.escalationLevel}
      </span>
    </div>
  );
});

type Outcome = { id: string; ok: true } | { id: string; ok: false; code: string; message: string };

/**
 * One command on many hazards. Each hazard's command carries a key made of the batch and the
 * hazard, so retrying the failed ones (or the whole batch after a lost answer) applies nothing twice.
 */
const BulkActions = memo(function BulkActions({ selected, matching, codes, onFinished }: { selected: string[]; matching: string[]; codes: Map<string, string>; onFinished: () => void }) {
  const { t } = useTranslation('list');
  const client = useClient();
  const [command, setCommand] = useState<'ListHazard' | 'CancelHazard'>('ListHazard');
  const [target, setTarget] = useState<'selected' | 'all'>('selected');
  const [values, setValues] = useState({ listingLevel: 'CITY', supervisingUnit: '', deadline: '', reason: '' });
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [batch, setBatch] = useState(newIdempotencyKey);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [running, setRunning] = useState(false);
  const ids = target === 'all' ? matching : selected;

  const run = async (targets: string[], batchId: string, previous: Outcome[]) => {
    setRunning(true);
    const results = new Map(previous.map((o) => [o.id, o] as const));
    const queue = [...targets];
    const worker = async () => {
      for (let id = queue.shift(); id; id = queue.shift()) {
        const idempotencyKey = `bulk-${batchId}-${id}`;
        const answer =
          command === 'ListHazard'
            ? await client.mutation(ListHazardMutation, { input: { hazardId: id, idempotencyKey, listingLevel: values.listingLevel as 'CITY', supervisingUnit: values.supervisingUnit.trim(), deadline: fromBeijingLocal(values.deadline) as string } }).toPromise()
            : await client.mutation(CancelHazardMutation, { input: { hazardId: id, idempotencyKey, reason: values.reason.trim() } }).toPromise();
        const err = errorOf(answer.error);
        results.set(id, err ? { id, ok: false, code: err.code, message: err.message } : { id, ok: true });
        setOutcomes([...results.values()]);
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    setRunning(false);
    onFinished();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    if (ids.length === 0) return setProblem(t('nothingSelected'));
    if (command === 'ListHazard' ? !values.supervisingUnit.trim() || !fromBeijingLocal(values.deadline) : !values.reason.trim()) return setProblem(t('invalid'));
    if (target === 'all' && confirm.trim() !== String(ids.length)) return setProblem(t('confirmMismatch', { count: ids.length }));
    const batchId = newIdempotencyKey();
    setOutcomes([]);
    setBatch(batchId);
    void run(ids, batchId, []);
  };
  const failed = outcomes.filter((o) => !o.ok);
  return (
    <section className="card" aria-labelledby="bulk-title">
      <h2 id="bulk-title">{t('bulk')}</h2>
      <p>{t('selected', { count: selected.length })}</p>
      <form className="filters" onSubmit={submit}>
        <div>
          <label htmlFor="bulk-command">{t('command')}</label>
          <select id="bulk-command" value={command} onChange={(e) => setCommand(e.target.value as typeof command)}>
            <option value="ListHazard">{t('ListHazard')}</option>
            <option value="CancelHazard">{t('CancelHazard')}</option>
          </select>
        </div>
        <div>
          <label htmlFor="bulk-target">{t('target')}</label>
          <select id="bulk-target" value={target} onChange={(e) => setTarget(e.target.value as typeof target)}>
            <option value="selected">{t('targetSelected', { count: selected.length })}</option>
            <option value="all">{t('targetAll', { count: matching.length })}</option>
          </select>
        </div>
        {command === 'ListHazard' ? (
          <>
            <div>
              <label htmlFor="bulk-level">{t('listingLevel')}</label>
              <select id="bulk-level" value={values.listingLevel} onChange={(e) => setValues({ ...values, listingLevel: e.target.value })}>
                {['COUNTY', 'CITY', 'PROVINCE'].map((l) => (
                  <option key={l} value={l}>
                    {t(`translation:listingLevel.${l}`)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="bulk-unit">{t('supervisingUnit')}</label>
              <input id="bulk-unit" value={values.supervisingUnit} onChange={(e) => setValues({ ...values, supervisingUnit: e.target.value })} />
            </div>
            <div>
              <label htmlFor="bulk-deadline">{t('deadline')}</label>
              <input id="bulk-deadline" type="datetime-local" value={values.deadline} onChange={(e) => setValues({ ...values, deadline: e.target.value })} />
            </div>
          </>
        ) : (
          <div>
            <label htmlFor="bulk-reason">{t('reason')}</label>
            <input id="bulk-reason" value={values.reason} onChange={(e) => setValues({ ...values, reason: e.target.value })} />
          </div>
        )}
        {target === 'all' && (
          <div>
            <label htmlFor="bulk-confirm">{t('confirmAll', { count: ids.length })}</label>
            <input id="bulk-confirm" inputMode="numeric" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
          </div>
        )}
        <button type="submit" className="primary" disabled={running}>
          {t('run')}
        </button>
      </form>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {outcomes.length > 0 && (
        <div role="status">
          <p>{t('results', { ok: outcomes.length - failed.length, failed: failed.length, total: outcomes.length })}</p>
          <ul data-testid="bulk-results">
            {outcomes.map((o) => (
              <li key={o.id}>
                {codes.get(o.id) ?? o.id}: {o.ok ? t('ok') : `${o.code} ${o.message}`}
              </li>
            ))}
          </ul>
          {failed.length > 0 && !running && (
            <button type="button" onClick={() => void run(failed.map((f) => f.id), batch, outcomes)}>
              {t('retryFailed', { count: failed.length })}
            </button>
          )}
        </div>
      )}
    </section>
  );
});
