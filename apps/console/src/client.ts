import { cacheExchange } from '@urql/exchange-graphcache';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { Client, fetchExchange, subscriptionExchange } from 'urql';
import type { Session } from './auth';

/** Listeners told when the subscription socket (re)connects, so screens refetch what they may have missed. */
const reconnectListeners = new Set<() => void>();
export const onReconnect = (listener: () => void): (() => void) => {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
};

/** Whether the live socket is up, for the indicator in the header. */
type Status = 'connecting' | 'connected' | 'closed';
let status: Status = 'connecting';
const statusListeners = new Set<(s: Status) => void>();
export const liveStatus = () => status;
export const onLiveStatus = (listener: (s: Status) => void): (() => void) => {
  statusListeners.add(listener);
  return () => statusListeners.delete(listener);
};
function setStatus(next: Status): void {
  status = next;
  for (const l of statusListeners) l(next);
}

export interface ConsoleClient {
  client: Client;
  ws: WsClient;
}

/**
 * One urql client per session. The cache is normalised (graphcache): a Hazard is kept once,
 * under its id, so a mutation's answer updates every screen that shows that hazard. Types
 * without an id (an event, a plan) are embedded in their parent.
 */
export function createConsoleClient(session: Session): ConsoleClient {
  const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  let connectedOnce = false;
  const ws = createWsClient({
    url: wsUrl,
    connectionParams: { authorization: `Bearer ${session.token}` },
    lazy: false,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    on: {
      closed: () => setStatus('closed'),
      connected: () => {
        setStatus('connected');
        if (connectedOnce) for (const l of reconnectListeners) l();
        connectedOnce = true;
      },
    },
  });
  const client = new Client({
    url: '/graphql',
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { authorization: `Bearer ${session.token}` } }),
    exchanges: [
      // keyed by `id` (Hazard, Incident, …); types without one are embedded in their parent
      cacheExchange({}),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
  return { client, ws };
}
