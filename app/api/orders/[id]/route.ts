import { z } from 'zod';
import { route } from '@/lib/http/handler';
import { notFound } from '@/lib/http/problem';
import { ORDER_STATUSES, type OrderStatus } from '@/lib/shop/order-status';
import { orderById, orderByNumber, orderView } from '@/lib/shop/order-queries';
import { changeOrderStatus } from '@/lib/shop/order-updates';

const params = z.object({ id: z.string().min(1).max(64) });

/** `id` is the order's id or its number (HB-YYYY-NNNNNN). Buyers get only their own orders. */
export const GET = route({ access: { roles: ['ADMIN', 'MANAGER', 'AGENT', 'BUYER'], scope: 'orders:read' }, params }, async ({ params, caller }) => {
  const order = (await orderById(params.id)) ?? (await orderByNumber(params.id.toUpperCase()));
  if (!order || (caller.kind === 'user' && caller.role === 'BUYER' && order.userId !== caller.id)) throw notFound(`Order ${params.id}`);
  return orderView(order);
});

const statusChange = z.object({ status: z.enum(ORDER_STATUSES as [OrderStatus, ...OrderStatus[]]) });

/** Staff (or an integrator's fulfilment system) move the order along: placed → confirmed → shipped → delivered, or cancelled. */
export const PATCH = route(
  { access: { roles: ['ADMIN', 'MANAGER', 'AGENT'], scope: 'orders:write' }, params, body: statusChange },
  async ({ params, body, caller }) => {
    const order = (await orderById(params.id)) ?? (await orderByNumber(params.id.toUpperCase()));
    if (!order) throw notFound(`Order ${params.id}`);
    return orderView(await changeOrderStatus(order.id, body.status, caller));
  },
);
