// VAT follows the destination and the VAT ID: placed orders, quotes and drafts re-addressed by staff.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { POST } from './route';
import { PATCH } from './[id]/route';
import { POST as quote } from './quote/route';
import { db } from '@/lib/db';
import { orderInclude } from '@/lib/shop/order-queries';
import { params, request } from '@/tests/helpers';
import { testProduct } from '@/tests/shop-fixtures';

const munich = { line1: 'Knopfallee 1', postalCode: '80331', city: 'München', country: 'DE' };
const zurich = { line1: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country: 'CH' };
const vienna = { line1: 'Ring 1', postalCode: '1010', city: 'Wien', country: 'AT' };

/** A guest's checkout: 3 × €10.00 net, so €9.90 shipping and a taxable €39.90. */
async function guestOrder(shippingAddress: object, extra: Record<string, unknown> = {}) {
  const p = await testProduct(10);
  const body = { email: `vat-${randomUUID().slice(0, 8)}@example.org`, contactName: 'Vera Vat', shippingAddress, paymentMethod: 'PREPAYMENT', items: [{ sku: p.sku, quantity: 3 }], ...extra };
  return { res: await POST(await request('/api/orders', { body }), params()), product: p, email: body.email };
}

const confirmationOf = (orderId: string) => db.outboxMessage.findFirstOrThrow({ where: { orderId } });

describe('VAT on placed orders', () => {
  it('charges 19 % on delivery in Germany', async () => {
    const { res } = await guestOrder(munich);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ netCents: 3_000, shippingCents: 990, vatCents: 758, totalCents: 4_748, vatRatePercent: 19, vatTreatment: 'STANDARD' });
  });

  it('charges no VAT on an export to Switzerland and says so in the confirmation', async () => {
    const { res } = await guestOrder(zurich);
    expect(res.status).toBe(201);
    const order = await res.json();
    expect(order).toMatchObject({ vatCents: 0, totalCents: 3_990, vatRatePercent: 0, vatTreatment: 'EXPORT' });
    const mail = await confirmationOf(order.id);
    expect(mail.text).toContain('VAT 0 % — export outside the EU');
    expect(mail.html).toContain('VAT 0 % — export outside the EU');
  });

  it('reverse-charges an Austrian business with its VAT ID, and charges an Austrian consumer 19 %', async () => {
    const business = await (await guestOrder(vienna, { vatId: 'ATU12345678' })).res.json();
    expect(business).toMatchObject({ vatId: 'ATU12345678', vatCents: 0, totalCents: 3_990, vatRatePercent: 0, vatTreatment: 'REVERSE_CHARGE' });
    expect((await confirmationOf(business.id)).text).toContain('VAT 0 % — reverse charge, VAT ID ATU12345678');
    const consumer = await (await guestOrder(vienna)).res.json();
    expect(consumer).toMatchObject({ vatCents: 758, vatRatePercent: 19, vatTreatment: 'STANDARD' });
  });

  it('refuses a VAT ID that is not the billing country’s, naming the field, and writes nothing', async () => {
    const { res, product, email } = await guestOrder(zurich, { vatId: 'ATU12345678' });
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem.errors).toEqual([{ field: 'body.vatId', message: 'Give the VAT ID of the billing country, Switzerland (it starts with CHE)' }]);
    expect(await db.order.count({ where: { email } })).toBe(0);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(10);
  });

  it('takes the Swiss UID in its usual form for a Swiss billing address', async () => {
    const { res } = await guestOrder(munich, { billingAddress: zurich, vatId: 'CHE-123.456.789 MWST' });
    expect(res.status).toBe(201);
    // Delivered in Germany: German VAT, whoever is billed.
    expect(await res.json()).toMatchObject({ vatId: 'CHE-123.456.789 MWST', vatCents: 758, vatTreatment: 'STANDARD' });
  });
});

describe('POST /api/orders/quote', () => {
  const quoteOf = async (body: unknown) => {
    const res = await quote(await request('/api/orders/quote', { body }), params());
    expect(res.status).toBe(200);
    return res.json();
  };

  it('checks stock per SKU over all its lines, as the order does, and shows no totals for a cart it cannot sell', async () => {
    const p = await testProduct(2);
    const q = await quoteOf({ items: [{ sku: p.sku, quantity: 2 }, { sku: p.sku, quantity: 2 }] });
    expect(q.orderable).toBe(false);
    expect(q.lines.map((l: { problem: string | null }) => l.problem)).toEqual(['short', 'short']);
    expect(q.totals).toBeNull();
  });

  it('prices a German delivery without a destination, and the destination’s VAT with one', async () => {
    const p = await testProduct(10);
    const items = [{ sku: p.sku, quantity: 3 }];
    expect((await quoteOf({ items })).totals).toMatchObject({ vatCents: 758, totalCents: 4_748, vatTreatment: 'STANDARD' });
    const swiss = await quoteOf({ items, destination: { shippingCountry: 'CH', billingCountry: 'CH' } });
    expect(swiss.totals).toMatchObject({ vatCents: 0, totalCents: 3_990, vatTreatment: 'EXPORT' });
    const austrian = await quoteOf({ items, destination: { shippingCountry: 'AT', billingCountry: 'AT', vatId: 'ATU12345678' } });
    expect(austrian.totals).toMatchObject({ vatCents: 0, vatTreatment: 'REVERSE_CHARGE' });
  });
});

describe('a draft re-addressed by staff', () => {
  it('re-prices its VAT for the new destination', async () => {
    const p = await testProduct(10);
    const placeholder = { line1: 'Crown Appliances Ltd (address to be confirmed)', postalCode: '', city: '', country: '' };
    const draft = await db.order.create({
      data: {
        number: `HB-DRAFT-${randomUUID().slice(0, 8)}`,
        status: 'DRAFT',
        source: 'email',
        email: 'buying@crown-appliances.co.uk',
        contactName: 'Crown Buyer',
        vatId: 'GB123456789',
        shippingAddress: placeholder,
        billingAddress: placeholder,
        paymentMethod: 'INVOICE',
        netCents: 3_000,
        vatCents: 758,
        shippingCents: 990,
        totalCents: 4_748,
        items: { create: [{ productId: p.id, sku: p.sku, name: p.name, unitPriceCents: 1_000, quantity: 3, lineCents: 3_000 }] },
      },
      include: orderInclude,
    });
    const readdress = async (address: object) => {
      const res = await PATCH(await request(`/api/orders/${draft.id}`, { method: 'PATCH', body: { shippingAddress: address, billingAddress: address }, as: { email: 'orders.agent@h-bu.de' } }), params({ id: draft.id }));
      expect(res.status).toBe(200);
      return res.json();
    };
    const london = { line1: '1 Button Lane', postalCode: 'EC1A 1BB', city: 'London', country: 'GB' };
    expect(await readdress(london)).toMatchObject({ netCents: 3_000, shippingCents: 990, vatCents: 0, totalCents: 3_990, vatTreatment: 'EXPORT' });
    expect(await readdress(munich)).toMatchObject({ vatCents: 758, totalCents: 4_748, vatTreatment: 'STANDARD' });
    const audits = await db.activity.findMany({ where: { entityId: draft.id, action: 'order.addresses_changed' } });
    expect(audits.map((a) => a.after)).toContainEqual(expect.objectContaining({ vatCents: 0, totalCents: 3_990, vatTreatment: 'EXPORT' }));
  });
});
