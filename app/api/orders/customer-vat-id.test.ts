// An order left without a VAT ID carries its customer's, but only one of the billing country: the ID it shows decided its VAT.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { POST } from './route';
import { db } from '@/lib/db';
import { params, request, TEST_API_KEY } from '@/tests/helpers';
import { testProduct } from '@/tests/shop-fixtures';

const vienna = { line1: 'Ring 1', postalCode: '1010', city: 'Wien', country: 'AT' };
const paris = { line1: '1 Rue des Boutons', postalCode: '75001', city: 'Paris', country: 'FR' };

/** An integrator's order for an Austrian business on record, without a VAT ID in the order: 3 × €10.00 net. */
async function orderForAustrianCustomer(address: object) {
  const tag = randomUUID().slice(0, 8);
  const customer = await db.customer.create({ data: { name: `Knopf Wien ${tag}`, vatId: 'ATU12345678' } });
  const p = await testProduct(10);
  const body = { customerId: customer.id, email: `vat-${tag}@knopf-wien.example`, contactName: 'Vera Vat', shippingAddress: address, paymentMethod: 'PREPAYMENT', items: [{ sku: p.sku, quantity: 3 }] };
  const res = await POST(await request('/api/orders', { body, as: { apiKey: TEST_API_KEY }, headers: { 'idempotency-key': randomUUID() } }), params());
  const order = await res.json();
  expect(res.status, JSON.stringify(order)).toBe(201);
  return { order, stored: await db.order.findUniqueOrThrow({ where: { id: order.id } }) };
}

describe('the customer record’s VAT ID on an order without one', () => {
  it('reverse-charges an EU business billed in its VAT ID’s country, and shows that ID', async () => {
    const { order, stored } = await orderForAustrianCustomer(vienna);
    expect(order).toMatchObject({ vatId: 'ATU12345678', vatCents: 0, vatRatePercent: 0, vatTreatment: 'REVERSE_CHARGE' });
    expect(stored.vatId).toBe('ATU12345678');
  });

  it('leaves out an ID of another country than the billing address: it decided nothing, German VAT is due', async () => {
    const { order, stored } = await orderForAustrianCustomer(paris);
    expect(order).toMatchObject({ vatId: null, vatCents: 758, vatRatePercent: 19, vatTreatment: 'STANDARD' });
    expect(stored.vatId).toBeNull();
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { orderId: order.id } });
    expect(mail.text).not.toContain('ATU12345678');
  });
});
