import { SECTORS } from '@hazard/domain';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type OperationResult, useClient, useQuery } from 'urql';
import { graphql } from '../gql';
import type { OverdueHazardsQuery } from '../gql/graphql';
import { addTexts } from '../i18n';
import { useLiveEvents } from '../live';
import { PANJIN_REGIONS, PANJIN_SEA, PANJIN_VIEWBOX } from '../map/panjin';
import { formatTime } from '../time';

addTexts('overdue', {
  zh: {
    title: '逾期督办',
    summary: '逾期概况',
    total: '逾期隐患总数',
    updated: '更新于 {{time}}',
    partial: '分布与清单只含最近发现的 {{shown}} 项（共 {{total}} 项）。',
    byLevel: '按隐患等级',
    bySector: '按行业领域',
    byEscalation: '按升级级别',
    byRegion: '按区域',
    level: '等级',
    sector: '行业领域',
    escalation: '升级级别',
    region: '区域',
    count: '逾期数',
    notEscalated: '未升级',
    list: '逾期隐患清单',
    listCaption: '逾期隐患：{{count}} 项',
    listCaptionRegion: '{{region}}的逾期隐患：{{count}} 项',
    clearFilter: '清除区域筛选（{{region}}）',
    code: '编号',
    hazardTitle: '隐患名称',
    enterprise: '企业',
    deadline: '整改期限',
    empty: '没有逾期隐患。',
    map: '区域分布',
    mapHint: '点击区域（或聚焦后按回车、空格）可按区域筛选下方清单，再次点击取消筛选。',
    mapLabel: '盘锦市各区域逾期隐患分布示意图',
    regionButton: '{{region}}：{{count}} 项逾期',
    legend: '图例（逾期数）',
    sea: '辽东湾',
    schematic: '示意图，边界并非测绘精度。',
  },
  en: {
    title: 'Overdue',
    summary: 'Summary',
    total: 'Overdue hazards',
    updated: 'Updated {{time}}',
    partial: 'The breakdown and the list cover the {{shown}} most recently found of {{total}}.',
    byLevel: 'By level',
    bySector: 'By sector',
    byEscalation: 'By escalation level',
    byRegion: 'By region',
    level: 'Level',
    sector: 'Sector',
    escalation: 'Escalation',
    region: 'Region',
    count: 'Overdue',
    notEscalated: 'Not escalated',
    list: 'Overdue hazards',
    listCaption: 'Overdue hazards: {{count}}',
    listCaptionRegion: 'Overdue hazards in {{region}}: {{count}}',
    clearFilter: 'Clear region filter ({{region}})',
    code: 'Code',
    hazardTitle: 'Title',
    enterprise: 'Enterprise',
    deadline: 'Deadline',
    empty: 'No overdue hazards.',
    map: 'By region',
    mapHint: 'Click a region (or focus it and press Enter or Space) to filter the list below; again to clear.',
    mapLabel: 'Schematic map of overdue hazards across the regions of Panjin',
    regionButton: '{{region}}: {{count}} overdue',
    legend: 'Legend (overdue hazards)',
    sea: 'Liaodong Bay',
    schematic: 'Schematic map; borders are not survey-grade.',
  },
});

const OverdueHazards = graphql(`
  query OverdueHazards($after: String) {
    hazards(filter: { overdue: true }, first: 100, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          code
          title
          enterpriseName
          regionCode
          level
          sector
          deadline
          escalationLevel
          status
        }
      }
    }
  }
`);

const OverdueRegions = graphql(`
  query OverdueRegions {
    regions {
      code
      name
      kind
    }
  }
`);

type OverdueHazard = OverdueHazardsQuery['hazards']['edges'][number]['node'];

const LEVELS = ['GENERAL', 'MAJOR'] as const;
/** Sequential scale, light to dark; text on the last two is white (contrast ≥ 4.5:1 both ways). */
const COLOURS = ['#f2f4f7', '#fde0c5', '#f9a86b', '#c2410c', '#7c2d12'];
const MAX_PAGES = 50;

function countBy<K extends string | number>(items: OverdueHazard[], key: (h: OverdueHazard) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const h of items) counts.set(key(h), (counts.get(key(h)) ?? 0) + 1);
  return counts;
}

