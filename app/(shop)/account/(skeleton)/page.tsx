import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState, PageHeader } from '@/components/ui/states';
import { OrdersTable } from '@/components/shop/orders-table';
import { Pagination } from '@/components/shop/pagination';
import { requireUser } from '@/lib/auth/session';
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
        <OrdersTable orders={orders} caption="Your orders, newest first" audience="buyer" />
      )}
      <Pagination page={page} pages={pages} href={(p) => `/account?page=${p}`} />
    </div>
  );
}
