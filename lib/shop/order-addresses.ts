// Where an order goes. A draft from email may still carry the agent's placeholder address: staff complete it before
// confirming. A stored address is complete when it passes the checkout's address schema. The destination decides the
// VAT (lib/shop/vat.ts), so a draft's totals follow its addresses.
import { z } from 'zod';
import { db } from '@/lib/db';
import { actorOf, type Caller } from '@/lib/http/handler';
import { conflict, notFound, type FieldError } from '@/lib/http/problem';
import { recordActivity } from '@/lib/audit';
import { publish } from '@/lib/realtime/publish';
import { CHANNELS, EVENTS } from '@/lib/realtime/channels';
import { addressSchema, isCompleteAddress, type Address } from './checkout-schema';
import { orderInclude, orderSummary } from './order-queries';
import { totalsFor } from './pricing';
import { afterResponse } from './after-response';

/** What stops a confirmation: each address still incomplete, named as the order's field. */
export function missingAddresses(order: { shippingAddress: unknown; billingAddress: unknown }): FieldError[] {
  return [
    ...(isCompleteAddress(order.shippingAddress) ? [] : [{ field: 'shippingAddress', message: 'add the delivery address before confirming' }]),
    ...(isCompleteAddress(order.billingAddress) ? [] : [{ field: 'billingAddress', message: 'add the billing address before confirming' }]),
  ];
}

export const storedAddress = (a: Address) => ({ line1: a.line1, ...(a.line2 ? { line2: a.line2 } : {}), postalCode: a.postalCode, city: a.city, country: a.country });

/** A stored address's country; '' for a draft's placeholder. */
export const draftAddressesSchema = z.object({ shippingAddress: addressSchema.optional(), billingAddress: addressSchema.optional() });
export type DraftAddresses = z.infer<typeof draftAddressesSchema>;

/** Sets the addresses given (the others stay) and re-prices the VAT for them; only while the order is a draft, audited. */
export async function updateDraftAddresses(orderId: string, patch: DraftAddresses, caller: Caller) {
  const addresses = {
    ...(patch.shippingAddress ? { shippingAddress: storedAddress(patch.shippingAddress) } : {}),
    ...(patch.billingAddress ? { billingAddress: storedAddress(patch.billingAddress) } : {}),
  };
  const updated = await db.$transaction(async (tx) => {
    const order = await tx.order.findUnique({ where: { id: orderId }, include: { items: true } });
    if (!order) throw notFound(`Order ${orderId}`);
    if (order.status !== 'DRAFT') {
      throw conflict(`Order ${order.number} is ${order.status.toLowerCase()}; only a draft's addresses can be changed.`, {
        orderStatus: order.status,
        errors: Object.keys(addresses).map((field) => ({ field: `body.${field}`, message: 'can be changed only while the order is a draft' })),
      });
    }
    const data = { ...addresses, ...totalsFor(order.items, { ...order, ...addresses }) };
    // The status in the condition: a confirmation that wins the race keeps the address it was confirmed with.
    const { count } = await tx.order.updateMany({ where: { id: order.id, status: 'DRAFT' }, data });
    if (count !== 1) throw conflict(`Order ${order.number} was changed meanwhile; reload it and try again.`);
    await recordActivity(tx, actorOf(caller), {
      action: 'order.addresses_changed',
      entityType: 'Order',
      entityId: order.id,
      before: Object.fromEntries(Object.keys(data).map((k) => [k, order[k as keyof typeof data]])),
      after: data,
    });
    return tx.order.findUniqueOrThrow({ where: { id: order.id }, include: orderInclude });
  });
  await afterResponse(() => publish(CHANNELS.staff, EVENTS.orderUpdated, orderSummary(updated)));
  return updated;
}
