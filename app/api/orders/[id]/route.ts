import { z } from 'zod';
import { route } from '@/lib/http/handler';
import { notFound } from '@/lib/http/problem';
import { ORDER_STATUSES, type OrderStatus } from '@/lib/shop/order-status';
import { orderById, orderByNumber, orderView } from '@/lib/shop/order-queries';
import { changeOrderStatus } from '@/lib/shop/order-updates';
import { draftAddressesSchema, updateDraftAddresses } from '@/lib/shop/order-addresses';

const params = z.object({ id: z.string().min(1).max(64) });

/** `id` is the order's id or its number (HB-YYYY-NNNNNN). Buyers get only their own orders. */
export const GET = route({ access: { roles: ['ADMIN', 'MANAGER', 'AGENT', 'BUYER'], scope: 'orders:read' }, params }, async ({ params, caller }) => {
  const order = (await orderById(params.id)) ?? (await orderByNumber(params.id.toUpperCase()));
  if (!order || (caller.kind === 'user' && caller.role === 'BUYER' && order.userId !== caller.id)) throw notFound(`Order ${params.id}`);
  return orderView(order);
});

/** A status move, or a draft's addresses; one at a time, so a refused confirmation leaves the addresses as they were. */
const orderChange = draftAddressesSchema
  .extend({ status: z.enum(ORDER_STATUSES as [OrderStatus, ...OrderStatus[]]).optional() })
  .strict()
  .superRefine((b, ctx) => {
    const addresses = !!(b.shippingAddress || b.billingAddress);
    if (!b.status && !addresses) ctx.addIssue({ code: 'custom', path: ['status'], message: 'is required (or shippingAddress / billingAddress for a draft)' });
    if (b.status && addresses) ctx.addIssue({ code: 'custom', path: ['status'], message: 'send the addresses first, then the status in a second request' });
  });

/**
 * Staff (or an integrator's fulfilment system) move the order along: placed → confirmed → shipped → delivered, or
 * cancelled. A draft from email gets its shipping and billing address here before it can be confirmed.
 */
export const PATCH = route(
  { access: { roles: ['ADMIN', 'MANAGER', 'AGENT'], scope: 'orders:write' }, params, body: orderChange },
  async ({ params, body, caller }) => {
    const order = (await orderById(params.id)) ?? (await orderByNumber(params.id.toUpperCase()));
    if (!order) throw notFound(`Order ${params.id}`);
    const { status, ...addresses } = body;
    return orderView(status ? await changeOrderStatus(order.id, status, caller) : await updateDraftAddresses(order.id, addresses, caller));
  },
);
