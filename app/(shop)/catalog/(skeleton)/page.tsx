import type { Metadata } from 'next';
import { CatalogView } from '@/components/shop/catalog-view';
import { isCatalogSort } from '@/lib/shop/catalog';
import { cachedCatalog } from '@/lib/shop/catalog-cache';

// Searches and sorts (/shop?q=…&sort=…, rewritten here in next.config.mjs) render per request from the cached catalog.
export const metadata: Metadata = { title: 'Shop', alternates: { canonical: '/shop' }, robots: { index: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function CatalogSearchPage({ searchParams }: { searchParams: Search }) {
  const sp = await searchParams;
  const sort = one(sp.sort);
  return <CatalogView catalog={await cachedCatalog()} category={one(sp.category)} q={one(sp.q)?.slice(0, 100)} sort={isCatalogSort(sort) ? sort : 'name'} />;
}
