import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useClient } from 'urql';
import { errorOf } from './errors';
import { graphql } from './gql';
import type { ReportHazardInput } from './gql/graphql';

/*
 * Reports typed with no connection (README "The web console", fieldwork): kept in this browser until the connection
 * returns, then sent once each. The idempotency key fixed when the form was opened goes with the report, so a
 * report whose first sending did reach the server before the line dropped is not reported twice.
 */

export const ReportHazardMutation = graphql(`
  mutation CommandReportHazard($input: ReportHazardInput!) { reportHazard(input: $input) { hazard { id code } } }
`);

export interface PendingReport {
  /** The idempotency key: the report's identity, sent with it every time. */
  key: string;
  title: string;
  savedAt: string;
  input: Omit<ReportHazardInput, 'idempotencyKey'>;
  /** The server's refusal, when it refused (the report then waits for the person, not for the network). */
  refused?: { code: string; message: string };
}

const EVENT = 'hazard-console-outbox';
const storageKey = (sub: string) => `hazard-console.outbox.${sub}`;
const cache = new Map<string, { raw: string | null; items: PendingReport[] }>();

export function pendingReports(sub: string): PendingReport[] {
  const raw = localStorage.getItem(storageKey(sub));
  const cached = cache.get(sub);
  if (cached && cached.raw === raw) return cached.items;
  let items: PendingReport[] = [];
  try {
    items = raw ? (JSON.parse(raw) as PendingReport[]) : [];
  } catch {
    items = [];
  }
  cache.set(sub, { raw, items });
  return items;
}

function write(sub: string, items: PendingReport[]): void {
  if (items.length) localStorage.setItem(storageKey(sub), JSON.stringify(items));
  else localStorage.removeItem(storageKey(sub));
  window.dispatchEvent(new Event(EVENT));
}

/** Keeps a report to send later; the same key twice is one report. */
export function keepReport(sub: string, report: PendingReport): void {
  write(sub, [...pendingReports(sub).filter((r) => r.key !== report.key), report]);
}

export function discardReport(sub: string, key: string): void {
  write(sub, pendingReports(sub).filter((r) => r.key !== key));
}

const subscribe = (notify: () => void) => {
  window.addEventListener(EVENT, notify);
  window.addEventListener('storage', notify);
  return () => {
    window.removeEventListener(EVENT, notify);
    window.removeEventListener('storage', notify);
  };
};

export const usePendingReports = (sub: string): PendingReport[] => useSyncExternalStore(subscribe, () => pendingReports(sub));

/** Whether a failed answer means "no connection" (keep it for later) rather than a refusal (tell the person). */
export const isOffline = (code: string | undefined): boolean => code === 'NETWORK' || !navigator.onLine;

let flushing = false;

/** Sends the waiting reports when the connection returns (and on a timer while any wait); mounted once, in the layout. */
export function useOutboxSender(sub: string): void {
  const client = useClient();
  const flush = useCallback(async () => {
    if (flushing || !navigator.onLine) return;
    flushing = true;
    try {
      for (const report of pendingReports(sub).filter((r) => !r.refused)) {
        const answer = await client.mutation(ReportHazardMutation, { input: { ...report.input, idempotencyKey: report.key } }).toPromise();
        const problem = errorOf(answer.error);
        if (!problem) discardReport(sub, report.key);
        else if (isOffline(problem.code)) break;
        else keepReport(sub, { ...report, refused: { code: problem.code, message: problem.message } });
      }
    } finally {
      flushing = false;
    }
  }, [client, sub]);
  useEffect(() => {
    void flush();
    const online = () => void flush();
    window.addEventListener('online', online);
    const timer = window.setInterval(() => pendingReports(sub).length > 0 && void flush(), 15_000);
    return () => {
      window.removeEventListener('online', online);
      window.clearInterval(timer);
    };
  }, [flush, sub]);
}
