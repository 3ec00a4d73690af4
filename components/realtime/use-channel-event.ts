'use client';

import { useEffect, useRef, useState } from 'react';
import { useRealtime } from './realtime-provider';

/** Calls `handler` for every `event` on `channel`; the latest handler is used without resubscribing. */
export function useChannelEvent<T>(channel: string, event: string, handler: (data: T) => void) {
  const pusher = useRealtime();
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!pusher) return;
    const ch = pusher.channel(channel) ?? pusher.subscribe(channel);
    const listener = (data: T) => latest.current(data);
    ch.bind(event, listener);
    return () => {
      ch.unbind(event, listener);
    };
  }, [pusher, channel, event]);
}

/** Connection state for a small "live" indicator. */
export function useRealtimeState(): string {
  const pusher = useRealtime();
  const [state, setState] = useState('connecting');
  useEffect(() => {
    if (!pusher) return;
    setState(pusher.connection.state);
    const onChange = ({ current }: { current: string }) => setState(current);
    pusher.connection.bind('state_change', onChange);
    return () => {
      pusher.connection.unbind('state_change', onChange);
    };
  }, [pusher]);
  return state;
}
