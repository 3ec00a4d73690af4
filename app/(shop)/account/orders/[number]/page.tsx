import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/ui/states';
import { LocalTime } from '@/components/ui/local-time';
import { BankTransfer } from '@/components/shop/bank-transfer';
import { OrderProgress } from '@/components/shop/order-progress';
import { OrderStatusBadge } from '@/components/shop/order-status-badge';
import { OrderSummary } from '@/components/shop/order-summary';
import { requireUser } from '@/lib/auth/session';
import { orderByNumber, orderView } from '@/lib/shop/order-queries';

export const metadata: Metadata = { title: 'Order', robots: { index: false } };

export default async function AccountOrderPage({ params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  const user = await requireUser(`/account/orders/${number}`);
  const order = await orderByNumber(decodeURIComponent(number).toUpperCase());
  if (!order || order.userId !== user.id) notFound();
  const view = orderView(order);
  return (
    <div className="mx-auto max-w-5xl space-y-8 px-6 py-10">
      <p className="text-sm">
        <Link href="/account" className="underline">
          ← My orders
        </Link>
      </p>
      <PageHeader
        title={`Order ${view.number}`}
        description={`Placed by ${view.contactName}`}
        actions={<OrderStatusBadge status={view.status} />}
      />
      <p className="-mt-4 text-sm text-muted">
        Placed <LocalTime iso={view.placedAt} /> · last update <LocalTime iso={view.updatedAt} mode="relative" />
      </p>
      <OrderProgress status={view.status} />
      {view.paymentMethod === 'PREPAYMENT' && view.status === 'PLACED' && <BankTransfer number={view.number} totalCents={view.totalCents} />}
      <OrderSummary order={view} />
    </div>
  );
}
