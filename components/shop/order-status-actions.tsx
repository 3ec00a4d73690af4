'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { callApi } from '@/lib/http/call-api';
import { ACTION_LABEL, STATUS_LABEL, type OrderStatus } from '@/lib/shop/order-status';

/** The next steps an order can take; cancelling asks first, saying what it does (cancelConsequences in order-status.ts). */
export function OrderStatusActions({ orderId, number, next, cancelNotice }: { orderId: string; number: string; next: readonly OrderStatus[]; cancelNotice: string }) {
  const router = useRouter();
  // The pressed button leaves with the status it offered; focus waits on the group, which stays.
  const group = useRef<HTMLDivElement>(null);
  const [sending, setSending] = useState<OrderStatus | null>(null);
  // Until the refresh lands the buttons still offer the old steps; a second press would only meet a conflict.
  const [refreshing, startRefresh] = useTransition();
  const busy = sending !== null || refreshing;
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');

  async function move(status: OrderStatus) {
    if (busy) return;
    if (status === 'CANCELLED' && !confirm(`Cancel order ${number}? ${cancelNotice}`)) return;
    setSending(status);
    setError(null);
    setDone('');
    const res = await callApi(`/api/orders/${orderId}`, 'PATCH', { status });
    setSending(null);
    if (!res.ok) {
      setError(res.detail);
      return;
    }
    setDone(`Order ${number} ${STATUS_LABEL[status].toLowerCase()}.`);
    group.current?.focus();
    startRefresh(() => router.refresh());
  }

  return (
    <div ref={group} tabIndex={-1} role="group" aria-label="Order status" aria-busy={busy} className="space-y-2 rounded-md">
      {next.length ? (
        <div className="flex flex-wrap gap-2">
          {next.map((s) => (
            // aria-disabled, not disabled: a disabled button would drop keyboard focus to the page.
            <Button key={s} variant={s === 'CANCELLED' ? 'danger' : 'primary'} aria-disabled={busy} onClick={() => move(s)}>
              {sending === s ? 'Saving…' : ACTION_LABEL[s]}
            </Button>
          ))}
        </div>
      ) : (
        <p className="text-sm text-muted">This order is closed.</p>
      )}
      <p role="status" aria-live="polite" className="text-sm text-muted">{done}</p>
      {error && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{error}</p>}
    </div>
  );
}