/** Every overdue hazard in the signed-in person's scope, page by page; live and polled. */
function useOverdueHazards() {
  const client = useClient();
  const [state, setState] = useState<{ hazards: OverdueHazard[] | null; total: number; error: string | null; at: string | null }>({ hazards: null, total: 0, error: null, at: null });
  const seq = useRef(0);
  const refetch = useCallback(async () => {
    const mine = ++seq.current;
    const all: OverdueHazard[] = [];
    let total = 0;
    let after: string | null = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const result: OperationResult<OverdueHazardsQuery> = await client.query(OverdueHazards, { after }, { requestPolicy: 'network-only' }).toPromise();
      if (mine !== seq.current) return;
      const conn: OverdueHazardsQuery['hazards'] | undefined = result.data?.hazards;
      if (result.error || !conn) {
        setState((s) => ({ ...s, error: result.error?.message ?? 'no data' }));
        return;
      }
      all.push(...conn.edges.map((e) => e.node));
      total = conn.totalCount;
      if (!conn.pageInfo.hasNextPage || !conn.pageInfo.endCursor) break;
      after = conn.pageInfo.endCursor;
    }
    setState({ hazards: all, total, error: null, at: new Date().toISOString() });
  }, [client]);
  useEffect(() => {
    void refetch();
    // Bumping the counter (not a DOM ref) makes a fetch still in flight drop its answer.
    const counter = seq;
    return () => {
      counter.current++;
    };
  }, [refetch]);
  // a hazard turns overdue when DeadlineMissed is recorded; any other event may end it: refetch on all
  useLiveEvents(() => void refetch(), { onResync: () => void refetch(), pollMs: 60_000, debounceMs: 500 });
  return { ...state, refetch };
}

