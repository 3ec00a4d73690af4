import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GET, POST } from './route';
import { GET as getOne, PATCH } from './[id]/route';
import { POST as quote } from './quote/route';
import { db } from '@/lib/db';
import { createApiKey } from '@/lib/auth/api-keys';
import { orderTotals } from '@/lib/shop/pricing';
import { GERMAN_VAT } from '@/lib/shop/vat';
import { ORDER_NUMBER_PATTERN } from '@/lib/shop/order-number';
import { params, request, TEST_API_KEY } from '@/tests/helpers';
import { testProduct } from '@/tests/shop-fixtures';

const address = { line1: 'Knopfallee 1', postalCode: '80331', city: 'München', country: 'DE' };
const uniqueEmail = () => `buyer-${randomUUID().slice(0, 8)}@example.org`;
const order = (items: { sku: string; quantity: number }[], extra: Record<string, unknown> = {}) => ({
  email: uniqueEmail(),
  contactName: 'Tess Tester',
  shippingAddress: address,
  paymentMethod: 'PREPAYMENT',
  items,
  ...extra,
});

async function viaKey(body: unknown, idempotencyKey: string | null = randomUUID(), apiKey = TEST_API_KEY) {
  const headers: Record<string, string> = idempotencyKey ? { 'idempotency-key': idempotencyKey } : {};
  return POST(await request('/api/orders', { body, as: { apiKey }, headers }), params());
}

const stockOf = async (id: string) => (await db.product.findUniqueOrThrow({ where: { id } })).stock;
const ordersFor = (email: string) => db.order.count({ where: { email } });

