import { formatEuro } from '@/lib/shop/money';
import { FREE_SHIPPING_FROM_NET_CENTS, VAT_RATE_PERCENT, type OrderTotals as Totals } from '@/lib/shop/pricing';

export function OrderTotals({ totals, hint = false }: { totals: Totals; hint?: boolean }) {
  const missing = FREE_SHIPPING_FROM_NET_CENTS - totals.netCents;
  return (
    <dl className="space-y-1 text-sm">
      <div className="flex justify-between">
        <dt>Net</dt>
        <dd>{formatEuro(totals.netCents)}</dd>
      </div>
      <div className="flex justify-between">
        <dt>Shipping</dt>
        <dd>{totals.shippingCents ? formatEuro(totals.shippingCents) : 'Free'}</dd>
      </div>
      <div className="flex justify-between">
        <dt>VAT {VAT_RATE_PERCENT} %</dt>
        <dd>{formatEuro(totals.vatCents)}</dd>
      </div>
      <div className="flex justify-between border-t border-border pt-2 text-base font-semibold">
        <dt>Total</dt>
        <dd data-testid="order-total">{formatEuro(totals.totalCents)}</dd>
      </div>
      {hint && totals.shippingCents > 0 && (
        <p className="pt-1 text-xs text-muted">Add {formatEuro(missing)} net to ship free (free from {formatEuro(FREE_SHIPPING_FROM_NET_CENTS)} net).</p>
      )}
    </dl>
  );
}