function CountTable({ id, caption, head, rows }: { id: string; caption: string; head: string; rows: [string, string, number][] }) {
  const { t } = useTranslation('overdue');
  return (
    <table className="plain overdue-counts" data-testid={id}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">{t('count')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, label, n]) => (
          <tr key={key} data-key={key}>
            <th scope="row">{label}</th>
            <td className="num">{n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Overdue() {
  const { t } = useTranslation('overdue');
  const { hazards, total, error, at, refetch } = useOverdueHazards();
  const [{ data: regionData }] = useQuery({ query: OverdueRegions, requestPolicy: 'cache-and-network' });
  const [selected, setSelected] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);

  const regionName = useCallback(
    (code: string) => regionData?.regions.find((r) => r.code === code)?.name ?? PANJIN_REGIONS.find((r) => r.code === code)?.name ?? code,
    [regionData],
  );
  const list = useMemo(() => [...(hazards ?? [])].sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? '') || a.code.localeCompare(b.code)), [hazards]);
  const byRegion = useMemo(() => countBy(list, (h) => h.regionCode), [list]);
  const byLevel = useMemo(() => countBy(list, (h) => h.level), [list]);
  const bySector = useMemo(() => countBy(list, (h) => h.sector), [list]);
  const byEscalation = useMemo(() => countBy(list, (h) => h.escalationLevel), [list]);
  const shown = selected ? list.filter((h) => h.regionCode === selected) : list;

  const regionRows: [string, string, number][] = [
    ...PANJIN_REGIONS.map((r): [string, string, number] => [r.code, regionName(r.code), byRegion.get(r.code) ?? 0]),
    ...[...byRegion.keys()].filter((c) => !PANJIN_REGIONS.some((r) => r.code === c)).map((c): [string, string, number] => [c, regionName(c), byRegion.get(c) ?? 0]),
  ];
  const escalations = [...new Set([0, 1, 2, 3, ...byEscalation.keys()])].sort((a, b) => a - b);

  const max = Math.max(0, ...PANJIN_REGIONS.map((r) => byRegion.get(r.code) ?? 0));
  const step = Math.max(1, Math.ceil(max / 4));
  const bucket = (n: number) => (n === 0 ? 0 : Math.min(4, Math.ceil(n / step)));
  const legend = COLOURS.map((colour, i) => ({ colour, text: i === 0 ? '0' : step === 1 ? String(i) : `${(i - 1) * step + 1}–${i * step}` }));
  const toggle = (code: string) => setSelected((s) => (s === code ? null : code));
  const onKey = (code: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      toggle(code);
    }
  };

  return (
    <div className="overdue">
      <h1>{t('title')}</h1>
      {error && (
        <p role="alert" className="error">
          {t('translation:common.error', { message: error })}{' '}
          <button type="button" onClick={() => void refetch()}>
            {t('translation:common.retry')}
          </button>
        </p>
      )}
      <div className="two">
        <section aria-labelledby="overdue-summary">
          <h2 id="overdue-summary">{t('summary')}</h2>
          <div className="overdue-summary">
            <div className="tile hot">
              <div className="n" data-testid="overdue-count">
                {hazards ? total : '—'}
              </div>
              <div id="overdue-total-label">{t('total')}</div>
              <div className="muted">{at ? t('updated', { time: formatTime(at) }) : t('translation:common.loading')}</div>
              {hazards && total > hazards.length && <p role="note">{t('partial', { shown: hazards.length, total })}</p>}
            </div>
            <CountTable id="overdue-by-level" caption={t('byLevel')} head={t('level')} rows={LEVELS.map((l) => [l, t(`translation:level.${l}`), byLevel.get(l) ?? 0])} />
            <CountTable id="overdue-by-escalation" caption={t('byEscalation')} head={t('escalation')} rows={escalations.map((n) => [String(n), n === 0 ? t('notEscalated') : t('translation:common.escalation', { level: n }), byEscalation.get(n) ?? 0])} />
            <CountTable id="overdue-by-sector" caption={t('bySector')} head={t('sector')} rows={SECTORS.map((s) => [s, t(`translation:sector.${s}`), bySector.get(s) ?? 0])} />
          </div>
        </section>

        <section aria-labelledby="overdue-map-title">
          <h2 id="overdue-map-title">{t('map')}</h2>
          <p className="muted" id="overdue-map-hint">
            {t('mapHint')} {t('schematic')}
          </p>
          <div className="overdue-regions">
            <figure className="overdue-figure">
              <svg viewBox={PANJIN_VIEWBOX} className="overdue-map" role="group" aria-label={t('mapLabel')} aria-describedby="overdue-map-hint" data-testid="overdue-map">
                <path d={PANJIN_SEA.d} className="sea" aria-hidden="true" />
                <text x={PANJIN_SEA.label.x} y={PANJIN_SEA.label.y} className="sea-label" aria-hidden="true">
                  {t('sea')}
                </text>
                {PANJIN_REGIONS.map((r) => {
                  const n = byRegion.get(r.code) ?? 0;
                  const b = bucket(n);
                  const on = selected === r.code;
                  return (
                    <g
                      key={r.code}
                      className={`region${on ? ' selected' : ''}`}
                      tabIndex={0}
                      role="button"
                      aria-pressed={on}
                      aria-label={t('regionButton', { region: regionName(r.code), count: n })}
                      data-testid={`overdue-region-${r.code}`}
                      data-count={n}
                      onClick={() => toggle(r.code)}
                      onKeyDown={onKey(r.code)}
                      onFocus={() => setFocused(r.code)}
                      onBlur={() => setFocused((f) => (f === r.code ? null : f))}
                    >
                      <path d={r.d} fill={COLOURS[b]} />
                      <text x={r.label.x} y={r.label.y} textAnchor="middle" fill={b >= 3 ? '#ffffff' : '#1b1f24'}>
                        <tspan x={r.label.x}>{r.short}</tspan>
                        <tspan x={r.label.x} dy="1.2em" className="n">
                          {n}
                        </tspan>
                      </text>
                    </g>
                  );
                })}
                {/* outlines drawn over every region, so neighbours do not hide them */}
                {PANJIN_REGIONS.filter((r) => r.code === selected || r.code === focused).map((r) => (
                  <path key={r.code} d={r.d} className={`outline${r.code === focused ? ' focus' : ''}`} aria-hidden="true" />
                ))}
              </svg>
              <figcaption>
                <span className="legend-title">{t('legend')}</span>
                <ul className="overdue-legend">
                  {legend.map((l) => (
                    <li key={l.text}>
                      <span className="swatch" style={{ background: l.colour }} aria-hidden="true" />
                      {l.text}
                    </li>
                  ))}
                </ul>
              </figcaption>
            </figure>
            <CountTable id="overdue-by-region" caption={t('byRegion')} head={t('region')} rows={regionRows} />
          </div>
        </section>
      </div>

      <section aria-labelledby="overdue-list">
        <h2 id="overdue-list">{t('list')}</h2>
        {selected && (
          <p>
            <button type="button" data-testid="overdue-clear-filter" onClick={() => setSelected(null)}>
              {t('clearFilter', { region: regionName(selected) })}
            </button>
          </p>
        )}
        {!hazards ? (
          <p role="status">{t('translation:common.loading')}</p>
        ) : (
          <div className="overdue-scroll">
            <table className="plain overdue-table" data-testid="overdue-table">
              <caption aria-live="polite">{selected ? t('listCaptionRegion', { region: regionName(selected), count: shown.length }) : t('listCaption', { count: shown.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('code')}</th>
                  <th scope="col">{t('hazardTitle')}</th>
                  <th scope="col">{t('enterprise')}</th>
                  <th scope="col">{t('region')}</th>
                  <th scope="col">{t('level')}</th>
                  <th scope="col">{t('deadline')}</th>
                  <th scope="col">{t('escalation')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.length === 0 && (
                  <tr>
                    <td colSpan={7}>{t('empty')}</td>
                  </tr>
                )}
                {shown.map((h) => (
                  <tr key={h.id} data-testid={`overdue-row-${h.id}`}>
                    <td>
                      <Link to={`/hazards/${h.id}`}>{h.code}</Link>
                    </td>
                    <td>{h.title}</td>
                    <td>{h.enterpriseName}</td>
                    <td>{regionName(h.regionCode)}</td>
                    <td>
                      <span className={`badge ${h.level}`}>{t(`translation:level.${h.level}`)}</span>
                    </td>
                    <td>{formatTime(h.deadline)}</td>
                    <td className="num">{h.escalationLevel}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
