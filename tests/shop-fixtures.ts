// A product of its own for order tests, so stock races and sold-out checks never touch another test's goods.
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';

export async function testProduct(stock: number, priceCents = 1_000) {
  const category = await db.category.findUniqueOrThrow({ where: { slug: 'standard' } });
  const tag = randomUUID().slice(0, 8).toUpperCase();
  return db.product.create({
    data: { sku: `T-${tag}`, slug: `test-${tag.toLowerCase()}`, name: `Test Button ${tag}`, description: 'A button for tests', priceCents, features: [], stock, image: '/products/classic-shirt-buttons.svg', categoryId: category.id },
  });
}
