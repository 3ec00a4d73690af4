// Drafts the orders agent read from email: completing their address, confirming them, discarding them.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PATCH } from './[id]/route';
import { db } from '@/lib/db';
import { draftCustomers } from '@/lib/agents/draft-order';
import { draftProblems } from '@/lib/shop/draft-readiness';
import { orderHistory } from '@/lib/shop/order-history';
import { orderInclude } from '@/lib/shop/order-queries';
import { params, request, TEST_API_KEY } from '@/tests/helpers';

const address = { line1: 'Knopfallee 1', postalCode: '80331', city: 'München', country: 'DE' };
const placeholder = { line1: 'Royal Motors AG (address to be confirmed)', postalCode: '', city: '', country: '' };
const staff = { email: 'orders.agent@h-bu.de' };

async function testProduct(stock: number) {
  const category = await db.category.findUniqueOrThrow({ where: { slug: 'standard' } });
  const tag = randomUUID().slice(0, 8).toUpperCase();
  return db.product.create({
    data: { sku: `D-${tag}`, slug: `draft-${tag.toLowerCase()}`, name: `Draft Button ${tag}`, description: 'A button for draft tests', priceCents: 100, features: [], stock, image: '/products/classic-shirt-buttons.svg', categoryId: category.id },
  });
}

/** A draft as lib/agents/draft-order.ts writes it: one line per product with the quantity asked for. */
async function draft(lines: { stock: number; quantity: number }[], where: { shippingAddress: object; billingAddress: object } = { shippingAddress: placeholder, billingAddress: placeholder }, status: 'DRAFT' | 'CANCELLED' = 'DRAFT', customerId?: string) {
  const products = await Promise.all(lines.map((l) => testProduct(l.stock)));
  return db.order.create({
    data: {
      number: `HB-DRAFT-${randomUUID().slice(0, 8)}`,
      status,
      source: 'email',
      customerId,
      email: `k.vogt-${randomUUID().slice(0, 6)}@royal-motors.de`,
      contactName: 'Klara Vogt',
      ...where,
      paymentMethod: 'INVOICE',
      netCents: 0,
      vatCents: 0,
      shippingCents: 0,
      totalCents: 0,
      items: { create: products.map((p, i) => ({ productId: p.id, sku: p.sku, name: p.name, unitPriceCents: 100, quantity: lines[i].quantity, lineCents: 100 * lines[i].quantity })) },
    },
    include: orderInclude,
  });
}

const patch = async (id: string, body: unknown, as: { email: string } | { apiKey: string } = staff) =>
  PATCH(await request(`/api/orders/${id}`, { method: 'PATCH', body, as }), params({ id }));
const statusOf = async (id: string) => (await db.order.findUniqueOrThrow({ where: { id } })).status;

describe('a draft with the placeholder address', () => {
  it('cannot be confirmed until staff complete the address, which is audited', async () => {
    const d = await draft([{ stock: 10, quantity: 2 }]);
    const refused = await patch(d.id, { status: 'CONFIRMED' });
    expect(refused.status).toBe(409);
    const problem = await refused.json();
    expect(problem.errors).toEqual([
      { field: 'shippingAddress', message: 'add the delivery address before confirming' },
      { field: 'billingAddress', message: 'add the billing address before confirming' },
    ]);
    expect(await statusOf(d.id)).toBe('DRAFT');
    expect(await db.outboxMessage.count({ where: { orderId: d.id } })).toBe(0);

    const saved = await patch(d.id, { shippingAddress: address, billingAddress: { ...address, line1: 'Rechnungsweg 2' } });
    expect(saved.status).toBe(200);
    expect((await saved.json()).shippingAddress).toEqual(address);
    const audit = await db.activity.findFirstOrThrow({ where: { entityId: d.id, action: 'order.addresses_changed' } });
    expect(audit).toMatchObject({ actorName: 'Olivia Orders', before: { shippingAddress: placeholder }, after: { shippingAddress: address } });

    expect((await patch(d.id, { status: 'CONFIRMED' })).status).toBe(200);
    expect((await db.order.findUniqueOrThrow({ where: { id: d.id } })).billingAddress).toMatchObject({ line1: 'Rechnungsweg 2' });
  });

  it('takes addresses only while it is a draft, in the checkout schema, and not together with a status', async () => {
    const d = await draft([{ stock: 10, quantity: 1 }]);
    const invalid = await patch(d.id, { shippingAddress: { ...address, postalCode: '' } }, { apiKey: TEST_API_KEY });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).errors[0].field).toBe('body.shippingAddress.postalCode');
    expect((await patch(d.id, { shippingAddress: address, status: 'CONFIRMED' })).status).toBe(400);
    expect((await patch(d.id, {})).status).toBe(400);
    expect(await statusOf(d.id)).toBe('DRAFT');

    const placed = await draft([{ stock: 10, quantity: 1 }], { shippingAddress: address, billingAddress: address });
    await db.order.update({ where: { id: placed.id }, data: { status: 'PLACED' } });
    const late = await patch(placed.id, { shippingAddress: { ...address, city: 'Augsburg' } });
    expect(late.status).toBe(409);
    expect((await late.json()).errors[0].field).toBe('body.shippingAddress');
  });
});

