import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ButtonLink } from '@/components/ui/button';
import { BankTransfer } from '@/components/shop/bank-transfer';
import { OrderProgress } from '@/components/shop/order-progress';
import { OrderSummary } from '@/components/shop/order-summary';
import { currentUser } from '@/lib/auth/session';
import { mayViewOrder } from '@/lib/shop/order-access';
import { orderByNumber, orderView } from '@/lib/shop/order-queries';

export const metadata: Metadata = { title: 'Order confirmation', robots: { index: false } };

type Props = { params: Promise<{ number: string }>; searchParams: Promise<{ token?: string | string[] }> };

export default async function ConfirmationPage({ params, searchParams }: Props) {
  const [{ number }, { token }, user] = await Promise.all([params, searchParams, currentUser()]);
  const order = await orderByNumber(decodeURIComponent(number).toUpperCase());
  if (!order || !mayViewOrder(order, user, Array.isArray(token) ? token[0] : token)) notFound();
  const view = orderView(order);
  return (
    <div className="mx-auto max-w-5xl space-y-8 px-6 py-12">
      <header className="space-y-3 text-center">
        <img src="/products/crown-gold-shank-button.svg" alt="" width={96} height={96} className="mx-auto" />
        <h1 className="font-serif text-4xl text-royal-900 dark:text-gold-300">Thank you, {view.contactName}!</h1>
        <p className="text-lg">
          Your order <strong data-testid="order-number">{view.number}</strong> has been received.
        </p>
        <p className="text-muted">A confirmation is on its way to {view.email}.</p>
      </header>
      <OrderProgress status={view.status} />
      {view.paymentMethod === 'PREPAYMENT' && view.status !== 'CANCELLED' && <BankTransfer number={view.number} totalCents={view.totalCents} />}
      <OrderSummary order={view} />
      <div className="flex flex-wrap justify-center gap-3">
        <ButtonLink href="/shop" variant="secondary">
          Continue shopping
        </ButtonLink>
        {user && order.userId === user.id && <ButtonLink href={`/account/orders/${view.number}`}>Follow it in your account</ButtonLink>}
      </div>
      {!user && (
        <p className="text-center text-sm text-muted">
          Keep this page’s address to follow your order, or{' '}
          <Link href="/register" className="underline">
            open an account
          </Link>{' '}
          for your next one.
        </p>
      )}
    </div>
  );
}
