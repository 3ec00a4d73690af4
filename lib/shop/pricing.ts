// Order totals, all in integer cents. Prices in the catalog are net; VAT, where due, applies to goods and shipping.
//
// Shipping rule: orders of €250.00 net or more ship free; below that, shipping is a flat €9.90 net.
// VAT is computed once on the order's net sum (goods + shipping) at the rate the destination calls for (lib/shop/vat.ts)
// and rounded half up to the cent.
import { vatFor, type VatRule } from './vat';

export const FREE_SHIPPING_FROM_NET_CENTS = 25_000;
export const FLAT_SHIPPING_CENTS = 990;

export type PricedLine = { unitPriceCents: number; quantity: number };
export type OrderTotals = VatRule & { netCents: number; shippingCents: number; vatCents: number; totalCents: number };

export const lineCents = (line: PricedLine) => line.unitPriceCents * line.quantity;

export function shippingCents(netCents: number): number {
  if (netCents <= 0) return 0;
  return netCents >= FREE_SHIPPING_FROM_NET_CENTS ? 0 : FLAT_SHIPPING_CENTS;
}

export const vatCents = (taxableCents: number, ratePercent: number) => Math.round((taxableCents * ratePercent) / 100);

/** `netCents` is the goods' net sum; shipping and VAT are listed apart, the total includes both; `vat` from vatFor(). */
export function orderTotals(lines: readonly PricedLine[], vat: VatRule): OrderTotals {
  for (const l of lines) {
    if (!Number.isInteger(l.unitPriceCents) || l.unitPriceCents < 0) throw new RangeError(`unit price must be whole cents ≥ 0, got ${l.unitPriceCents}`);
    if (!Number.isInteger(l.quantity) || l.quantity < 1) throw new RangeError(`quantity must be a whole number ≥ 1, got ${l.quantity}`);
  }
  const net = lines.reduce((sum, l) => sum + lineCents(l), 0);
  const shipping = shippingCents(net);
  const tax = vatCents(net + shipping, vat.vatRatePercent);
  return { netCents: net, shippingCents: shipping, vatCents: tax, totalCents: net + shipping + tax, vatRatePercent: vat.vatRatePercent, vatTreatment: vat.vatTreatment };
}

const countryOf = (stored: unknown) => (stored && typeof stored === 'object' && 'country' in stored && typeof stored.country === 'string' ? stored.country : '');

/** The totals of lines at their stored prices, with the VAT their stored addresses and VAT ID call for. Here, not
 *  with the draft addresses (server-only imports): the orders agent prices drafts with it outside Next too. */
export function totalsFor(lines: readonly PricedLine[], order: { shippingAddress: unknown; billingAddress: unknown; vatId: string | null }) {
  return orderTotals(lines, vatFor({ shippingCountry: countryOf(order.shippingAddress), billingCountry: countryOf(order.billingAddress), vatId: order.vatId }));
}