describe('confirming a draft with short stock', () => {
  it('names every short line and takes nothing', async () => {
    const d = await draft([{ stock: 1_200, quantity: 2_000 }, { stock: 0, quantity: 500 }, { stock: 3, quantity: 1_000 }, { stock: 50, quantity: 5 }], { shippingAddress: address, billingAddress: address });
    const res = await patch(d.id, { status: 'CONFIRMED' });
    expect(res.status).toBe(409);
    const problem = await res.json();
    const short = d.items.filter((i) => i.quantity > 5);
    expect(problem.errors.map((e: { field: string }) => e.field).sort()).toEqual(short.map((i) => `items.${d.items.indexOf(i)}.quantity`).sort());
    for (const i of short) expect(problem.detail).toContain(i.sku);
    const stocks = await db.product.findMany({ where: { id: { in: d.items.map((i) => i.productId) } }, select: { stock: true } });
    expect(stocks.map((p) => p.stock).sort((a, b) => a - b)).toEqual([0, 3, 50, 1_200]);
    expect(await statusOf(d.id)).toBe('DRAFT');
  });

  it('lists on the draft page what stops the confirmation: addresses and each short line', async () => {
    const d = await draft([{ stock: 1_200, quantity: 2_000 }, { stock: 0, quantity: 500 }, { stock: 50, quantity: 5 }]);
    const problems = await draftProblems(d);
    expect(problems).toHaveLength(4);
    expect(problems.slice(0, 2)).toEqual(['Add the delivery address before confirming.', 'Add the billing address before confirming.']);
    const [short, soldOut] = d.items.filter((i) => i.quantity > 5).sort((a, b) => b.quantity - a.quantity);
    expect(problems).toContain(`${short.name} (${short.sku}): 1200 in stock, 2000 ordered.`);
    expect(problems).toContain(`${soldOut.name} (${soldOut.sku}): sold out, 500 ordered.`);
  });
});

describe('discarding a draft', () => {
  it('emails the customer nothing, while cancelling a placed order still tells the buyer', async () => {
    const d = await draft([{ stock: 10, quantity: 2 }]);
    expect((await patch(d.id, { status: 'CANCELLED' })).status).toBe(200);
    expect(await db.outboxMessage.count({ where: { orderId: d.id } })).toBe(0);

    const placed = await draft([{ stock: 10, quantity: 2 }], { shippingAddress: address, billingAddress: address });
    await db.order.update({ where: { id: placed.id }, data: { status: 'PLACED' } });
    expect((await patch(placed.id, { status: 'CANCELLED' })).status).toBe(200);
    expect((await db.outboxMessage.findMany({ where: { orderId: placed.id } })).map((m) => m.subject)).toEqual([`Your order ${placed.number} is cancelled`]);
  });
});

describe('confirming a prepaid draft', () => {
  it('asks the customer to pay: the confirmation carries the bank details, the address and the link to the order', async () => {
    const d = await draft([{ stock: 10, quantity: 2 }], { shippingAddress: address, billingAddress: address });
    await db.order.update({ where: { id: d.id }, data: { paymentMethod: 'PREPAYMENT', totalCents: 1_180 } });
    expect((await patch(d.id, { status: 'CONFIRMED' })).status).toBe(200);
    const [mail] = await db.outboxMessage.findMany({ where: { orderId: d.id } });
    expect(mail.subject).toBe(`Your order ${d.number} is confirmed`);
    expect(mail.text).toMatch(new RegExp(`Kindly transfer €11\\.80 to .*IBAN .*quoting ${d.number}`));
    expect(mail.text).toContain('Delivery to:\nKlara Vogt\nKnopfallee 1\n80331 München\nGermany');
    expect(mail.text).toContain(`/checkout/confirmation/${d.number}?token=`);
  });
});

describe('the draft order history', () => {
  it("reads in words and names the unit's agent, not its key", async () => {
    const d = await draft([{ stock: 10, quantity: 1 }]);
    await db.activity.create({ data: { actorType: 'agent', actorId: 'orders', actorName: 'orders agent', action: 'order.drafted', entityType: 'Order', entityId: d.id, after: { number: d.number } } });
    const [entry] = await orderHistory(d.id);
    const unit = await db.businessUnit.findUniqueOrThrow({ where: { key: 'orders' } });
    expect(entry).toMatchObject({ actorName: `${unit.name} agent`, description: 'drafted the order from an email' });
  });
});

describe('the address a new draft starts with', () => {
  it("is the customer's last complete one, passing over a discarded draft's placeholder", async () => {
    const customer = await db.customer.create({ data: { name: `Draft Customer ${randomUUID().slice(0, 6)}` } });
    const older = await draft([{ stock: 1, quantity: 1 }], { shippingAddress: address, billingAddress: address }, 'CANCELLED', customer.id);
    const discarded = await draft([{ stock: 1, quantity: 1 }], undefined, 'CANCELLED', customer.id);
    await db.order.update({ where: { id: discarded.id }, data: { placedAt: new Date(+older.placedAt + 60_000) } });
    expect((await draftCustomers([customer.id])).get(customer.id)?.addresses).toEqual({ shippingAddress: address, billingAddress: address });
  });
});
