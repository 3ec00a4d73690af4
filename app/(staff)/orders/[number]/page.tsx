import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Card, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/states';
import { LocalTime } from '@/components/ui/local-time';
import { OrderStatusActions } from '@/components/shop/order-status-actions';
import { OrderStatusBadge } from '@/components/shop/order-status-badge';
import { OrderSummary } from '@/components/shop/order-summary';
import { OrdersLive } from '@/components/shop/orders-live';
import { requireArea } from '@/lib/auth/session';
import { nextStatuses, STATUS_LABEL, type OrderStatus } from '@/lib/shop/order-status';
import { orderByNumber, orderHistory, orderMail, orderView } from '@/lib/shop/order-queries';

export async function generateMetadata({ params }: { params: Promise<{ number: string }> }): Promise<Metadata> {
  return { title: `Order ${decodeURIComponent((await params).number)}` };
}

const statusOf = (json: unknown) => (json && typeof json === 'object' && 'status' in json ? (json.status as OrderStatus) : null);

export default async function StaffOrderPage({ params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  await requireArea('orders', `/orders/${number}`);
  const order = await orderByNumber(decodeURIComponent(number).toUpperCase());
  if (!order) notFound();
  const [history, mail] = await Promise.all([orderHistory(order.id), orderMail(order.id)]);
  const view = orderView(order);
  return (
    <div className="space-y-6">
      <OrdersLive />
      <p className="text-sm">
        <Link href="/orders" className="underline">← Orders</Link>
      </p>
      <PageHeader
        title={`Order ${view.number}`}
        description={`${view.company ?? view.contactName} · ${view.email} · from ${view.source}`}
        actions={<OrderStatusBadge status={view.status} />}
      />
      {order.sourceEmailId && (
        <p className="text-sm">
          Read from an email by the orders agent —{' '}
          <Link href={`/emails/${order.sourceEmailId}`} className="underline">open the email</Link>.
        </p>
      )}
      <Card>
        <CardTitle>Next step</CardTitle>
        <OrderStatusActions orderId={view.id} number={view.number} next={nextStatuses(view.status)} />
      </Card>
      <OrderSummary order={view} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card>
          <CardTitle>History</CardTitle>
          {history.length === 0 ? (
            <p className="text-sm text-muted">No changes recorded yet.</p>
          ) : (
            <ol className="space-y-2 text-sm">
              {history.map((a) => {
                const from = statusOf(a.before);
                const to = statusOf(a.after);
                return (
                  <li key={a.id}>
                    <LocalTime iso={a.createdAt.toISOString()} /> — {a.actorName}:{' '}
                    {a.action === 'order.placed' ? 'placed the order' : from && to ? `${STATUS_LABEL[from]} → ${STATUS_LABEL[to]}` : a.action}
                  </li>
                );
              })}
            </ol>
          )}
        </Card>
        <Card>
          <CardTitle>Emails to the buyer</CardTitle>
          {mail.length === 0 ? (
            <p className="text-sm text-muted">None yet.</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {mail.map((m) => (
                <li key={m.id}>
                  <span className="font-medium">{m.subject}</span>
                  <span className="block text-xs text-muted">
                    {m.status.toLowerCase()} · <LocalTime iso={m.createdAt.toISOString()} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}
