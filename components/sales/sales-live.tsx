'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { useChannelEvent } from '@/components/realtime/use-channel-event';
import { CHANNELS, EVENTS } from '@/lib/realtime/channels';
import type { ProspectChange } from '@/lib/sales/events';

/** Re-renders the page from the database when prospects change elsewhere; bursts become one refresh. */
export function useSalesRefresh(onlyFor?: string) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useChannelEvent<ProspectChange>(CHANNELS.sales, EVENTS.prospectChanged, (change) => {
    if (onlyFor && !change.ids.includes(onlyFor)) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => router.refresh(), 150);
  });
}

export function SalesLive({ prospectId }: { prospectId?: string }) {
  useSalesRefresh(prospectId);
  return null;
}
