import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState, PageHeader } from '@/components/ui/states';
import { LocalTime } from '@/components/ui/local-time';
import { OrderStatusBadge } from '@/components/shop/order-status-badge';
import { Pagination } from '@/components/shop/pagination';
import { requireUser } from '@/lib/auth/session';
import { formatEuro } from '@/lib/shop/money';
import { listOrders } from '@/lib/shop/order-queries';

export const metadata: Metadata = { title: 'My orders', robots: { index: false } };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireUser('/account');
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const { orders, pages } = await listOrders({ userId: user.id, page });
  return (
    <div className="mx-auto max-w-5xl px-6 py-10">
      <PageHeader title="My orders" description={`Signed in as ${user.email}.`} />
      {orders.length === 0 ? (
        <EmptyState title="No orders yet">
          When you order, it appears here with its status.{' '}
          <Link href="/shop" className="underline">
            Browse the collections
          </Link>
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-border bg-card">
          <table className="w-full text-sm">
            <caption className="sr-only">Your orders, newest first</caption>
            <thead className="bg-subtle text-left text-xs uppercase text-muted">
              <tr>
                <th scope="col" className="px-4 py-3">Order</th>
                <th scope="col" className="px-4 py-3">Placed</th>
                <th scope="col" className="px-4 py-3">Items</th>
                <th scope="col" className="px-4 py-3">Status</th>
                <th scope="col" className="px-4 py-3 text-right">Total</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {orders.map((o) => (
                <tr key={o.id}>
                  <td className="px-4 py-3">
                    <Link href={`/account/orders/${o.number}`} className="font-medium underline">
                      {o.number}
                    </Link>
                  </td>
                  <td className="px-4 py-3">
                    <LocalTime iso={o.placedAt.toISOString()} mode="date" />
                  </td>
                  <td className="px-4 py-3">{o.items.reduce((n, i) => n + i.quantity, 0)}</td>
                  <td className="px-4 py-3">
                    <OrderStatusBadge status={o.status} />
                  </td>
                  <td className="px-4 py-3 text-right">{formatEuro(o.totalCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pages={pages} href={(p) => `/account?page=${p}`} />
    </div>
  );
}
