// Mail to buyers about their orders, written to the outbox inside the order's transaction (the outbox worker
// sends it after commit). The confirmation uses the admin-editable 'order_received' reply template; the template
// and the orders desk are read before the transaction (orderMailContext) to keep the transaction short.
import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db/client';
import { companyConfig } from '@/lib/config/company';
import type { OrderStatus, PaymentMethod } from '@/lib/generated/sqlite/enums';
import { formatEuro } from './money';
import { vatLabel, type VatTreatment } from './vat';
import { renderTemplate } from './render-template';
import { orderEmailHtml } from './order-email-html';
import { deliveryDetails, orderPageLink, type OrderDetailsForEmail, type OrderLink } from './order-email-details';

type Tx = Pick<Db, 'outboxMessage'>;
type Reader = Pick<Db, 'replyTemplate' | 'businessUnit'>;

export type OrderForEmail = OrderDetailsForEmail & {
  id: string;
  email: string;
  paymentMethod: PaymentMethod;
  netCents: number;
  shippingCents: number;
  vatCents: number;
  vatRatePercent: number;
  vatTreatment: VatTreatment;
  totalCents: number;
  items: { sku: string; name: string; quantity: number; unitPriceCents: number; lineCents: number }[];
};

const ORDER_TEMPLATE = 'order_received';

/** "within 4 hours" from a unit's normal-priority SLA. */
export function slaPromise(minutes: number): string {
  if (minutes < 120) return `within ${minutes} minutes`;
  if (minutes < 48 * 60) return `within ${Math.round(minutes / 60)} hours`;
  return `within ${Math.round(minutes / 1440)} days`;
}

export type OrderMailContext = { desk: { name: string; email: string; slaMinutes: number }; confirmation: { subject: string; body: string } };

export async function orderMailContext(db: Reader): Promise<OrderMailContext> {
  const { company, reply_templates } = companyConfig();
  const [unit, stored] = await Promise.all([db.businessUnit.findUnique({ where: { key: 'orders' } }), db.replyTemplate.findUnique({ where: { key: ORDER_TEMPLATE } })]);
  const fallback = reply_templates.find((t) => t.key === ORDER_TEMPLATE);
  const confirmation = stored ? { subject: stored.subject, body: stored.bodyText } : fallback;
  if (!confirmation) throw new Error(`reply template "${ORDER_TEMPLATE}" is missing from the database and config/company.yaml`);
  return {
    desk: { name: unit?.name ?? 'Orders', email: unit?.email ?? `orders@${company.domain}`, slaMinutes: unit?.slaNormalMinutes ?? 240 },
    confirmation,
  };
}

function paymentInstructions(order: OrderForEmail): string {
  if (order.paymentMethod === 'INVOICE') return 'Payment: on invoice. Our invoice travels with the delivery.';
  const bank = companyConfig().company.bank;
  const account = bank ? `to ${bank.holder}, ${bank.name}, IBAN ${bank.iban}, BIC ${bank.bic}, ` : '';
  return `Payment: bank transfer in advance. Kindly transfer ${formatEuro(order.totalCents)} ${account}quoting ${order.number}. We ship as soon as your payment arrives.`;
}

export function orderLinesText(order: OrderForEmail): string {
  const lines = order.items.map((i) => `  ${i.quantity} × ${i.name} (${i.sku}) at ${formatEuro(i.unitPriceCents)} = ${formatEuro(i.lineCents)}`);
  return [
    `Your order ${order.number}:`,
    ...lines,
    '',
    `  Net:      ${formatEuro(order.netCents)}`,
    `  Shipping: ${order.shippingCents ? formatEuro(order.shippingCents) : 'free'}`,
    `  ${vatLabel(order)}: ${formatEuro(order.vatCents)}`,
    `  Total:    ${formatEuro(order.totalCents)}`,
  ].join('\n');
}

