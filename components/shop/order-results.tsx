import Link from 'next/link';
import { EmptyState } from '@/components/ui/states';
import type { OrderWithItems } from '@/lib/shop/order-queries';
import { OrdersTable } from './orders-table';
import { Pagination } from './pagination';

type Props = { orders: OrderWithItems[]; total: number; page: number; pages: number; href: (page: number) => string };

/** One page of the staff order list; a page past the end (an old link) says so and links to the last one. */
export function OrderResults({ orders, total, page, pages, href }: Props) {
  if (total === 0) return <EmptyState title="No orders match">Change the filters, or wait for the next order to arrive.</EmptyState>;
  if (orders.length === 0) {
    return (
      <EmptyState title={`Page ${page} is past the last page (${pages})`}>
        <Link href={href(pages)} className="underline">
          Go to page {pages}
        </Link>
      </EmptyState>
    );
  }
  return (
    <>
      <OrdersTable orders={orders} caption="Orders, newest first" />
      <Pagination page={page} pages={pages} href={href} />
    </>
  );
}