describe('POST /api/orders', () => {
  it('sells exactly the stock when 200 orders race for 50 pieces', async () => {
    const p = await testProduct(50);
    const responses = await Promise.all(Array.from({ length: 200 }, () => viaKey(order([{ sku: p.sku, quantity: 1 }]))));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(50);
    expect(statuses.filter((s) => s === 409)).toHaveLength(150);
    expect(await stockOf(p.id)).toBe(0);
    const sold = await db.orderItem.aggregate({ where: { productId: p.id }, _sum: { quantity: true }, _count: true });
    expect(sold._count).toBe(50);
    expect(sold._sum.quantity).toBe(50);
    const numbers = await Promise.all(responses.filter((r) => r.status === 201).map(async (r) => (await r.json()).number as string));
    expect(new Set(numbers).size).toBe(50);
    for (const n of numbers) expect(n).toMatch(ORDER_NUMBER_PATTERN);
  });

  it('prices from the catalog, ignoring prices the client made up', async () => {
    const p = await testProduct(10, 1_250);
    const body = order([{ sku: p.sku, quantity: 4, unitPriceCents: 1, priceCents: 1 } as never], { totalCents: 1, netCents: 1 });
    const res = await viaKey(body);
    expect(res.status).toBe(201);
    const placed = await res.json();
    expect(placed.items[0].unitPriceCents).toBe(1_250);
    expect(placed).toMatchObject(orderTotals([{ unitPriceCents: 1_250, quantity: 4 }], GERMAN_VAT));
    expect(placed.totalCents).toBe(5_000 + 990 + 1_138);
  });

  it('answers a replayed Idempotency-Key with the same order, 200, and sells once', async () => {
    const p = await testProduct(10);
    const body = order([{ sku: p.sku, quantity: 3 }]);
    const key = randomUUID();
    const first = await viaKey(body, key);
    const again = await viaKey(body, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await again.json()).id).toBe((await first.json()).id);
    expect(await stockOf(p.id)).toBe(7);
    expect(await ordersFor(body.email)).toBe(1);
  });

  it('scopes Idempotency-Keys to the caller and refuses a key reused for other items', async () => {
    const p = await testProduct(10);
    const key = randomUUID();
    expect((await viaKey(order([{ sku: p.sku, quantity: 1 }]), key)).status).toBe(201);
    expect((await viaKey(order([{ sku: p.sku, quantity: 2 }]), key)).status).toBe(422);
    const other = await createApiKey({ name: 'second integrator', scopes: ['orders:write'] });
    expect((await viaKey(order([{ sku: p.sku, quantity: 2 }]), key, other.key)).status).toBe(201);
    expect(await stockOf(p.id)).toBe(7);
  });

  it('gives one order to two simultaneous requests with the same key', async () => {
    const p = await testProduct(10);
    const body = order([{ sku: p.sku, quantity: 2 }]);
    const key = randomUUID();
    const [a, b] = await Promise.all([viaKey(body, key), viaKey(body, key)]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect((await a.json()).id).toBe((await b.json()).id);
    expect(await stockOf(p.id)).toBe(8);
  });

  it('requires an Idempotency-Key from API keys', async () => {
    const p = await testProduct(5);
    const body = order([{ sku: p.sku, quantity: 1 }]);
    const res = await viaKey(body, null);
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].field).toBe('headers.idempotency-key');
    expect(await ordersFor(body.email)).toBe(0);
  });

  it('answers 409 naming the product when stock is short, and writes nothing', async () => {
    const plenty = await testProduct(20);
    const short = await testProduct(2);
    const body = order([{ sku: plenty.sku, quantity: 5 }, { sku: short.sku, quantity: 3 }]);
    const res = await viaKey(body);
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const problem = await res.json();
    expect(problem.detail).toContain(short.name);
    expect(problem).toMatchObject({ sku: short.sku, available: 2, requested: 3 });
    expect(problem.errors[0].field).toBe('body.items.1.quantity');
    expect(await stockOf(plenty.id)).toBe(20);
    expect(await stockOf(short.id)).toBe(2);
    expect(await ordersFor(body.email)).toBe(0);
    expect(await db.outboxMessage.count({ where: { toAddress: body.email } })).toBe(0);
  });

  it('answers 422 for an unknown product, and writes nothing', async () => {
    const p = await testProduct(20);
    const body = order([{ sku: p.sku, quantity: 1 }, { sku: 'NO-SUCH-SKU', quantity: 1 }]);
    const res = await viaKey(body);
    expect(res.status).toBe(422);
    const problem = await res.json();
    expect(problem.errors[0]).toMatchObject({ field: 'body.items.1.sku' });
    expect(problem.detail).toContain('NO-SUCH-SKU');
    expect(await stockOf(p.id)).toBe(20);
    expect(await ordersFor(body.email)).toBe(0);
  });

  it('refuses bad payloads with 4xx naming the field, and writes nothing', async () => {
    const p = await testProduct(20);
    const cases: [unknown, string][] = [
      [order([{ sku: p.sku, quantity: 0 }]), 'body.items.0.quantity'],
      [order([{ sku: p.sku, quantity: 1.5 }]), 'body.items.0.quantity'],
      [order([]), 'body.items'],
      [order([{ sku: p.sku, quantity: 1 }], { email: 'not-an-email' }), 'body.email'],
      [order([{ sku: p.sku, quantity: 1 }], { shippingAddress: { ...address, postalCode: '' } }), 'body.shippingAddress.postalCode'],
      [order([{ sku: p.sku, quantity: 1 }], { paymentMethod: 'CARD' }), 'body.paymentMethod'],
    ];
    for (const [body, field] of cases) {
      const res = await viaKey(body);
      expect(res.status, field).toBe(400);
      expect((await res.json()).errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const garbled = await POST(await request('/api/orders', { body: '{"email":', as: { apiKey: TEST_API_KEY }, headers: { 'idempotency-key': randomUUID() } }), params());
    expect(garbled.status).toBe(400);
    expect(await stockOf(p.id)).toBe(20);
    expect(await db.orderItem.count({ where: { productId: p.id } })).toBe(0);
  });

  it('lets a guest check out against their email and queues the confirmation in the outbox', async () => {
    const p = await testProduct(30, 2_000);
    const body = order([{ sku: p.sku, quantity: 2 }], { company: 'Guest & Co' });
    const res = await POST(await request('/api/orders', { body }), params());
    expect(res.status).toBe(201);
    const placed = await res.json();
    expect(placed.confirmationUrl).toMatch(new RegExp(`^/checkout/confirmation/${placed.number}\\?token=`));
    const stored = await db.order.findUniqueOrThrow({ where: { id: placed.id } });
    expect(stored).toMatchObject({ userId: null, email: body.email, source: 'shop', status: 'PLACED' });
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { orderId: placed.id } });
    expect(mail).toMatchObject({ kind: 'order_confirmation', template: 'order_received', fromAddress: 'orders@h-bu.de', toAddress: body.email, status: 'PENDING' });
    expect(mail.subject).toContain(placed.number);
    expect(mail.text).toContain('Dear Tess Tester');
    expect(mail.text).toContain(`2 × ${p.name}`);
    expect(mail.text).toContain('The Happy Buttons Household');
    expect(mail.html).toContain('<p>Dear Tess Tester');
    expect(mail.html).toContain(`${p.name} (${p.sku})`);
    expect(mail.html).toContain('The Happy Buttons Household');
    expect(await db.activity.count({ where: { entityType: 'Order', entityId: placed.id, action: 'order.placed' } })).toBe(1);
  });

  it("never gives a guest a business customer's name, VAT ID or order history for an address at its domain", async () => {
    const p = await testProduct(30);
    const res = await POST(await request('/api/orders', { body: order([{ sku: p.sku, quantity: 1 }], { email: `qa-${randomUUID().slice(0, 8)}@example.com` }) }), params());
    expect(res.status).toBe(201);
    const stored = await db.order.findUniqueOrThrow({ where: { id: (await res.json()).id } });
    expect(stored).toMatchObject({ customerId: null, company: null, vatId: null });
  });

  it('offers pay on invoice only to signed-in business customers with a VAT ID', async () => {
    const p = await testProduct(30);
    const guest = order([{ sku: p.sku, quantity: 1 }], { paymentMethod: 'INVOICE' });
    const refused = await POST(await request('/api/orders', { body: guest }), params());
    expect(refused.status).toBe(422);
    expect((await refused.json()).errors[0].field).toBe('body.paymentMethod');
    expect(await ordersFor(guest.email)).toBe(0);

    const buyer = await POST(await request('/api/orders', { body: order([{ sku: p.sku, quantity: 1 }], { paymentMethod: 'INVOICE' }), as: { email: 'buyer@example.com' } }), params());
    expect(buyer.status).toBe(201);
    const stored = await db.order.findUniqueOrThrow({ where: { id: (await buyer.json()).id }, include: { user: true, customer: true } });
    expect(stored.user?.email).toBe('buyer@example.com');
    expect(stored.customer?.name).toBe('Example Trading');
    expect(stored.vatId).toBe('DE100200300');
  });

  it('decides pay on invoice by the VAT ID the order carries, not one on file for another country', async () => {
    const p = await testProduct(30);
    const vienna = { line1: 'Ring 1', postalCode: '1010', city: 'Wien', country: 'AT' };
    // Example Trading's VAT ID on file is German: billed to Austria, the order carries none unless one is given.
    const austrian = (extra: Record<string, unknown>) => order([{ sku: p.sku, quantity: 1 }], { shippingAddress: vienna, paymentMethod: 'INVOICE', ...extra });
    const withoutId = austrian({});
    const refused = await POST(await request('/api/orders', { body: withoutId, as: { email: 'buyer@example.com' } }), params());
    expect(refused.status).toBe(422);
    expect((await refused.json()).errors[0].field).toBe('body.paymentMethod');
    expect(await ordersFor(withoutId.email)).toBe(0);

    const withAustrianId = await POST(await request('/api/orders', { body: austrian({ vatId: 'ATU12345678' }), as: { email: 'buyer@example.com' } }), params());
    expect(withAustrianId.status).toBe(201);
    expect(await withAustrianId.json()).toMatchObject({ paymentMethod: 'INVOICE', vatId: 'ATU12345678', vatTreatment: 'REVERSE_CHARGE' });
  });

  it('refuses an API key without orders:write', async () => {
    const p = await testProduct(5);
    const { key } = await createApiKey({ name: 'read-only integrator', scopes: ['orders:read'] });
    const body = order([{ sku: p.sku, quantity: 1 }]);
    const res = await viaKey(body, randomUUID(), key);
    expect(res.status).toBe(403);
    expect(await ordersFor(body.email)).toBe(0);
  });

  it('tells admins and managers when stock falls below the alert threshold', async () => {
    const p = await testProduct(12);
    const res = await viaKey(order([{ sku: p.sku, quantity: 5 }]));
    expect(res.status).toBe(201);
    const alerts = await db.notification.findMany({ where: { kind: 'low_stock', title: { contains: p.name } }, include: { user: true } });
    expect(alerts.map((n) => n.user.role).sort()).toEqual(expect.arrayContaining(['ADMIN', 'MANAGER']));
    expect(alerts.every((n) => n.user.role === 'ADMIN' || n.user.role === 'MANAGER')).toBe(true);
  });
});

