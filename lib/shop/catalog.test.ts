import { describe, expect, it } from 'vitest';
import { catalogProduct as product } from '@/tests/catalog-fixtures';
import { filterCatalog, relatedProducts } from './catalog';

const products = [
  product({ sku: 'HB-PRM-004', name: 'Mother-of-Pearl Regent', categorySlug: 'premium', categoryName: 'Premium Collection', priceCents: 750, features: ['Genuine mother-of-pearl'], createdAt: '2026-03-01T00:00:00.000Z' }),
  product({ sku: 'HB-STD-001', name: 'Classic Shirt Buttons', priceCents: 850, features: ['11 mm, four holes'], createdAt: '2026-01-01T00:00:00.000Z' }),
  product({ sku: 'HB-STD-003', name: 'Ivory Blouse Buttons', priceCents: 990, description: 'Soft ivory buttons for blouses', featured: true, createdAt: '2026-02-01T00:00:00.000Z' }),
];

describe('filterCatalog', () => {
  it('filters by category and sorts by price or age', () => {
    expect(filterCatalog(products, { category: 'standard', sort: 'price-desc' }).map((p) => p.sku)).toEqual(['HB-STD-003', 'HB-STD-001']);
    expect(filterCatalog(products, { sort: 'newest' }).map((p) => p.sku)).toEqual(['HB-PRM-004', 'HB-STD-003', 'HB-STD-001']);
  });

  it('finds every word anywhere, ignoring case and accents', () => {
    expect(filterCatalog(products, { q: 'PEARL génuine' }).map((p) => p.sku)).toEqual(['HB-PRM-004']);
    expect(filterCatalog(products, { q: 'four holes' }).map((p) => p.sku)).toEqual(['HB-STD-001']);
    expect(filterCatalog(products, { q: 'hb-std' })).toHaveLength(2);
    expect(filterCatalog(products, { q: 'velvet' })).toEqual([]);
  });
});

describe('relatedProducts', () => {
  it('offers the same collection first, never the product itself', () => {
    const related = relatedProducts(products, products[1]);
    expect(related.map((p) => p.sku)).toEqual(['HB-STD-003']);
  });
});
