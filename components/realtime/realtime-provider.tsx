'use client';

import Pusher from 'pusher-js';
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { RealtimeClientConfig } from '@/lib/realtime/client-config';

const RealtimeContext = createContext<Pusher | null>(null);

// One pusher-js connection per tab, kept across client-side navigations and shared by every live widget.
let shared: { id: string; client: Pusher } | null = null;

function clientFor(config: RealtimeClientConfig): Pusher {
  const id = JSON.stringify(config);
  if (shared?.id !== id) {
    shared?.client.disconnect();
    const client = new Pusher(config.key, {
      cluster: config.cluster,
      wsHost: config.wsHost,
      wsPort: config.wsPort,
      wssPort: config.wsPort,
      forceTLS: config.forceTLS,
      enabledTransports: ['ws', 'wss'],
      disableStats: true,
      channelAuthorization: { endpoint: '/api/realtime/auth', transport: 'ajax' },
    });
    shared = { id, client };
  }
  return shared.client;
}

const noSubscription = () => () => {};

export function RealtimeProvider({ config, children }: { config: RealtimeClientConfig; children: React.ReactNode }) {
  // Null while rendering on the server; the browser connects after hydration.
  const client = useSyncExternalStore(noSubscription, () => clientFor(config), () => null);
  return <RealtimeContext.Provider value={client}>{children}</RealtimeContext.Provider>;
}

export const useRealtime = () => useContext(RealtimeContext);
