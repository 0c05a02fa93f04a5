import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type Row, loadedRows } from '../../hazard/list-filter';
import { formatTime } from '../../time';

const ROW_HEIGHT = 36;
/** Rows beyond the view loaded with it, so a slow scroll finds them there (two screens or so). */
const MARGIN_ROWS = 60;

/** The table alone re-renders while scrolling (the filters above it do not). */
export function VirtualTable({
  rows: sorted,
  selected,
  setSelected,
  toggle,
  labels,
  regionName,
  onShow,
}: {
  /** The whole list; a hole is a row not loaded yet, shown as a placeholder until it is. */
  rows: (Row | undefined)[];
  /** The rows in view, with a margin: the caller loads those not loaded yet. */
  onShow: (from: number, to: number) => void;
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
  const items = virtualizer.getVirtualItems();
  const firstInView = items.length ? items[0].index : 0;
  const lastInView = items.length ? items[items.length - 1].index : 0;
  useEffect(() => {
    if (sorted.length > 0) onShow(Math.max(0, firstInView - MARGIN_ROWS), lastInView + MARGIN_ROWS);
  }, [firstInView, lastInView, sorted.length, onShow]);
  const loaded = useMemo(() => loadedRows(sorted), [sorted]);
  return (
    <div className="table" role="table" aria-label={t('title')} aria-rowcount={sorted.length + 1}>
      <div role="rowgroup">
      <div className="thead" role="row" aria-rowindex={1}>
        <span className="cell" role="columnheader">
          <input
            type="checkbox"
            aria-label={t('selectAll')}
            checked={loaded.length > 0 && selected.size === loaded.length}
            onChange={(e) => setSelected(e.target.checked ? new Set(loaded.map((r) => r.id)) : new Set())}
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
          {/* keyed by place, not by id: a block asked for after rows entered the filter may repeat its neighbour's last row */}
          {items.map((item) => {
            const row = sorted[item.index];
            return row ? (
              <HazardRow key={item.index} row={row} index={item.index} start={item.start} selected={selected.has(row.id)} onToggle={toggle} labels={labels} regionName={regionName} />
            ) : (
              <PendingRow key={item.index} index={item.index} start={item.start} label={labels.pending} />
            );
          })}
        </div>
      </div>
    </div>
  );
}

export interface RowLabels {
  /** What a row not loaded yet says (the placeholder while its block is asked for). */
  pending: string;
  level: Record<string, string>;
  status: Record<string, string>;
  overdue: string;
  selectRow: (code: string) => string;
}

const rowStyle = (start: number) => ({ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${start}px)` }) as const;

/** A row whose block is on its way: its place in the list, so the scrollbar is the whole list's from the start. */
const PendingRow = memo(function PendingRow({ index, start, label }: { index: number; start: number; label: string }) {
  return (
    <div role="row" aria-rowindex={index + 2} aria-busy="true" className="row pending" style={rowStyle(start)} data-testid="hazard-row-pending">
      <span className="cell" role="cell" />
      <span className="cell" role="cell">
        {label}
      </span>
    </div>
  );
});

const HazardRow = memo(function HazardRow({ row: r, index, start, selected, onToggle, labels, regionName }: { row: Row; index: number; start: number; selected: boolean; onToggle: (id: string, on: boolean) => void; labels: RowLabels; regionName: (c: string) => string }) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={`row${selected ? ' selected' : ''}${r.overdue ? ' overdue' : ''}`}
      style={rowStyle(start)}
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
