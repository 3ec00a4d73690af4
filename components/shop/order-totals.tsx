import { formatEuro } from '@/lib/shop/money';
import { FREE_SHIPPING_FROM_NET_CENTS, type OrderTotals as Totals } from '@/lib/shop/pricing';
import { vatLabel } from '@/lib/shop/vat';

type Props = {
  totals: Totals;
  vatId?: string | null;
  hint?: boolean;
  /** The cart: no address yet, so the VAT shown is a German delivery's. */
  beforeAddress?: boolean;
};

export function OrderTotals({ totals, vatId, hint = false, beforeAddress = false }: Props) {
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
      <div className="flex justify-between gap-2">
        <dt>{beforeAddress ? `${vatLabel(totals)} for delivery in Germany` : vatLabel({ ...totals, vatId })}</dt>
        <dd>{formatEuro(totals.vatCents)}</dd>
      </div>
      <div className="flex justify-between border-t border-border pt-2 text-base font-semibold">
        <dt>Total</dt>
        <dd data-testid="order-total">{formatEuro(totals.totalCents)}</dd>
      </div>
      {beforeAddress && <p className="pt-1 text-xs text-muted">No VAT on exports outside the EU, nor with an EU business&apos;s VAT ID (reverse charge): checkout works it out from your address.</p>}
      {hint && totals.shippingCents > 0 && (
        <p className="pt-1 text-xs text-muted">Add {formatEuro(missing)} net to ship free (free from {formatEuro(FREE_SHIPPING_FROM_NET_CENTS)} net).</p>
      )}
    </dl>
  );
}
