'use client';

import Pusher from 'pusher-js';
import { createContext, useContext, useEffect, useState } from 'react';
import type { RealtimeClientConfig } from '@/lib/realtime/client-config';

const RealtimeContext = createContext<Pusher | null>(null);

/** One pusher-js connection per tab, shared by every live widget on the page. */
export function RealtimeProvider({ config, children }: { config: RealtimeClientConfig; children: React.ReactNode }) {
  const [client, setClient] = useState<Pusher | null>(null);
  useEffect(() => {
    const pusher = new Pusher(config.key, {
      cluster: config.cluster,
      wsHost: config.wsHost,
      wsPort: config.wsPort,
      wssPort: config.wsPort,
      forceTLS: config.forceTLS,
      enabledTransports: ['ws', 'wss'],
      disableStats: true,
      channelAuthorization: { endpoint: '/api/realtime/auth', transport: 'ajax' },
    });
    setClient(pusher);
    return () => pusher.disconnect();
  }, [config.key, config.cluster, config.wsHost, config.wsPort, config.forceTLS]);
  return <RealtimeContext.Provider value={client}>{children}</RealtimeContext.Provider>;
}

export const useRealtime = () => useContext(RealtimeContext);
