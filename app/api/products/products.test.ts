import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GET } from './route';
import { GET as getOne, PATCH } from './[id]/route';
import { db } from '@/lib/db';
import { createApiKey } from '@/lib/auth/api-keys';
import { params, request, TEST_API_KEY } from '@/tests/helpers';

async function testProduct(stock = 40) {
  const category = await db.category.findUniqueOrThrow({ where: { slug: 'premium' } });
  const tag = randomUUID().slice(0, 8).toUpperCase();
  return db.product.create({
    data: { sku: `P-${tag}`, slug: `p-${tag.toLowerCase()}`, name: `Editable ${tag}`, description: 'For product tests', priceCents: 500, features: ['one'], stock, image: '/products/royal-sapphire-button.svg', categoryId: category.id },
  });
}

const patch = async (id: string, body: unknown, as: { email: string } | { apiKey: string }) =>
  PATCH(await request(`/api/products/${id}`, { method: 'PATCH', body, as }), params({ id }));

describe('the product catalog API', () => {
  it('serves the seeded catalog to everyone: three collections, at least twelve products', async () => {
    const res = await GET(await request('/api/products'), params());
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.categories.map((c: { name: string }) => c.name)).toEqual(['Premium Collection', 'Standard Line', 'Specialty Items']);
    expect(body.products.length).toBeGreaterThanOrEqual(12);
    const sapphire = body.products.find((p: { sku: string }) => p.sku === 'HB-PRM-001');
    expect(sapphire).toMatchObject({ slug: 'royal-sapphire-button', image: '/products/royal-sapphire-button.svg', category: 'premium' });
    expect(Number.isInteger(sapphire.priceCents)).toBe(true);
  });

  it('asks API keys for products:read', async () => {
    expect((await GET(await request('/api/products', { as: { apiKey: TEST_API_KEY } }), params())).status).toBe(200);
    const { key } = await createApiKey({ name: 'orders only', scopes: ['orders:read'] });
    expect((await GET(await request('/api/products', { as: { apiKey: key } }), params())).status).toBe(403);
  });

  it('finds a product by SKU and hides inactive ones from the public', async () => {
    const p = await testProduct();
    expect((await getOne(await request(`/api/products/${p.sku}`), params({ id: p.sku }))).status).toBe(200);
    await db.product.update({ where: { id: p.id }, data: { active: false } });
    expect((await getOne(await request(`/api/products/${p.id}`), params({ id: p.id }))).status).toBe(404);
    expect((await getOne(await request(`/api/products/${p.id}`, { as: { email: 'admin@h-bu.de' } }), params({ id: p.id }))).status).toBe(200);
  });

  it('lets admins change price and stock, audited', async () => {
    const p = await testProduct(40);
    const res = await patch(p.id, { priceCents: 650, stock: 55, expectedStock: 40 }, { email: 'admin@h-bu.de' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ priceCents: 650, stock: 55 });
    const audit = await db.activity.findFirstOrThrow({ where: { entityType: 'Product', entityId: p.id } });
    expect(audit).toMatchObject({ action: 'product.updated', actorName: 'Ada Admin', before: { priceCents: 500, stock: 40 }, after: { priceCents: 650, stock: 55 } });
  });

  it('refuses a stock edit when orders moved the stock meanwhile', async () => {
    const p = await testProduct(40);
    await db.product.update({ where: { id: p.id }, data: { stock: 37 } });
    const res = await patch(p.id, { stock: 100, expectedStock: 40 }, { email: 'admin@h-bu.de' });
    expect(res.status).toBe(409);
    expect((await res.json()).stock).toBe(37);
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).stock).toBe(37);
  });

  it('tells the other admins and managers when a stock edit falls below the alert threshold, once per dip', async () => {
    const p = await testProduct(40);
    const alertsFor = async () => db.notification.findMany({ where: { kind: 'low_stock', title: { contains: p.name } }, include: { user: true } });
    expect((await patch(p.id, { stock: 3 }, { email: 'admin@h-bu.de' })).status).toBe(200);
    const first = await alertsFor();
    expect(first.map((n) => n.user.email)).toContain('manager@h-bu.de');
    expect(first.map((n) => n.user.email)).not.toContain('admin@h-bu.de'); // the editor knows
    expect(first.every((n) => n.user.role === 'ADMIN' || n.user.role === 'MANAGER')).toBe(true);
    expect(first[0].body).toBe(`3 left of ${p.sku} after a stock edit by Ada Admin (alert below 10).`);
    expect((await patch(p.id, { stock: 5 }, { email: 'admin@h-bu.de' })).status).toBe(200); // still below: no new alert
    expect(await alertsFor()).toHaveLength(first.length);
    await patch(p.id, { stock: 30 }, { email: 'admin@h-bu.de' });
    expect((await patch(p.id, { stock: 2 }, { apiKey: TEST_API_KEY })).status).toBe(200); // a second dip alerts again
    const again = (await alertsFor()).filter((n) => !first.some((f) => f.id === n.id));
    expect(again.map((n) => n.user.email)).toEqual(expect.arrayContaining(['admin@h-bu.de', 'manager@h-bu.de'])); // an integrator's edit: the admin is told too
  });

  it('is for admins and keys with products:write only', async () => {
    const p = await testProduct();
    expect((await patch(p.id, { priceCents: 1 }, { email: 'manager@h-bu.de' })).status).toBe(403);
    expect((await patch(p.id, { priceCents: 1 }, { email: 'buyer@example.com' })).status).toBe(403);
    expect((await patch(p.id, { priceCents: 990 }, { apiKey: TEST_API_KEY })).status).toBe(200);
    expect((await patch(p.id, { priceCents: -5 }, { apiKey: TEST_API_KEY })).status).toBe(400);
    expect((await patch(p.id, {}, { apiKey: TEST_API_KEY })).status).toBe(400);
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).priceCents).toBe(990);
  });
});
