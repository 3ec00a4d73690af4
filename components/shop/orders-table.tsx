import Link from 'next/link';
import { LocalTime } from '@/components/ui/local-time';
import { TableScroll } from '@/components/ui/table-scroll';
import { formatEuro } from '@/lib/shop/money';
import type { OrderWithItems } from '@/lib/shop/order-queries';
import { sourceLabel } from '@/lib/shop/order-status';
import { OrderStatusBadge } from './order-status-badge';

/** Staff see who ordered and through which channel; a buyer sees how many pieces each order holds. */
export function OrdersTable({ orders, caption, audience = 'staff' }: { orders: OrderWithItems[]; caption: string; audience?: 'staff' | 'buyer' }) {
  const staff = audience === 'staff';
  const th = 'px-4 py-3';
  return (
    <TableScroll framed>
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-subtle text-left text-xs uppercase text-muted">
          <tr>
            <th scope="col" className={th}>Order</th>
            <th scope="col" className={th}>Placed</th>
            {staff ? (
              <>
                <th scope="col" className={th}>Buyer</th>
                <th scope="col" className={th}>Source</th>
              </>
            ) : (
              <th scope="col" className={th}>Pieces</th>
            )}
            <th scope="col" className={th}>Status</th>
            <th scope="col" className={`${th} text-right`}>Total</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {orders.map((o) => (
            <tr key={o.id} className="hover:bg-subtle/60">
              <td className={th}>
                <Link href={staff ? `/orders/${o.number}` : `/account/orders/${o.number}`} className="font-medium underline">
                  {o.number}
                </Link>
              </td>
              <td className={th}>
                <LocalTime iso={o.placedAt.toISOString()} mode={staff ? 'relative' : 'date'} />
              </td>
              {staff ? (
                <>
                  <td className={th}>
                    {o.company ?? o.contactName}
                    <span className="block text-xs text-muted">{o.email}</span>
                  </td>
                  <td className={th}>{sourceLabel(o.source)}</td>
                </>
              ) : (
                <td className={th}>{o.items.reduce((n, i) => n + i.quantity, 0)}</td>
              )}
              <td className={th}>
                <OrderStatusBadge status={o.status} />
              </td>
              <td className={`${th} text-right`}>{formatEuro(o.totalCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
