'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { useChannelEvent } from '@/components/realtime/use-channel-event';
import { CHANNELS } from '@/lib/realtime/channels';

/**
 * Re-renders the page from the database when one of `events` arrives on the staff channel. Bursts are folded into
 * one refresh per `quietMs`; `everyMs` also refreshes on a clock (for figures that change by time passing alone).
 */
export function LiveRefresh({ events, quietMs = 1_000, everyMs }: { events: readonly string[]; quietMs?: number; everyMs?: number }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const schedule = () => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      router.refresh();
    }, quietMs);
  };
  useEffect(() => {
    if (!everyMs) return;
    const id = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(id);
  }, [everyMs, router]);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  return (
    <>
      {events.map((event) => (
        <Subscription key={event} event={event} onEvent={schedule} />
      ))}
    </>
  );
}

function Subscription({ event, onEvent }: { event: string; onEvent: () => void }) {
  useChannelEvent(CHANNELS.staff, event, onEvent);
  return null;
}
