// Order reads for buyers, staff and the API, and the one JSON shape an order is shown in.
import { z } from 'zod';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/sqlite/client';
import type { OrderStatus } from '@/lib/generated/sqlite/enums';
import { ORDER_SOURCES, ORDER_STATUSES, type OrderSource } from './order-status';
import { confirmationPath } from './order-access';
import { containsText } from '@/lib/db/filters';
import { parseNamingProblems } from '@/lib/http/url-params';

export const orderInclude = { items: { orderBy: { sku: 'asc' } } } as const satisfies Prisma.OrderInclude;
export type OrderWithItems = Prisma.OrderGetPayload<{ include: typeof orderInclude }>;

export type AddressView = { line1: string; line2?: string; postalCode: string; city: string; country: string };

export function orderView(order: OrderWithItems) {
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    source: order.source,
    email: order.email,
    contactName: order.contactName,
    company: order.company,
    vatId: order.vatId,
    customerId: order.customerId,
    paymentMethod: order.paymentMethod,
    shippingAddress: order.shippingAddress as AddressView,
    billingAddress: order.billingAddress as AddressView,
    netCents: order.netCents,
    shippingCents: order.shippingCents,
    vatCents: order.vatCents,
    vatRatePercent: order.vatRatePercent,
    vatTreatment: order.vatTreatment,
    totalCents: order.totalCents,
    currency: 'EUR',
    placedAt: order.placedAt.toISOString(),
    updatedAt: order.updatedAt.toISOString(),
    items: order.items.map((i) => ({ sku: i.sku, name: i.name, unitPriceCents: i.unitPriceCents, quantity: i.quantity, lineCents: i.lineCents })),
    confirmationUrl: confirmationPath(order.number),
  };
}
export type OrderView = ReturnType<typeof orderView>;

/** What staff dashboards get with order.created / order.updated. */
export const orderSummary = (o: Pick<OrderWithItems, 'id' | 'number' | 'status' | 'source' | 'email' | 'company' | 'totalCents' | 'placedAt'>) => ({
  id: o.id,
  number: o.number,
  status: o.status,
  source: o.source,
  email: o.email,
  company: o.company,
  totalCents: o.totalCents,
  placedAt: o.placedAt.toISOString(),
});

export const orderFiltersSchema = z.object({
  status: z.enum(ORDER_STATUSES as [OrderStatus, ...OrderStatus[]]).optional(),
  source: z.enum(Object.keys(ORDER_SOURCES) as [OrderSource, ...OrderSource[]]).optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type OrderFilters = z.infer<typeof orderFiltersSchema>;

const FILTER_PROBLEMS: Record<string, string> = {
  status: 'is not one of the statuses',
  source: 'is not one of the sources',
  q: 'is longer than 100 characters',
  page: 'is not a page number',
};
const FILTER_LABELS: Record<string, string> = { status: 'Status', source: 'Source', q: 'Search', page: 'Page' };

/**
 * The /orders URL (an old link, or typed by hand) → filters, with a bad value dropped rather than the whole URL, and
 * named in the filter form's words, as the inbox does.
 */
export function parseOrderFilters(params: Record<string, string | string[] | undefined>): { filters: OrderFilters; problems: string[] } {
  const raw = Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== ''));
  const { data, dropped } = parseNamingProblems(orderFiltersSchema, raw, FILTER_LABELS);
  const shown = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);
  const problems = dropped.map((key) => `${FILTER_LABELS[key] ?? key} “${shown(raw[key])}” ${FILTER_PROBLEMS[key] ?? 'was not understood'}, so it is ignored.`);
  return { filters: data, problems };
}

export const ORDERS_PER_PAGE = 25;

/** Case-insensitive on both databases: SQLite's LIKE ignores ASCII case by itself, Postgres needs `mode`. */
/** Newest first; `q` matches number, email, contact or company. `userId` limits to one buyer's orders. */
export async function listOrders(filters: OrderFilters & { userId?: string }) {
  const q = filters.q?.trim();
  const where: Prisma.OrderWhereInput = {
    status: filters.status,
    source: filters.source,
    userId: filters.userId,
    ...(q ? { OR: [{ number: containsText(q) }, { email: containsText(q) }, { contactName: containsText(q) }, { company: containsText(q) }] } : {}),
  };
  const [orders, total] = await Promise.all([
    db.order.findMany({ where, include: orderInclude, orderBy: { placedAt: 'desc' }, skip: (filters.page - 1) * ORDERS_PER_PAGE, take: ORDERS_PER_PAGE }),
    db.order.count({ where }),
  ]);
  return { orders, total, page: filters.page, pages: Math.max(1, Math.ceil(total / ORDERS_PER_PAGE)) };
}

/** Drafts the orders agent created from email, oldest first: the queue staff confirm from. */
export const draftOrders = () => db.order.findMany({ where: { status: 'DRAFT' }, include: orderInclude, orderBy: { placedAt: 'asc' }, take: 50 });

export const orderByNumber = (number: string) => db.order.findUnique({ where: { number }, include: orderInclude });
export const orderById = (id: string) => db.order.findUnique({ where: { id }, include: orderInclude });

/** The emails queued for the buyer about this order, newest first. */
export const orderMail = (orderId: string) =>
  db.outboxMessage.findMany({ where: { orderId }, select: { id: true, subject: true, status: true, kind: true, createdAt: true }, orderBy: { createdAt: 'desc' } });
