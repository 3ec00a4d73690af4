// The order's life: placed → confirmed → shipped → delivered, or cancelled before it ships.
// Drafts (orders the orders agent read from an email) wait for a person to confirm or cancel them.
import type { OrderStatus } from '@/lib/generated/sqlite/enums';

export type { OrderStatus };

const NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  DRAFT: ['CONFIRMED', 'CANCELLED'],
  PLACED: ['CONFIRMED', 'CANCELLED'],
  CONFIRMED: ['SHIPPED', 'CANCELLED'],
  SHIPPED: ['DELIVERED'],
  DELIVERED: [],
  CANCELLED: [],
};

export const ORDER_STATUSES = Object.keys(NEXT) as OrderStatus[];

export const nextStatuses = (from: OrderStatus) => NEXT[from];
export const canMoveTo = (from: OrderStatus, to: OrderStatus) => NEXT[from].includes(to);

/** Stock is taken when an order is placed; a draft takes it when confirmed. */
export const holdsStock = (status: OrderStatus) => status !== 'DRAFT' && status !== 'CANCELLED';

export const STATUS_LABEL: Record<OrderStatus, string> = {
  DRAFT: 'Draft (from email)',
  PLACED: 'Placed',
  CONFIRMED: 'Confirmed',
  SHIPPED: 'Shipped',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
};

/** What staff press to move an order on. */
export const ACTION_LABEL: Record<OrderStatus, string> = {
  DRAFT: 'Back to draft',
  PLACED: 'Place',
  CONFIRMED: 'Confirm',
  SHIPPED: 'Mark shipped',
  DELIVERED: 'Mark delivered',
  CANCELLED: 'Cancel order',
};

/** A draft is the agent's reading of an email: the customer never saw its number, so discarding it tells them nothing. */
export const tellsBuyer = (from: OrderStatus, to: OrderStatus) => !(from === 'DRAFT' && to === 'CANCELLED');

/** What the cancel dialog warns about, in the words of what cancelling does to this order. */
export function cancelConsequences(status: OrderStatus): string {
  if (!tellsBuyer(status, 'CANCELLED')) return 'The draft is discarded; the customer is not emailed, as they never received this order number.';
  return `${holdsStock(status) ? 'Its stock is returned and the' : 'The'} buyer is told by email.`;
}

/** Where orders come from, as the filter and the table name them. */
export const ORDER_SOURCES = { shop: 'Shop', api: 'API', email: 'Email' } as const;
export type OrderSource = keyof typeof ORDER_SOURCES;
export const sourceLabel = (source: string) => ORDER_SOURCES[source as OrderSource] ?? source;
