// Order totals, all in integer cents. Prices in the catalog are net; German VAT applies to goods and shipping.
//
// Shipping rule: orders of €250.00 net or more ship free; below that, shipping is a flat €9.90 net.
// VAT (19 %) is computed once on the order's net sum (goods + shipping) and rounded half up to the cent.

export const VAT_RATE_PERCENT = 19;
export const FREE_SHIPPING_FROM_NET_CENTS = 25_000;
export const FLAT_SHIPPING_CENTS = 990;

export type PricedLine = { unitPriceCents: number; quantity: number };
export type OrderTotals = { netCents: number; shippingCents: number; vatCents: number; totalCents: number };

export const lineCents = (line: PricedLine) => line.unitPriceCents * line.quantity;

export function shippingCents(netCents: number): number {
  if (netCents <= 0) return 0;
  return netCents >= FREE_SHIPPING_FROM_NET_CENTS ? 0 : FLAT_SHIPPING_CENTS;
}

export const vatCents = (taxableCents: number) => Math.round((taxableCents * VAT_RATE_PERCENT) / 100);

/** `netCents` is the goods' net sum; shipping and VAT are listed apart, the total includes both. */
export function orderTotals(lines: readonly PricedLine[]): OrderTotals {
  for (const l of lines) {
    if (!Number.isInteger(l.unitPriceCents) || l.unitPriceCents < 0) throw new RangeError(`unit price must be whole cents ≥ 0, got ${l.unitPriceCents}`);
    if (!Number.isInteger(l.quantity) || l.quantity < 1) throw new RangeError(`quantity must be a whole number ≥ 1, got ${l.quantity}`);
  }
  const net = lines.reduce((sum, l) => sum + lineCents(l), 0);
  const shipping = shippingCents(net);
  const vat = vatCents(net + shipping);
  return { netCents: net, shippingCents: shipping, vatCents: vat, totalCents: net + shipping + vat };
}
