import type { Metadata } from 'next';
import { EmptyState, PageHeader } from '@/components/ui/states';
import { OrderFilters } from '@/components/shop/order-filters';
import { OrdersLive } from '@/components/shop/orders-live';
import { OrdersTable } from '@/components/shop/orders-table';
import { Pagination } from '@/components/shop/pagination';
import { requireArea } from '@/lib/auth/session';
import { draftOrders, listOrders, orderFiltersSchema, type OrderFilters as Filters } from '@/lib/shop/order-queries';

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
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => typeof v === 'string' && v !== ''));
  const parsed = orderFiltersSchema.safeParse(raw);
  const filters: Filters = parsed.success ? parsed.data : { page: 1 };
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
      {!parsed.success && <p role="alert" className="mb-4 text-sm text-red-700">Some filters were not understood and have been ignored.</p>}
      <p className="mb-3 text-sm text-muted" aria-live="polite">{total} {total === 1 ? 'order' : 'orders'}</p>
      {orders.length ? (
        <OrdersTable orders={orders} caption="Orders, newest first" />
      ) : (
        <EmptyState title="No orders match">Change the filters, or wait for the next order to arrive.</EmptyState>
      )}
      <Pagination page={page} pages={pages} href={(p) => hrefFor(filters, p)} />
    </>
  );
}
