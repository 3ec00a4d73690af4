import type { Metadata } from 'next';
import { CatalogView } from '@/components/shop/catalog-view';
import { cachedCatalog } from '@/lib/shop/catalog-cache';

// Prerendered; regenerated when stock or prices change (the 'products' tag) and at the latest after 5 minutes.
// Collections and searches reach their own routes through the rewrites in next.config.mjs.
export const revalidate = 300;

export const metadata: Metadata = {
  title: 'Shop',
  description: 'The Happy Buttons catalog: Premium Collection, Standard Line and Specialty Items, with stock shown live.',
  alternates: { canonical: '/shop' },
};

export default async function ShopPage() {
  return <CatalogView catalog={await cachedCatalog()} />;
}
