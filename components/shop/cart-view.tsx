'use client';

import Link from 'next/link';
import { ButtonLink } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { EmptyState, Skeleton } from '@/components/ui/states';
import { useCart } from '@/lib/shop/cart-store';
import { CartLines } from './cart-lines';
import { OrderTotals } from './order-totals';
import { useQuote } from './use-quote';

/** /cart: the lines, checked against the catalog on the server, and the way to checkout. */
export function CartView() {
  const lines = useCart((s) => s.lines);
  const { quote, error, loading, hydrated } = useQuote();
  if (!hydrated) return <Skeleton className="h-64" />;
  if (!lines.length) {
    return (
      <EmptyState title="Your cart is empty">
        <Link href="/shop" className="text-royal-700 underline dark:text-gold-300">
          Browse the collections
        </Link>
      </EmptyState>
    );
  }
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <Card>
        <CartLines quote={quote?.lines} />
      </Card>
      <Card className="h-fit space-y-4" aria-live="polite">
        <CardTitle>Summary</CardTitle>
        {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
        {quote?.totals ? <OrderTotals totals={quote.totals} hint beforeAddress /> : loading && !quote && <Skeleton className="h-28" />}
        <ButtonLink href="/checkout" variant="gold" className="w-full" aria-disabled={!quote?.orderable || loading} onClick={(e) => (!quote?.orderable || loading) && e.preventDefault()}>
          Proceed to checkout
        </ButtonLink>
        {quote && !quote.orderable && <p className="text-xs text-muted">Please resolve the marked lines first; the totals follow once every line can be ordered.</p>}
      </Card>
    </div>
  );
}