describe('order status changes', () => {
  async function placed(stock = 10, quantity = 4) {
    const p = await testProduct(stock);
    const res = await viaKey(order([{ sku: p.sku, quantity }]));
    return { product: p, order: await res.json() };
  }
  const patch = async (id: string, status: string, as: { email: string } | { apiKey: string }) =>
    PATCH(await request(`/api/orders/${id}`, { method: 'PATCH', body: { status }, as }), params({ id }));

  it('moves placed → confirmed → shipped → delivered, audited and emailed to the buyer', async () => {
    const { order: o } = await placed();
    const staff = { email: 'orders.agent@h-bu.de' };
    for (const status of ['CONFIRMED', 'SHIPPED', 'DELIVERED']) {
      const res = await patch(o.id, status, staff);
      expect(res.status, status).toBe(200);
      expect((await res.json()).status).toBe(status);
    }
    const changes = await db.activity.findMany({ where: { entityId: o.id, action: 'order.status_changed' } });
    expect(changes).toHaveLength(3);
    expect(changes.every((a) => a.actorName === 'Olivia Orders')).toBe(true);
    const mails = await db.outboxMessage.findMany({ where: { orderId: o.id, kind: 'order_status' } });
    expect(mails.map((m) => m.subject.replace(`Your order ${o.number} is `, '')).sort()).toEqual(['confirmed', 'delivered', 'on its way']);
  });

  it('refuses skipping steps and cancelling what has shipped', async () => {
    const { order: o } = await placed();
    const staff = { email: 'manager@h-bu.de' };
    expect((await patch(o.id, 'SHIPPED', staff)).status).toBe(409);
    expect((await patch(o.id, 'CONFIRMED', staff)).status).toBe(200);
    expect((await patch(o.id, 'SHIPPED', staff)).status).toBe(200);
    expect((await patch(o.id, 'CANCELLED', staff)).status).toBe(409);
  });

  it('puts the stock back when an order is cancelled', async () => {
    const { product, order: o } = await placed(10, 4);
    expect(await stockOf(product.id)).toBe(6);
    expect((await patch(o.id, 'CANCELLED', { email: 'admin@h-bu.de' })).status).toBe(200);
    expect(await stockOf(product.id)).toBe(10);
  });

  it('takes stock when staff confirm a draft order from email', async () => {
    const product = await testProduct(10);
    const draft = await db.order.create({
      data: {
        number: `HB-DRAFT-${randomUUID().slice(0, 8)}`,
        status: 'DRAFT',
        source: 'email',
        email: uniqueEmail(),
        contactName: 'Mail Buyer',
        shippingAddress: address,
        billingAddress: address,
        paymentMethod: 'PREPAYMENT',
        netCents: 3_000,
        vatCents: 758,
        shippingCents: 990,
        totalCents: 4_748,
        items: { create: [{ productId: product.id, sku: product.sku, name: product.name, unitPriceCents: 1_000, quantity: 3, lineCents: 3_000 }] },
      },
    });
    expect((await patch(draft.id, 'CONFIRMED', { email: 'orders.agent@h-bu.de' })).status).toBe(200);
    expect(await stockOf(product.id)).toBe(7);
  });

  it('does not let a buyer change the status', async () => {
    const { order: o } = await placed();
    expect((await patch(o.id, 'CANCELLED', { email: 'buyer@example.com' })).status).toBe(403);
    expect((await db.order.findUniqueOrThrow({ where: { id: o.id } })).status).toBe('PLACED');
  });
});

