import { route } from '@/lib/http/handler';
import { badRequest, validationError } from '@/lib/http/problem';
import { orderInputSchema } from '@/lib/shop/checkout-schema';
import { IDEMPOTENCY_KEY_PATTERN, placeOrder } from '@/lib/shop/orders';
import { listOrders, orderFiltersSchema, orderView } from '@/lib/shop/order-queries';

/** Staff and integrators see every order; a buyer sees their own. */
export const GET = route(
  { access: { roles: ['ADMIN', 'MANAGER', 'AGENT', 'BUYER'], scope: 'orders:read' }, query: orderFiltersSchema },
  async ({ query, caller }) => {
    const userId = caller.kind === 'user' && caller.role === 'BUYER' ? caller.id : undefined;
    const { orders, total, page, pages } = await listOrders({ ...query, userId });
    return { orders: orders.map(orderView), total, page, pages };
  },
);

/** Checkout (session or guest) and integrators (`orders:write`, Idempotency-Key required). */
export const POST = route({ access: { public: true, scope: 'orders:write' }, body: orderInputSchema }, async ({ body, caller, req }) => {
  const key = req.headers.get('idempotency-key') ?? undefined;
  if (caller.kind === 'api_key' && !key) {
    throw badRequest('API clients must send an Idempotency-Key header, so a retried request cannot order twice.', {
      errors: [{ field: 'headers.idempotency-key', message: 'is required with an API key' }],
    });
  }
  if (key !== undefined && !IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw validationError(400, [{ field: 'headers.idempotency-key', message: 'must be 8 to 200 printable characters' }]);
  }
  const { order, replayed } = await placeOrder(body, { caller, idempotencyKey: key });
  return Response.json(orderView(order), {
    status: replayed ? 200 : 201,
    headers: { location: `/api/orders/${order.id}`, ...(replayed ? { 'idempotent-replayed': 'true' } : {}) },
  });
});
