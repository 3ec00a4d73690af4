// Placing an order: one transaction prices the lines from the catalog (client prices are never read), takes
// the stock, numbers the order, stores it with its items, queues the confirmation email and writes the audit
// entry. The catalog is revalidated after commit; realtime news and notifications once the response is sent.
import { db } from '@/lib/db';
import type { Customer } from '@/lib/generated/sqlite/client';
import { actorOf, type Caller } from '@/lib/http/handler';
import { validationError } from '@/lib/http/problem';
import { recordActivity } from '@/lib/audit';
import { announceNotifications } from '@/lib/notifications';
import { publish } from '@/lib/realtime/publish';
import { CHANNELS, EVENTS } from '@/lib/realtime/channels';
import { isUniqueViolation } from '@/lib/db/errors';
import type { OrderInput, OrderItemInput } from './checkout-schema';
import { storedAddress } from './order-addresses';
import { lineCents, orderTotals } from './pricing';
import { vatFor } from './vat';
import { mayPayOnInvoice, orderVatId } from './invoice-terms';
import { ensureOrderCounter, nextOrderNumber } from './order-number';
import { takeStock, type StockLine } from './inventory';
import { notifyLowStock } from './low-stock';
import { orderMailContext, queueOrderConfirmation } from './order-emails';
import { orderInclude, orderSummary, type OrderWithItems } from './order-queries';
import { revalidateCatalog } from './catalog-cache';
import { afterResponse } from './after-response';
import { accountCustomer } from './checkout-profile';

/** Hundreds of checkouts may queue for SQLite's single writer or Postgres' counter row; let them wait their turn. */
export const ORDER_TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{8,200}$/;

type Line = OrderItemInput & { field: string };

/** The same SKU twice becomes one line; errors still point at the line the caller sent first. */
function mergeLines(items: readonly OrderItemInput[]): Line[] {
  const bySku = new Map<string, Line>();
  items.forEach((item, i) => {
    const sku = item.sku.toUpperCase();
    const seen = bySku.get(sku);
    if (seen) seen.quantity += item.quantity;
    else bySku.set(sku, { sku, quantity: item.quantity, field: `body.items.${i}` });
  });
  return [...bySku.values()];
}

/** Idempotency keys belong to their caller: two integrators may both send "order-1". */
function scopeKey(caller: Caller, email: string, key: string): string {
  if (caller.kind === 'user') return `user:${caller.id}:${key}`;
  if (caller.kind === 'api_key') return `key:${caller.id}:${key}`;
  return `guest:${email}:${key}`;
}

async function replay(scopedKey: string, lines: readonly Line[]): Promise<OrderWithItems | null> {
  const order = await db.order.findUnique({ where: { idempotencyKey: scopedKey }, include: orderInclude });
  if (!order) return null;
  const sent = lines.map((l) => `${l.sku}×${l.quantity}`).sort().join(',');
  const stored = order.items.map((i) => `${i.sku}×${i.quantity}`).sort().join(',');
  if (sent !== stored) {
    throw validationError(422, [{ field: 'headers.idempotency-key', message: `was already used for order ${order.number} with other items` }]);
  }
  return order;
}

type Buyer = { userId: string | null; customer: Customer | null };

async function customerByDomain(email: string): Promise<Customer | null> {
  const domain = email.split('@')[1]?.toLowerCase();
  if (!domain) return null;
  const link = await db.customerDomain.findUnique({ where: { domain }, include: { customer: true } });
  return link?.customer ?? null;
}

/**
 * Whose order it is. A shop order belongs to a business customer only through the buyer's account: an email address
 * typed at checkout proves nothing, so a guest writing "someone@customer-domain" gets neither that customer's name and
 * VAT ID nor a place in its order history. Integrators are trusted to name the customer, or its domain by the email.
 */
async function resolveBuyer(caller: Caller, input: OrderInput): Promise<Buyer> {
  if (input.customerId && caller.kind !== 'api_key') {
    throw validationError(422, [{ field: 'body.customerId', message: 'only API keys may order on behalf of a customer' }]);
  }
  if (caller.kind === 'user') {
    const account = await accountCustomer(caller.id);
    return { userId: caller.id, customer: account };
  }
  if (caller.kind === 'api_key') {
    const customer = input.customerId ? await db.customer.findUnique({ where: { id: input.customerId } }) : await customerByDomain(input.email);
    if (input.customerId && !customer) throw validationError(422, [{ field: 'body.customerId', message: 'no customer has this id' }]);
    return { userId: null, customer };
  }
  return { userId: null, customer: null };
}

