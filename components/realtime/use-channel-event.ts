'use client';

import { useCallback, useEffect, useEffectEvent, useSyncExternalStore } from 'react';
import { useRealtime } from './realtime-provider';

/** Calls `handler` for every `event` on `channel`; the latest handler is used without resubscribing. */
export function useChannelEvent<T>(channel: string, event: string, handler: (data: T) => void) {
  const pusher = useRealtime();
  const onEvent = useEffectEvent(handler);
  useEffect(() => {
    if (!pusher) return;
    const ch = pusher.channel(channel) ?? pusher.subscribe(channel);
    const listener = (data: T) => onEvent(data);
    ch.bind(event, listener);
    return () => {
      ch.unbind(event, listener);
    };
  }, [pusher, channel, event]);
}

/** Connection state for a small "live" indicator. */
export function useRealtimeState(): string {
  const pusher = useRealtime();
  const subscribe = useCallback(
    (notify: () => void) => {
      pusher?.connection.bind('state_change', notify);
      return () => {
        pusher?.connection.unbind('state_change', notify);
      };
    },
    [pusher],
  );
  return useSyncExternalStore(subscribe, () => pusher?.connection.state ?? 'connecting', () => 'connecting');
}
