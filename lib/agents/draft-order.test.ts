// The VAT of a draft from email follows the customer's destination, as a storefront order's does.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ensureOrderCounter } from '@/lib/shop/order-number';
import { message } from '@/tests/fixtures/email';
import { ingestDecided } from '@/tests/agent-fixtures';
import { createDraftOrder, draftCustomers } from './draft-order';

const london = { line1: '1 Button Lane', postalCode: 'EC1A 1BB', city: 'London', country: 'GB' };

async function customerWithOrderTo(address: object | null, vatId: string | null) {
  const customer = await db.customer.create({ data: { name: `Draft VAT ${randomUUID().slice(0, 8)}`, vatId } });
  if (address) {
    await db.order.create({
      data: { number: `HB-VAT-${randomUUID().slice(0, 8)}`, status: 'DELIVERED', customerId: customer.id, email: 'buyer@draft-vat.example', contactName: 'Earlier Order', shippingAddress: address, billingAddress: address, paymentMethod: 'INVOICE', netCents: 0, vatCents: 0, shippingCents: 0, totalCents: 0 },
    });
  }
  return customer;
}

async function draftFor(customer: { id: string; name: string }) {
  const { id: emailId } = await ingestDecided(message({ From: 'buyer@draft-vat.example', To: 'orders@h-bu.de', Subject: `Draft VAT ${randomUUID()}` }));
  const [product, unit] = await Promise.all([db.product.findFirstOrThrow({ where: { active: true } }), db.businessUnit.findUniqueOrThrow({ where: { key: 'orders' } })]);
  const details = (await draftCustomers([customer.id])).get(customer.id)!;
  const line = { productId: product.id, sku: product.sku, name: product.name, unitPriceCents: 1_000, quantity: 3, lineCents: 3_000 };
  const task = { emailId, taskId: 'task', unit: { id: unit.id, key: unit.key, name: unit.name }, subject: 'Order', fromAddress: 'buyer@draft-vat.example', fromName: null, customer };
  const now = new Date();
  await ensureOrderCounter(db, now.getUTCFullYear());
  const { order } = await db.$transaction((tx) => createDraftOrder(tx, task, { kind: 'draft_order', lines: [line], source: 'the mail text' }, details, now));
  return order;
}

describe('a draft order from email', () => {
  it('charges no VAT when the customer’s goods go outside the EU', async () => {
    const order = await draftFor(await customerWithOrderTo(london, 'GB123456789'));
    expect(order).toMatchObject({ netCents: 3_000, shippingCents: 990, vatCents: 0, totalCents: 3_990, vatRatePercent: 0, vatTreatment: 'EXPORT' });
  });

  it('charges German VAT while the address is still the placeholder', async () => {
    const order = await draftFor(await customerWithOrderTo(null, null));
    expect(order).toMatchObject({ netCents: 3_000, shippingCents: 990, vatCents: 758, totalCents: 4_748, vatRatePercent: 19, vatTreatment: 'STANDARD' });
  });
});
