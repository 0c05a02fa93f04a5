import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type OperationResult, useClient } from 'urql';
import type { HazardListPageQuery } from '../../gql/graphql';
import { type Row, loadedRows } from '../../hazard/list-filter';
import { useLiveEvents } from '../../live';
import { HazardListPage, HazardListRow } from './operations';

/** A browser holds this many rows at most (the server's count cap); past it, the page asks for a narrower filter. */
export const MAX_ROWS = 10_000;
/** Rows are loaded in blocks of the API's largest page. */
const BLOCK = 100;

export interface HazardRows {
  /**
   * The list as long as the server counted it (up to MAX_ROWS), newest first; a row not loaded yet is a hole
   * (undefined), loaded when the table shows it.
   */
  rows: (Row | undefined)[];
  /** How many of them are loaded. */
  loaded: number;
  /** The server's count: exact up to its cap, then the cap with `capped` set. Null until the first page. */
  total: number | null;
  capped: boolean;
  hasMore: boolean;
  /** Every block is being loaded (loadAll: a sort, the export, a bulk action on all), not only those in view. */
  loadingAll: boolean;
  error: string | null;
  /** The rows in view (and a margin): their blocks load, the nearest first, one request at a time. */
  show: (from: number, to: number) => void;
  /** Every row up to MAX_ROWS (export, bulk actions on all, a sort over the whole list). */
  loadAll: () => Promise<Row[]>;
  reload: () => void;
}

interface Progress {
  generation: number;
  /** The first row's cursor: every later block is an offset after it, so hazards reported since do not shift the rows. */
  anchor: string | null;
  rows: (Row | undefined)[];
  blocks: Set<number>;
  busy: Promise<void> | null;
  failed: boolean;
  wanted: [number, number];
}

/**
 * The rows of a filter, newest first, loaded on demand (README "Console"): the first block with the count, which
 * sizes the table; then whichever blocks the user scrolls to — a fling to row 9,000 asks for the rows there, not
 * for the 89 blocks before them. A new filter starts over and drops answers to the old one; a live event refreshes
 * its one row in place.
 */
export function useHazardRows(filter: Record<string, unknown>, filterKey: string): HazardRows {
  const client = useClient();
  const [rows, setRows] = useState<(Row | undefined)[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [capped, setCapped] = useState(false);
  const [loadingAll, setLoadingAll] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const progress = useRef<Progress>({ generation: 0, anchor: null, rows: [], blocks: new Set(), busy: null, failed: false, wanted: [0, 0] });

  const fetchBlock = useCallback(
    async (generation: number, block: number): Promise<void> => {
      const p = progress.current;
      const variables = block === 0 ? { filter, first: BLOCK, withCount: true } : { filter, first: BLOCK, after: p.anchor, offset: block * BLOCK - 1, withCount: false };
      const answer: OperationResult<HazardListPageQuery> = await client.query(HazardListPage, variables, { requestPolicy: 'network-only' }).toPromise();
      if (generation !== p.generation) return;
      if (answer.error || !answer.data) {
        // Nothing more until the user retries (reload): a failing server is not asked in a loop.
        p.failed = true;
        setError(answer.error?.message ?? 'no data');
        return;
      }
      const page = answer.data.hazards;
      const nodes = page.edges.map((e) => e.node);
      let length = p.rows.length;
      if (block === 0) {
        p.anchor = page.edges[0]?.cursor ?? null;
        const count = page.totalCount ?? nodes.length;
        length = page.pageInfo.hasNextPage ? Math.min(MAX_ROWS, Math.max(count, nodes.length + 1)) : nodes.length;
        setTotal(count);
        setCapped(page.totalCountCapped ?? false);
      } else if (!page.pageInfo.hasNextPage) {
        // the list ends in this block (hazards left the filter since it was counted): no hole stays unloadable
        length = Math.min(length, block * BLOCK + nodes.length);
      }
      const next = p.rows.slice(0, length);
      next.length = length;
      nodes.forEach((node, i) => {
        if (block * BLOCK + i < length) next[block * BLOCK + i] = node;
      });
      p.blocks.add(block);
      p.rows = next;
      setRows(next);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the filter is read through its key
    [client, filterKey],
  );

  /** The block to load next: the first one, then the missing ones in view, nearest the top of the view first. */
  const nextWanted = (p: Progress, everything: boolean): number | null => {
    if (!p.blocks.has(0)) return 0;
    const [from, to] = everything ? [0, p.rows.length - 1] : p.wanted;
    for (let b = Math.max(0, Math.floor(from / BLOCK)); b * BLOCK < Math.min(to + 1, p.rows.length); b++) {
      if (!p.blocks.has(b)) return b;
    }
    return null;
  };

  /** Loads one block at a time; when one arrives, the next is chosen from where the view is then. */
  const pump = useCallback(
    (everything = false): Promise<void> => {
      const p = progress.current;
      if (p.busy) return p.busy;
      const block = p.failed ? null : nextWanted(p, everything);
      if (block === null) return Promise.resolve();
      const generation = p.generation;
      const busy = fetchBlock(generation, block).finally(() => {
        if (generation !== p.generation || p.busy !== busy) return;
        p.busy = null;
        void pump(everything);
      });
      p.busy = busy;
      return busy;
    },
    [fetchBlock],
  );

  const start = useCallback(() => {
    const p = progress.current;
    p.generation++;
    Object.assign(p, { anchor: null, rows: [], blocks: new Set(), busy: null, failed: false, wanted: [0, 0] });
    setRows([]);
    setTotal(null);
    setCapped(false);
    setError(null);
    void pump();
  }, [pump]);
  useEffect(start, [start]);

  const show = useCallback(
    (from: number, to: number) => {
      progress.current.wanted = [from, to];
      void pump();
    },
    [pump],
  );

  const loadAll = useCallback(async (): Promise<Row[]> => {
    const p = progress.current;
    const generation = p.generation;
    setLoadingAll(true);
    try {
      while (generation === p.generation && !p.failed && (p.busy || nextWanted(p, true) !== null)) {
        await (p.busy ?? pump(true));
      }
    } finally {
      setLoadingAll(false);
    }
    return loadedRows(p.rows);
  }, [pump]);

  // A live event refreshes that one row in place (a whole reload only on reconnect and every few minutes).
  useLiveEvents(
    (event) => {
      void client.query(HazardListRow, { id: event.hazardId }, { requestPolicy: 'network-only' }).toPromise().then((answer) => {
        const fresh = answer.data?.hazard;
        if (!fresh) return;
        const p = progress.current;
        p.rows = p.rows.map((r) => (r?.id === fresh.id ? fresh : r));
        setRows(p.rows);
      });
    },
    { onResync: start, pollMs: 300_000 },
  );

  const loaded = useMemo(() => rows.reduce((n, r) => (r ? n + 1 : n), 0), [rows]);
  return { rows, loaded, total, capped, hasMore: loaded < rows.length, loadingAll, error, show, loadAll, reload: start };
}