export type PlaceOrderResult = { order: OrderWithItems; replayed: boolean };

export async function placeOrder(input: OrderInput, ctx: { caller: Caller; idempotencyKey?: string; now?: Date }): Promise<PlaceOrderResult> {
  const lines = mergeLines(input.items);
  const scopedKey = ctx.idempotencyKey ? scopeKey(ctx.caller, input.email, ctx.idempotencyKey) : null;
  if (scopedKey) {
    const earlier = await replay(scopedKey, lines);
    if (earlier) return { order: earlier, replayed: true };
  }
  const now = ctx.now ?? new Date();
  const year = now.getUTCFullYear();
  const [buyer, mail] = await Promise.all([resolveBuyer(ctx.caller, input), orderMailContext(db), ensureOrderCounter(db, year)]);
  const billingAddress = input.billingAddress ?? input.shippingAddress;
  const vatId = orderVatId(input.vatId, buyer.customer?.vatId, billingAddress.country);
  if (input.paymentMethod === 'INVOICE' && !mayPayOnInvoice(!!buyer.customer, vatId)) {
    throw validationError(422, [
      { field: 'body.paymentMethod', message: 'Pay on invoice is for registered business customers with a VAT ID of the billing country; please give it or choose bank transfer' },
    ]);
  }

  let result;
  try {
    result = await db.$transaction(async (tx) => {
      const products = await tx.product.findMany({ where: { sku: { in: lines.map((l) => l.sku) }, active: true } });
      const bySku = new Map(products.map((p) => [p.sku.toUpperCase(), p]));
      const unknown = lines.filter((l) => !bySku.has(l.sku));
      if (unknown.length) {
        throw validationError(
          422,
          unknown.map((l) => ({ field: `${l.field}.sku`, message: `no product with SKU ${l.sku} is for sale` })),
        );
      }
      const priced = lines.map((l) => {
        const p = bySku.get(l.sku)!;
        return { productId: p.id, sku: p.sku, name: p.name, unitPriceCents: p.priceCents, quantity: l.quantity, field: `${l.field}.quantity` };
      });
      const moves = await takeStock(tx, priced satisfies StockLine[]);
      const number = await nextOrderNumber(tx, year);
      const vat = vatFor({ shippingCountry: input.shippingAddress.country, billingCountry: billingAddress.country, vatId });
      const order = await tx.order.create({
        data: {
          number,
          idempotencyKey: scopedKey,
          status: 'PLACED',
          source: ctx.caller.kind === 'api_key' ? 'api' : 'shop',
          customerId: buyer.customer?.id ?? null,
          userId: buyer.userId,
          email: input.email,
          contactName: input.contactName,
          company: input.company || buyer.customer?.name || null,
          vatId,
          shippingAddress: storedAddress(input.shippingAddress),
          billingAddress: storedAddress(billingAddress),
          paymentMethod: input.paymentMethod,
          ...orderTotals(priced, vat),
          placedAt: now,
          items: {
            create: priced.map((l) => ({ productId: l.productId, sku: l.sku, name: l.name, unitPriceCents: l.unitPriceCents, quantity: l.quantity, lineCents: lineCents(l) })),
          },
        },
        include: orderInclude,
      });
      await queueOrderConfirmation(tx, order, mail);
      await recordActivity(tx, actorOf(ctx.caller), {
        action: 'order.placed',
        entityType: 'Order',
        entityId: order.id,
        after: { number, status: order.status, totalCents: order.totalCents, items: priced.map((l) => ({ sku: l.sku, quantity: l.quantity })) },
      });
      const notifications = await notifyLowStock(tx, moves, number);
      return { order, notifications };
    }, ORDER_TX_OPTIONS);
  } catch (error) {
    // Two requests with one key raced: the loser's transaction rolled back; answer with the winner's order.
    if (scopedKey && isUniqueViolation(error)) {
      const earlier = await replay(scopedKey, lines);
      if (earlier) return { order: earlier, replayed: true };
    }
    throw error;
  }
  await afterResponse(() => Promise.all([publish(CHANNELS.staff, EVENTS.orderCreated, orderSummary(result.order)), announceNotifications(result.notifications)]));
  revalidateCatalog();
  return { order: result.order, replayed: false };
}
