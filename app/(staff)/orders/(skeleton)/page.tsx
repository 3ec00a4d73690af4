import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/states';
import { OrderFilters } from '@/components/shop/order-filters';
import { OrdersLive } from '@/components/shop/orders-live';
import { OrdersTable } from '@/components/shop/orders-table';
import { OrderResults } from '@/components/shop/order-results';
import { requireArea } from '@/lib/auth/session';
import { draftOrders, listOrders, parseOrderFilters, type OrderFilters as Filters } from '@/lib/shop/order-queries';

export const metadata: Metadata = { title: 'Orders' };

type Search = Promise<Record<string, string | string[] | undefined>>;

function hrefFor(filters: Filters, page: number) {
  const p = new URLSearchParams();
  if (filters.status) p.set('status', filters.status);
  if (filters.source) p.set('source', filters.source);
  if (filters.q) p.set('q', filters.q);
  p.set('page', String(page));
  return `/orders?${p}`;
}

export default async function OrdersPage({ searchParams }: { searchParams: Search }) {
  await requireArea('orders', '/orders');
  const { filters, problems } = parseOrderFilters(await searchParams);
  const [{ orders, total, page, pages }, drafts] = await Promise.all([listOrders(filters), draftOrders()]);
  return (
    <>
      <OrdersLive />
      <PageHeader title="Orders" description="Every order from the shop, the API and email. New orders appear as they arrive." />
      {drafts.length > 0 && (
        <section aria-labelledby="drafts" className="mb-8 space-y-3">
          <h2 id="drafts" className="font-serif text-xl">
            Drafts from email awaiting confirmation <span className="text-muted">({drafts.length})</span>
          </h2>
          <p className="text-sm text-muted">The orders agent read these from customers’ emails. Check each against the email, then confirm or cancel it.</p>
          <OrdersTable orders={drafts} caption="Draft orders from email, oldest first" />
        </section>
      )}
      <OrderFilters filters={filters} />
      {problems.length > 0 && (
        <p role="alert" className="mb-4 text-sm text-red-700 dark:text-red-400">
          {problems.join(' ')}
        </p>
      )}
      <p className="mb-3 text-sm text-muted" aria-live="polite">{total} {total === 1 ? 'order' : 'orders'}</p>
      <OrderResults orders={orders} total={total} page={page} pages={pages} href={(p) => hrefFor(filters, p)} />
    </>
  );
}
