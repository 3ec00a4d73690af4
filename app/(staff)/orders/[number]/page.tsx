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
import { DraftAddressForm } from '@/components/shop/draft-address-form';
import { requireArea } from '@/lib/auth/session';
import { cancelConsequences, nextStatuses, sourceLabel } from '@/lib/shop/order-status';
import { orderByNumber, orderMail, orderView } from '@/lib/shop/order-queries';
import { orderHistory } from '@/lib/shop/order-history';
import { draftProblems } from '@/lib/shop/draft-readiness';

export async function generateMetadata({ params }: { params: Promise<{ number: string }> }): Promise<Metadata> {
  return { title: `Order ${decodeURIComponent((await params).number)}` };
}

export default async function StaffOrderPage({ params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  await requireArea('orders', `/orders/${number}`);
  const order = await orderByNumber(decodeURIComponent(number).toUpperCase());
  if (!order) notFound();
  const draft = order.status === 'DRAFT';
  const [history, mail, problems] = await Promise.all([orderHistory(order.id), orderMail(order.id), draft ? draftProblems(order) : []]);
  const view = orderView(order);
  return (
    <div className="space-y-6">
      <OrdersLive />
      <p className="text-sm">
        <Link href="/orders" className="underline">← Orders</Link>
      </p>
      <PageHeader
        title={`Order ${view.number}`}
        description={`${view.company ?? view.contactName} · ${view.email} · from ${sourceLabel(view.source)}`}
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
        {problems.length > 0 && (
          <div className="mb-4 rounded-md border border-gold-500 bg-subtle p-3 text-sm">
            <p className="font-medium">Before this draft can be confirmed:</p>
            <ul className="mt-1 list-disc pl-5">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        <OrderStatusActions orderId={view.id} number={view.number} next={nextStatuses(view.status)} cancelNotice={cancelConsequences(view.status)} />
      </Card>
      {draft && (
        <Card>
          <CardTitle>Addresses</CardTitle>
          <DraftAddressForm orderId={view.id} shippingAddress={view.shippingAddress} billingAddress={view.billingAddress} />
        </Card>
      )}
      <OrderSummary order={view} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card>
          <CardTitle>History</CardTitle>
          {history.length === 0 ? (
            <p className="text-sm text-muted">No changes recorded yet.</p>
          ) : (
            <ol className="space-y-2 text-sm">
              {history.map((a) => (
                <li key={a.id}>
                  <LocalTime iso={a.createdAt.toISOString()} /> — {a.actorName}: {a.description}
                </li>
              ))}
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
