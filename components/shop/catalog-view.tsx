import Link from 'next/link';
import { PageHeader, EmptyState } from '@/components/ui/states';
import { cleanSearch, filterCatalog, type Catalog, type CatalogSort } from '@/lib/shop/catalog';
import { NET_PRICE_NOTE } from '@/lib/shop/vat';
import { CatalogFilters } from './catalog-filters';
import { ProductGrid } from './product-card';

/** The catalog page body for every view: all products, one collection, or a search. */
export function CatalogView({ catalog, category, q: typed, sort = 'name' }: { catalog: Catalog; category?: string; q?: string; sort?: CatalogSort }) {
  const q = cleanSearch(typed);
  const collection = catalog.categories.find((c) => c.slug === category);
  const shown = filterCatalog(catalog.products, { category: collection?.slug, q, sort });
  return (
    <div className="mx-auto max-w-6xl px-6 py-10">
      <PageHeader
        title={collection?.name ?? 'The catalog'}
        description={collection?.description ?? `Every button we make, with stock as it stands. ${NET_PRICE_NOTE}`}
      />
      <CatalogFilters categories={catalog.categories} category={collection?.slug} q={q} sort={sort} />
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
