import Link from 'next/link';
import { LocalTime } from '@/components/ui/local-time';
import { formatEuro } from '@/lib/shop/money';
import type { OrderWithItems } from '@/lib/shop/order-queries';
import { OrderStatusBadge } from './order-status-badge';

export function OrdersTable({ orders, caption }: { orders: OrderWithItems[]; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-border bg-card">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-subtle text-left text-xs uppercase text-muted">
          <tr>
            <th scope="col" className="px-4 py-3">Order</th>
            <th scope="col" className="px-4 py-3">Placed</th>
            <th scope="col" className="px-4 py-3">Buyer</th>
            <th scope="col" className="px-4 py-3">Source</th>
            <th scope="col" className="px-4 py-3">Status</th>
            <th scope="col" className="px-4 py-3 text-right">Total</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {orders.map((o) => (
            <tr key={o.id} className="hover:bg-subtle/60">
              <td className="px-4 py-3">
                <Link href={`/orders/${o.number}`} className="font-medium underline">{o.number}</Link>
              </td>
              <td className="px-4 py-3"><LocalTime iso={o.placedAt.toISOString()} mode="relative" /></td>
              <td className="px-4 py-3">
                {o.company ?? o.contactName}
                <span className="block text-xs text-muted">{o.email}</span>
              </td>
              <td className="px-4 py-3 capitalize">{o.source}</td>
              <td className="px-4 py-3"><OrderStatusBadge status={o.status} /></td>
              <td className="px-4 py-3 text-right">{formatEuro(o.totalCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
