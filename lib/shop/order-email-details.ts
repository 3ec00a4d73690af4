// What an order email repeats so the buyer can check the order without the shop: where it goes, the VAT ID it is
// billed under, and the page to follow it on. Guests have no account, so theirs is the tokened confirmation page.
import { appUrl } from '@/lib/config/env';
import { COUNTRIES, type CountryCode } from './checkout-schema';
import { confirmationPath } from './order-access';
import type { AddressView } from './order-queries';

export type OrderDetailsForEmail = {
  number: string;
  userId: string | null;
  contactName: string;
  company: string | null;
  vatId: string | null;
  shippingAddress: unknown;
};

export type OrderLink = { label: string; url: string };

/** The buyer's account page when the order belongs to one, else the confirmation page with its access token. */
export function orderPageLink(order: Pick<OrderDetailsForEmail, 'number' | 'userId'>): OrderLink {
  const path = order.userId ? `/account/orders/${order.number}` : confirmationPath(order.number);
  return { label: `Follow order ${order.number} at any time`, url: appUrl(path) };
}

/** "Delivery to:" with the address as the buyer typed it (or staff completed it), then the VAT ID when given. */
export function deliveryDetails(order: OrderDetailsForEmail): string {
  const a = order.shippingAddress as AddressView;
  const lines = [
    'Delivery to:',
    order.company ? `${order.contactName} · ${order.company}` : order.contactName,
    a.line1,
    a.line2,
    `${a.postalCode} ${a.city}`,
    COUNTRIES[a.country as CountryCode] ?? a.country,
  ].filter(Boolean);
  return [lines.join('\n'), order.vatId ? `Your VAT ID: ${order.vatId}` : ''].filter(Boolean).join('\n\n');
}
