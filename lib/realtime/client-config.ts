// What the browser needs to connect; read at request time so one build serves any realtime endpoint.
import { env } from '@/lib/config/env';

export type RealtimeClientConfig = { key: string; wsHost: string; wsPort: number; forceTLS: boolean; cluster: string };

export function realtimeClientConfig(): RealtimeClientConfig {
  const e = env();
  return {
    key: e.PUSHER_KEY,
    wsHost: e.PUSHER_PUBLIC_HOST ?? e.PUSHER_HOST,
    wsPort: e.PUSHER_PUBLIC_PORT ?? Number(process.env.PUSHER_PORT ?? e.PUSHER_PORT),
    forceTLS: e.PUSHER_USE_TLS,
    cluster: e.PUSHER_CLUSTER,
  };
}
