import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, EmptyState } from '@/components/ui/states';
import { CatalogFilters } from '@/components/shop/catalog-filters';
import { ProductGrid } from '@/components/shop/product-card';
import { filterCatalog, isCatalogSort } from '@/lib/shop/catalog';
import { cachedCatalog } from '@/lib/shop/catalog-cache';

export const metadata: Metadata = {
  title: 'Shop',
  description: 'The Happy Buttons catalog: Premium Collection, Standard Line and Specialty Items, with stock shown live.',
};

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ShopPage({ searchParams }: { searchParams: Search }) {
  const sp = await searchParams;
  const { categories, products } = await cachedCatalog();
  const category = categories.find((c) => c.slug === one(sp.category));
  const q = one(sp.q)?.slice(0, 100) ?? '';
  const sortParam = one(sp.sort);
  const sort = isCatalogSort(sortParam) ? sortParam : 'name';
  const shown = filterCatalog(products, { category: category?.slug, q, sort });
  return (
    <div className="mx-auto max-w-6xl px-6 py-10">
      <PageHeader title={category?.name ?? 'The catalog'} description={category?.description ?? 'Every button we make, with stock as it stands. Prices are net, plus 19 % VAT.'} />
      <CatalogFilters categories={categories} category={category?.slug} q={q} sort={sort} />
      <p className="mb-4 text-sm text-muted" aria-live="polite">
        {shown.length} {shown.length === 1 ? 'product' : 'products'}
        {q && <> matching “{q}”</>}
      </p>
      {shown.length ? (
        <ProductGrid products={shown} priorityCount={4} />
      ) : (
        <EmptyState title="No buttons match your search">
          Try fewer words, or{' '}
          <Link href="/shop" className="underline">
            see the whole catalog
          </Link>
          .
        </EmptyState>
      )}
    </div>
  );
}
