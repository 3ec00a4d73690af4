// A catalog product for the pure catalog tests: only what a test names differs from these plain defaults.
import type { CatalogProduct } from '@/lib/shop/catalog';

export const catalogProduct = (over: Partial<CatalogProduct>): CatalogProduct => ({
  id: over.sku ?? 'x',
  sku: 'X',
  slug: 'x',
  name: 'X',
  description: '',
  priceCents: 100,
  features: [],
  stock: 10,
  image: '/x.svg',
  featured: false,
  categorySlug: 'standard',
  categoryName: 'Standard Line',
  createdAt: '2026-01-01T00:00:00.000Z',
  ...over,
});
