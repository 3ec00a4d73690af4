'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ACTION_LABEL, type OrderStatus } from '@/lib/shop/order-status';

/** The next steps an order can take; cancelling asks first, because it restocks and emails the buyer. */
export function OrderStatusActions({ orderId, number, next }: { orderId: string; number: string; next: readonly OrderStatus[] }) {
  const router = useRouter();
  const [busy, setBusy] = useState<OrderStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function move(status: OrderStatus) {
    if (status === 'CANCELLED' && !confirm(`Cancel order ${number}? Its stock is returned and the buyer is told by email.`)) return;
    setBusy(status);
    setError(null);
    const res = await fetch(`/api/orders/${orderId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ status }) });
    setBusy(null);
    if (!res.ok) {
      setError(((await res.json()) as { detail?: string }).detail ?? 'The order could not be changed.');
      return;
    }
    router.refresh();
  }

  if (!next.length) return <p className="text-sm text-muted">This order is closed.</p>;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {next.map((s) => (
          <Button key={s} variant={s === 'CANCELLED' ? 'danger' : 'primary'} disabled={busy !== null} onClick={() => move(s)}>
            {busy === s ? 'Saving…' : ACTION_LABEL[s]}
          </Button>
        ))}
      </div>
      {error && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{error}</p>}
    </div>
  );
}
