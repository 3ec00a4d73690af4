'use client';

import { useRealtimeState } from './use-channel-event';

export function LiveIndicator() {
  const state = useRealtimeState();
  const live = state === 'connected';
  return (
    <span className="inline-flex items-center gap-1.5 text-xs text-muted" role="status" data-realtime-state={state}>
      <span className={`h-2 w-2 rounded-full ${live ? 'bg-emerald-500' : 'bg-amber-500'}`} aria-hidden="true" />
      {live ? 'Live' : state === 'connecting' || state === 'initialized' ? 'Connecting…' : 'Offline — reload to refresh'}
    </span>
  );
}
