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
