// The draft order the orders agent writes from an email: priced from the catalog (through the decision), with the VAT
// its addresses and the customer's VAT ID call for, numbered from the same counter as every order, holding no stock
// until staff confirm it.
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/sqlite/client';
import { agentActor } from '@/lib/audit';
import { nextOrderNumber } from '@/lib/shop/order-number';
import { orderInclude } from '@/lib/shop/order-queries';
import { isCompleteAddress } from '@/lib/shop/checkout-schema';
import { totalsFor } from '@/lib/shop/pricing';
import type { AgentWork } from './decide';
import type { AgentTask } from './facts';

type Tx = Prisma.TransactionClient;
type DraftWork = Extract<AgentWork, { kind: 'draft_order' }>;
type OrderAddresses = { shippingAddress: Prisma.InputJsonValue; billingAddress: Prisma.InputJsonValue };

export type DraftCustomer = { vatId: string | null; addresses: OrderAddresses | null };

/** Recent orders looked through for a complete address: a discarded draft still holds its placeholder. */
const ADDRESS_LOOKBACK = 10;

/** customer id → VAT ID and where their last order with complete addresses went, for the customers given. */
export async function draftCustomers(customerIds: string[]): Promise<Map<string, DraftCustomer>> {
  const found = new Map<string, DraftCustomer>();
  for (const id of new Set(customerIds)) {
    const [customer, recent] = await Promise.all([
      db.customer.findUniqueOrThrow({ where: { id }, select: { vatId: true } }),
      db.order.findMany({ where: { customerId: id, status: { not: 'DRAFT' } }, orderBy: { placedAt: 'desc' }, take: ADDRESS_LOOKBACK, select: { shippingAddress: true, billingAddress: true } }),
    ]);
    const last = recent.find((o) => isCompleteAddress(o.shippingAddress) && isCompleteAddress(o.billingAddress));
    found.set(id, { vatId: customer.vatId, addresses: last ? { shippingAddress: last.shippingAddress!, billingAddress: last.billingAddress! } : null });
  }
  return found;
}

/**
 * The customer record holds no address; without an earlier order the draft gets a placeholder that fails the address
 * schema, so confirming is refused until staff complete it on the draft's page (lib/shop/order-addresses.ts).
 */
function unknownAddresses(customerName: string): OrderAddresses {
  const unknown = { line1: `${customerName} (address to be confirmed)`, postalCode: '', city: '', country: '' };
  return { shippingAddress: unknown, billingAddress: unknown };
}

/** Writes the draft; returns it with the audit row for it (written with the batch's other entries). */
export async function createDraftOrder(tx: Tx, task: AgentTask, work: DraftWork, details: DraftCustomer, now: Date) {
  const customer = task.customer!;
  const number = await nextOrderNumber(tx, now.getUTCFullYear());
  const addresses = details.addresses ?? unknownAddresses(customer.name);
  const totals = totalsFor(work.lines, { ...addresses, vatId: details.vatId });
  const order = await tx.order.create({
    data: {
      number,
      status: 'DRAFT',
      source: 'email',
      sourceEmailId: task.emailId,
      customerId: customer.id,
      email: task.fromAddress,
      contactName: task.fromName?.trim() || customer.name,
      company: customer.name,
      vatId: details.vatId,
      ...addresses,
      // The storefront's rule: pay on invoice is for business customers with a VAT ID.
      paymentMethod: details.vatId ? 'INVOICE' : 'PREPAYMENT',
      ...totals,
      placedAt: now,
      items: { create: work.lines.map(({ productId, sku, name, unitPriceCents, quantity, lineCents }) => ({ productId, sku, name, unitPriceCents, quantity, lineCents })) },
    },
    include: orderInclude,
  });
  const activity = {
    ...agentActor(task.unit.key),
    action: 'order.drafted',
    entityType: 'Order',
    entityId: order.id,
    after: { number, status: 'DRAFT', source: 'email', emailId: task.emailId, from: work.source, totalCents: totals.totalCents, items: work.lines.map((l) => ({ sku: l.sku, quantity: l.quantity })) },
  } satisfies Omit<Prisma.ActivityCreateManyInput, 'id' | 'createdAt'>;
  return { order, activity };
}
