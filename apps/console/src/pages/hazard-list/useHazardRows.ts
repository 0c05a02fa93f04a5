import { useCallback, useEffect, useRef, useState } from 'react';
import { type OperationResult, useClient } from 'urql';
import type { HazardListPageQuery } from '../../gql/graphql';
import type { Row } from '../../hazard/list-filter';
import { useLiveEvents } from '../../live';
import { HazardListPage, HazardListRow } from './operations';

/** A browser holds this many rows at most; past it, the page asks for a narrower filter. */
export const MAX_ROWS = 10_000;
/** The first page shows at once; the next ones (the API's largest page, 100) as the user scrolls towards them. */
const FIRST_PAGE = 100;
const NEXT_PAGE = 100;

export interface HazardRows {
  rows: Row[];
  /** The server's count: exact up to its cap, then the cap with `capped` set. Null until the first page. */
  total: number | null;
  capped: boolean;
  hasMore: boolean;
  loading: boolean;
  error: string | null;
  /** The next page, if there is one and nothing is loading. */
  loadMore: () => void;
  /** Every matching row up to MAX_ROWS (export, bulk actions on all, a sort over the whole list). */
  loadAll: () => Promise<Row[]>;
  reload: () => void;
}

/**
 * The rows of a filter, newest first, loaded on demand: the first page with the count, the next ones
 * when the table asks (the user scrolls near the end) or when everything is needed. A new filter starts
 * over and drops answers to the old one; a live event refreshes its one row in place.
 */
export function useHazardRows(filter: Record<string, unknown>, filterKey: string): HazardRows {
  const client = useClient();
  const [rows, setRows] = useState<Row[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [capped, setCapped] = useState(false);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // What the loads share without re-rendering: the filter's generation, its cursor and rows so far.
  const progress = useRef({ generation: 0, after: null as string | null, rows: [] as Row[], hasMore: false, busy: null as Promise<void> | null });

  const fetchPage = useCallback(
    async (generation: number, first: number, withCount: boolean): Promise<void> => {
      const p = progress.current;
      const answer: OperationResult<HazardListPageQuery> = await client.query(HazardListPage, { filter, first, after: p.after, withCount }, { requestPolicy: 'network-only' }).toPromise();
      if (generation !== p.generation) return;
      if (answer.error || !answer.data) {
        // No further page until the user retries (reload): a failing server is not asked in a loop.
        p.hasMore = false;
        setHasMore(false);
        setError(answer.error?.message ?? 'no data');
        return;
      }
      const page = answer.data.hazards;
      if (withCount) {
        setTotal(page.totalCount ?? null);
        setCapped(page.totalCountCapped ?? false);
      }
      p.rows = [...p.rows, ...page.edges.map((e) => e.node)];
      p.after = page.pageInfo.endCursor ?? null;
      p.hasMore = page.pageInfo.hasNextPage && p.rows.length < MAX_ROWS;
      setRows(p.rows);
      setHasMore(p.hasMore);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the filter is read through its key
    [client, filterKey],
  );

  /** Runs one load at a time for the current filter; a load asked for while one runs waits for it. */
  const run = useCallback(async (load: (generation: number) => Promise<void>) => {
    const p = progress.current;
    const generation = p.generation;
    while (p.busy) await p.busy;
    if (generation !== p.generation) return;
    setLoading(true);
    p.busy = load(generation).finally(() => {
      p.busy = null;
      if (generation === p.generation) setLoading(false);
    });
    await p.busy;
  }, []);

  const start = useCallback(() => {
    const p = progress.current;
    p.generation++;
    p.after = null;
    p.rows = [];
    p.hasMore = false;
    p.busy = null;
    setRows([]);
    setTotal(null);
    setCapped(false);
    setHasMore(false);
    setError(null);
    void run((generation) => fetchPage(generation, FIRST_PAGE, true));
  }, [fetchPage, run]);
  useEffect(start, [start]);

  const loadMore = useCallback(() => {
    const p = progress.current;
    if (!p.hasMore || p.busy) return;
    void run((generation) => fetchPage(generation, NEXT_PAGE, false));
  }, [fetchPage, run]);

  const loadAll = useCallback(async (): Promise<Row[]> => {
    const p = progress.current;
    const generation = p.generation;
    while (p.busy) await p.busy;
    while (p.hasMore && generation === p.generation) {
      await run((g) => fetchPage(g, NEXT_PAGE, false));
    }
    return p.rows;
  }, [fetchPage, run]);

  // A live event refreshes that one row in place (a whole reload only on reconnect and every few minutes).
  useLiveEvents(
    (event) => {
      void client.query(HazardListRow, { id: event.hazardId }, { requestPolicy: 'network-only' }).toPromise().then((answer) => {
        const fresh = answer.data?.hazard;
        if (!fresh) return;
        const p = progress.current;
        p.rows = p.rows.map((r) => (r.id === fresh.id ? fresh : r));
        setRows(p.rows);
      });
    },
    { onResync: start, pollMs: 300_000 },
  );

  return { rows, total, capped, hasMore, loading, error, loadMore, loadAll, reload: start };
}