type Message = { kind: string; template: string | null; from: string; order: OrderForEmail; subject: string; body: string; closing?: string; link: OrderLink };

/** Text and HTML say the same: the body, the order lines, an optional closing paragraph, the order's link, the signature. */
function queue(tx: Tx, message: Message) {
  const { company } = companyConfig();
  const { order, body, closing, link } = message;
  const text = [body.trimEnd(), orderLinesText(order), closing, `${link.label}: ${link.url}`].filter(Boolean).join('\n\n');
  return tx.outboxMessage.create({
    data: {
      kind: message.kind,
      template: message.template,
      messageId: `<${randomUUID()}@${company.domain}>`,
      fromAddress: message.from,
      toAddress: order.email,
      subject: message.subject.replace(/[\r\n]+/g, ' ').trim(), // a name with a line break must not add a header
      text: `${text}\n\n${company.signature.trimEnd()}\n`,
      html: orderEmailHtml({ body, order, closing, link, signature: company.signature }),
      headers: { 'Auto-Submitted': 'auto-generated' },
      orderId: order.id,
    },
  });
}

export function queueOrderConfirmation(tx: Tx, order: OrderForEmail, { desk, confirmation }: OrderMailContext) {
  const vars = {
    customer_name: order.contactName,
    reference: order.number,
    sla_promise: slaPromise(desk.slaMinutes),
    unit_name: desk.name,
    unit_email: desk.email,
    company: companyConfig().company.name,
    subject: `Order ${order.number}`,
  };
  return queue(tx, {
    kind: 'order_confirmation',
    template: ORDER_TEMPLATE,
    from: desk.email,
    order,
    subject: renderTemplate(confirmation.subject, vars),
    body: renderTemplate(confirmation.body, vars),
    closing: firstNews(order),
    link: orderPageLink(order),
  });
}

/** What the buyer's first mail about an order repeats: where it goes and how to pay. */
const firstNews = (order: OrderForEmail) => `${deliveryDetails(order)}\n\n${paymentInstructions(order)}`;

const STATUS_NEWS: Partial<Record<OrderStatus, (number: string, deskEmail: string) => string>> = {
  CONFIRMED: (n) => `We are delighted to confirm your order ${n}. Our workshop is preparing it now.`,
  SHIPPED: (n) => `Your order ${n} has left our workshop and is on its way to you.`,
  DELIVERED: (n) => `Your order ${n} has been delivered. We trust it brings you much joy.`,
  CANCELLED: (n, desk) => `Your order ${n} has been cancelled. Should this come as a surprise, please write to us at ${desk}.`,
};

const STATUS_WORD: Partial<Record<OrderStatus, string>> = { CONFIRMED: 'confirmed', SHIPPED: 'on its way', DELIVERED: 'delivered', CANCELLED: 'cancelled' };

/** A confirmed draft is the buyer's first mail about the order; a cancelled prepayment may have been paid already. */
function statusClosing(order: OrderForEmail, { from, to }: StatusMove): string | undefined {
  if (from === 'DRAFT' && to === 'CONFIRMED') return firstNews(order);
  if (to === 'CANCELLED' && order.paymentMethod === 'PREPAYMENT') return 'Should you have transferred the payment already, we shall refund it in full to the account it came from.';
  return undefined;
}

type StatusMove = { from: OrderStatus; to: OrderStatus };

/** Tells the buyer about a status change; statuses without news for the buyer send nothing. */
export function queueStatusEmail(tx: Tx, order: OrderForEmail, move: StatusMove, { desk }: OrderMailContext) {
  const news = STATUS_NEWS[move.to];
  if (!news) return null;
  return queue(tx, {
    kind: 'order_status',
    template: null,
    from: desk.email,
    order,
    subject: `Your order ${order.number} is ${STATUS_WORD[move.to]}`,
    body: `Dear ${order.contactName},\n\n${news(order.number, desk.email)}`,
    closing: statusClosing(order, move),
    link: orderPageLink(order),
  });
}
