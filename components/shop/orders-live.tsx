'use client';

import { useRouter } from 'next/navigation';
import { useChannelEvent } from '@/components/realtime/use-channel-event';
import { CHANNELS, EVENTS } from '@/lib/realtime/channels';

/** Staff order pages re-render from the database when an order is created or changes elsewhere. */
export function OrdersLive() {
  const router = useRouter();
  useChannelEvent(CHANNELS.staff, EVENTS.orderCreated, () => router.refresh());
  useChannelEvent(CHANNELS.staff, EVENTS.orderUpdated, () => router.refresh());
  return null;
}
