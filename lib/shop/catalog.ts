// Catalog reads. The whole active catalog (a button maker's few hundred articles at most) is read as one
// plain, JSON-safe value, which the storefront caches under the 'products' tag (catalog-cache.ts);
// filtering, search and sorting are pure functions over it.
import { db } from '@/lib/db';
import type { Product } from '@/lib/generated/sqlite/client';

export type CatalogCategory = { id: string; slug: string; name: string; description: string; productCount: number };
export type CatalogProduct = {
  id: string;
  sku: string;
  slug: string;
  name: string;
  description: string;
  priceCents: number;
  features: string[];
  stock: number;
  image: string;
  featured: boolean;
  categorySlug: string;
  categoryName: string;
  createdAt: string; // ISO, so the value survives the cache's JSON round trip
};
export type Catalog = { categories: CatalogCategory[]; products: CatalogProduct[] };

export const SORTS = { newest: 'Newest', 'price-asc': 'Price: low to high', 'price-desc': 'Price: high to low', name: 'Name' } as const;
export type CatalogSort = keyof typeof SORTS;
export type CatalogQuery = { category?: string; q?: string; sort?: CatalogSort };

/** The JSON-safe fields every view of a product shares (storefront, API, staff editor). */
export function productFields(p: Product) {
  return {
    id: p.id,
    sku: p.sku,
    slug: p.slug,
    name: p.name,
    description: p.description,
    priceCents: p.priceCents,
    features: asStringList(p.features),
    stock: p.stock,
    image: p.image,
    featured: p.featured,
  };
}

export const asStringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export async function loadCatalog(): Promise<Catalog> {
  const [categories, products] = await Promise.all([
    db.category.findMany({ orderBy: { position: 'asc' } }),
    db.product.findMany({ where: { active: true }, include: { category: true }, orderBy: { name: 'asc' } }),
  ]);
  return {
    categories: categories.map((c) => ({
      id: c.id,
      slug: c.slug,
      name: c.name,
      description: c.description,
      productCount: products.filter((p) => p.categoryId === c.id).length,
    })),
    products: products.map((p) => ({
      ...productFields(p),
      categorySlug: p.category.slug,
      categoryName: p.category.name,
      createdAt: p.createdAt.toISOString(),
    })),
  };
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const COMPARE: Record<CatalogSort, (a: CatalogProduct, b: CatalogProduct) => number> = {
  newest: (a, b) => b.createdAt.localeCompare(a.createdAt) || a.name.localeCompare(b.name),
  'price-asc': (a, b) => a.priceCents - b.priceCents || a.name.localeCompare(b.name),
  'price-desc': (a, b) => b.priceCents - a.priceCents || a.name.localeCompare(b.name),
  name: (a, b) => a.name.localeCompare(b.name),
};

/** The search as its words, one space apart: a search of only spaces is no search. */
export const cleanSearch = (q: string | undefined) => (q ?? '').trim().replace(/\s+/g, ' ');

/** Every word of the query appears somewhere in the texts, ignoring case and accents. */
export function matchesSearch(texts: readonly string[], q: string | undefined): boolean {
  const words = fold(q ?? '').split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const haystack = fold(texts.join(' '));
  return words.every((w) => haystack.includes(w));
}

/** Category filter, word search (name, SKU, description, features, category) and sort. */
export function filterCatalog(products: readonly CatalogProduct[], query: CatalogQuery): CatalogProduct[] {
  return products
    .filter((p) => !query.category || p.categorySlug === query.category)
    .filter((p) => matchesSearch([p.name, p.sku, p.description, p.categoryName, ...p.features], query.q))
    .sort(COMPARE[query.sort ?? 'name']);
}

/** Same category first, then featured pieces from the rest. */
export function relatedProducts(products: readonly CatalogProduct[], product: CatalogProduct, limit = 4): CatalogProduct[] {
  const others = products.filter((p) => p.id !== product.id);
  const sameCategory = others.filter((p) => p.categorySlug === product.categorySlug);
  const elsewhere = others.filter((p) => p.categorySlug !== product.categorySlug && p.featured);
  return [...sameCategory, ...elsewhere].slice(0, limit);
}

export const isCatalogSort = (value: unknown): value is CatalogSort => typeof value === 'string' && value in SORTS;
