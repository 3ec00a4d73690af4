// Staff move orders along their flow. Each change is one transaction: status, stock (a confirmed draft takes it,
// a cancellation gives it back), the buyer's email in the outbox and the audit entry. Nothing is confirmed without
// complete addresses, and a discarded draft sends the customer nothing.
import { db } from '@/lib/db';
import type { OrderStatus } from '@/lib/generated/sqlite/enums';
import { actorOf, type Caller } from '@/lib/http/handler';
import { conflict, notFound } from '@/lib/http/problem';
import { recordActivity } from '@/lib/audit';
import { announceNotifications } from '@/lib/notifications';
import { publish } from '@/lib/realtime/publish';
import { CHANNELS, EVENTS } from '@/lib/realtime/channels';
import { canMoveTo, holdsStock, nextStatuses, STATUS_LABEL, tellsBuyer } from './order-status';
import { returnStock, takeStock } from './inventory';
import { notifyLowStock, type StockMove } from './low-stock';
import { orderMailContext, queueStatusEmail } from './order-emails';
import { orderInclude, orderSummary } from './order-queries';
import { revalidateCatalog } from './catalog-cache';
import { afterResponse } from './after-response';
import { ORDER_TX_OPTIONS } from './orders';
import { missingAddresses } from './order-addresses';

export async function changeOrderStatus(orderId: string, to: OrderStatus, caller: Caller) {
  const mail = await orderMailContext(db);
  const result = await db.$transaction(async (tx) => {
    const order = await tx.order.findUnique({ where: { id: orderId }, include: orderInclude });
    if (!order) throw notFound(`Order ${orderId}`);
    if (!canMoveTo(order.status, to)) {
      throw conflict(`Order ${order.number} is ${STATUS_LABEL[order.status].toLowerCase()} and cannot become ${STATUS_LABEL[to].toLowerCase()}.`, {
        orderStatus: order.status,
        allowed: nextStatuses(order.status),
      });
    }
    const missing = to === 'CONFIRMED' ? missingAddresses(order) : [];
    if (missing.length) throw conflict(`Order ${order.number} cannot be confirmed yet: ${missing.map((m) => m.message).join('; ')}.`, { errors: missing });
    // Only the first of two simultaneous clicks wins; the second finds the status already moved.
    const { count } = await tx.order.updateMany({ where: { id: order.id, status: order.status }, data: { status: to } });
    if (count !== 1) throw conflict(`Order ${order.number} was changed meanwhile; reload it and try again.`);
    const lines = order.items.map((i, n) => ({ productId: i.productId, sku: i.sku, name: i.name, quantity: i.quantity, field: `items.${n}.quantity` }));
    let moves: StockMove[] = [];
    const takes = !holdsStock(order.status) && holdsStock(to);
    const gives = holdsStock(order.status) && !holdsStock(to);
    if (takes) moves = await takeStock(tx, lines);
    if (gives) await returnStock(tx, lines);
    if (tellsBuyer(order.status, to)) await queueStatusEmail(tx, order, { from: order.status, to }, mail);
    await recordActivity(tx, actorOf(caller), {
      action: 'order.status_changed',
      entityType: 'Order',
      entityId: order.id,
      before: { status: order.status },
      after: { status: to, ...(gives ? { restocked: lines.map((l) => ({ sku: l.sku, quantity: l.quantity })) } : {}) },
    });
    const notifications = await notifyLowStock(tx, moves, order.number);
    const updated = await tx.order.findUniqueOrThrow({ where: { id: order.id }, include: orderInclude });
    return { updated, notifications, stockMoved: takes || gives };
  }, ORDER_TX_OPTIONS);
  await afterResponse(() => Promise.all([publish(CHANNELS.staff, EVENTS.orderUpdated, orderSummary(result.updated)), announceNotifications(result.notifications)]));
  if (result.stockMoved) revalidateCatalog();
  return result.updated;
}