describe('reading orders', () => {
  it('shows a buyer only their own orders', async () => {
    const p = await testProduct(10);
    const mine = await POST(await request('/api/orders', { body: order([{ sku: p.sku, quantity: 1 }]), as: { email: 'buyer@example.com' } }), params());
    const theirs = await (await viaKey(order([{ sku: p.sku, quantity: 1 }]))).json();
    const list = await (await GET(await request('/api/orders', { as: { email: 'buyer@example.com' } }), params())).json();
    expect(list.orders.map((o: { id: string }) => o.id)).toContain((await mine.json()).id);
    expect(list.orders.map((o: { id: string }) => o.id)).not.toContain(theirs.id);
    expect((await getOne(await request(`/api/orders/${theirs.id}`, { as: { email: 'buyer@example.com' } }), params({ id: theirs.id }))).status).toBe(404);
    expect((await getOne(await request(`/api/orders/${theirs.number}`, { as: { apiKey: TEST_API_KEY } }), params({ id: theirs.number }))).status).toBe(200);
  });

  it('finds orders by any case of name, company, email or number', async () => {
    const p = await testProduct(10);
    const tag = randomUUID().slice(0, 8);
    const placed = await (await viaKey(order([{ sku: p.sku, quantity: 1 }], { contactName: `Quinn ${tag}`, company: `Zephyr ${tag} GmbH` }))).json();
    const find = async (q: string) => {
      const res = await GET(await request(`/api/orders?q=${encodeURIComponent(q)}`, { as: { apiKey: TEST_API_KEY } }), params());
      return (await res.json()).orders.map((o: { id: string }) => o.id);
    };
    expect(await find(`QUINN ${tag.toUpperCase()}`)).toEqual([placed.id]);
    expect(await find(`zephyr ${tag}`)).toEqual([placed.id]);
    expect(await find(placed.number.toLowerCase())).toEqual([placed.id]);
    expect(await find(placed.email.toUpperCase())).toEqual([placed.id]);
  });

  it('quotes a cart from catalog prices and flags short stock', async () => {
    const p = await testProduct(2, 700);
    const res = await quote(await request('/api/orders/quote', { body: { items: [{ sku: p.sku, quantity: 5 }, { sku: 'NOPE', quantity: 1 }] } }), params());
    expect(res.status).toBe(200);
    const q = await res.json();
    expect(q.lines.map((l: { problem: string | null }) => l.problem)).toEqual(['short', 'unknown']);
    expect(q.lines[0].unitPriceCents).toBe(700);
    expect(q.orderable).toBe(false);
  });
});
