import { createContext, useContext, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useClient } from 'urql';
import { graphql } from './gql';
import type { LiveHazardEventSubscription } from './gql/graphql';
import { liveStatus, onLiveStatus, onReconnect } from './client';

export type LiveEvent = LiveHazardEventSubscription['hazardEvents'];
type Listener = (event: LiveEvent) => void;

const LiveHazardEvent = graphql(`
  subscription LiveHazardEvent {
    hazardEvents {
      hazardId
      version
      type
      occurredAt
      recordedAt
      actor
    }
  }
`);

const Hub = createContext<{ listen: (l: Listener) => () => void } | null>(null);

/** One subscription for the whole console: every screen listens to the events it cares about. */
export function LiveEvents({ children }: { children: ReactNode }) {
  const client = useClient();
  const listeners = useRef(new Set<Listener>());
  useEffect(() => {
    const { unsubscribe } = client.subscription(LiveHazardEvent, {}).subscribe((result) => {
      const event = result.data?.hazardEvents;
      if (event) for (const l of listeners.current) l(event);
    });
    return unsubscribe;
  }, [client]);
  const [value] = useState(() => ({
    listen: (l: Listener) => {
      listeners.current.add(l);
      return () => {
        listeners.current.delete(l);
      };
    },
  }));
  return <Hub.Provider value={value}>{children}</Hub.Provider>;
}

/**
 * Calls `onEvent` for each live event (optionally of one hazard; with `debounceMs`, once after a burst
 * settles), and `onResync` after the socket reconnects and every `pollMs` (a slow poll behind the
 * subscription, in case an event was missed).
 */
export function useLiveEvents(onEvent: Listener, options: { hazardId?: string; onResync?: () => void; pollMs?: number; debounceMs?: number } = {}) {
  const hub = useContext(Hub);
  const latest = useRef({ onEvent, options });
  latest.current = { onEvent, options };
  useEffect(() => {
    if (!hub) return undefined;
    let settle: ReturnType<typeof setTimeout> | null = null;
    const stop = hub.listen((event) => {
      const { hazardId, debounceMs } = latest.current.options;
      if (hazardId && event.hazardId !== hazardId) return;
      if (!debounceMs) return latest.current.onEvent(event);
      if (settle) clearTimeout(settle);
      settle = setTimeout(() => latest.current.onEvent(event), debounceMs);
    });
    const stopReconnect = onReconnect(() => latest.current.options.onResync?.());
    const poll = options.pollMs ? setInterval(() => latest.current.options.onResync?.(), options.pollMs) : null;
    return () => {
      stop();
      stopReconnect();
      if (poll) clearInterval(poll);
      if (settle) clearTimeout(settle);
    };
  }, [hub, options.pollMs]);
}

export function useLiveStatus() {
  return useSyncExternalStore(onLiveStatus, liveStatus);
}
